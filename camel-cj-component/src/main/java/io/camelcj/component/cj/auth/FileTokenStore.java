package io.camelcj.component.cj.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Keeps each account's tokens in {@code <dir>/<accountId>.json}, so a restart reuses them instead of
 * calling getAccessToken again.
 * <ul>
 * <li>Files are created 0600 and a directory it creates 0700 (where the file system is POSIX); a directory or
 * token file that group or others may read is tightened to 0700/0600, with a warning.</li>
 * <li>Optionally encrypted at rest with AES-GCM (a Base64 key from configuration, see {@link TokenFileCipher}).</li>
 * <li>The last getAccessToken time is kept apart, in {@code <accountId>.last-login}, so that it survives a
 * corrupted token file (CJ allows that call once per 5 minutes).</li>
 * <li>Writes go to a temporary file in the same directory, are flushed to disk and moved over the old
 * file atomically: a crash leaves the old or the new file, never half of one.</li>
 * <li>A file that cannot be parsed is treated as absent, with a warning naming the file (never its
 * content), and is replaced by the next save.</li>
 * <li>Fields this version does not know are kept on rewrite.</li>
 * <li>Renewals of one account are serialised across processes on the same host with a file lock on
 * {@code <accountId>.lock}, waited for at most the lock time-out.</li>
 * </ul>
 */
public final class FileTokenStore implements CjTokenStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileTokenStore.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
    private static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR_PERMISSIONS = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private static final int FORMAT_VERSION = 1;
    private static final String ACCESS_TOKEN = "accessToken";
    private static final String ACCESS_TOKEN_EXPIRY = "accessTokenExpiry";
    private static final String REFRESH_TOKEN = "refreshToken";
    private static final String REFRESH_TOKEN_EXPIRY = "refreshTokenExpiry";
    private static final String OBTAINED_AT = "obtainedAt";
    private static final String LAST_ACCESS_TOKEN_REQUEST = "lastAccessTokenRequest";

    /** How long a renewal waits for another thread's or process's renewal lock by default. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(30);
    private static final String ENCRYPTED = "encrypted";

    private final Path dir;
    private final boolean posix;
    private final TokenFileCipher cipher;
    private final RenewalFileLock renewalLock;

    /** Uses {@code dir}, creating it (0700) if needed; plain files, the default lock time-out. */
    public FileTokenStore(Path dir) {
        this(dir, null, DEFAULT_LOCK_TIMEOUT);
    }

    /**
     * @param encryptionKey Base64 of a 16/24/32-byte AES key to encrypt token files with (AES-GCM), null for
     *                      plain files; plain files written before are still read, and encrypted on the next save
     * @param lockTimeout   how long a renewal waits for the renewal lock before failing
     */
    public FileTokenStore(Path dir, String encryptionKey, Duration lockTimeout) {
        this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
        this.posix = this.dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        this.cipher = encryptionKey == null ? null : new TokenFileCipher(encryptionKey);
        this.renewalLock = new RenewalFileLock(Objects.requireNonNull(lockTimeout, "lockTimeout"), posix);
        prepareDirectory();
    }

    private void prepareDirectory() {
        try {
            if (Files.isDirectory(dir)) {
                if (posix && !disjoint(Files.getPosixFilePermissions(dir), GROUP_OR_OTHERS)) {
                    Files.setPosixFilePermissions(dir, DIR_PERMISSIONS);
                    LOG.warn("Token directory {} was accessible to group or others; tightened to 0700", dir);
                }
                return;
            }
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR_PERMISSIONS));
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use token directory " + dir, e);
        }
    }

    private static boolean disjoint(Set<PosixFilePermission> a, Set<PosixFilePermission> b) {
        return a.stream().noneMatch(b::contains);
    }

    /** The file of one account (it may not exist). */
    public Path fileOf(String accountId) {
        return dir.resolve(checkId(accountId) + ".json");
    }

    @Override
    public synchronized Optional<CjTokens> load(String accountId) {
        Path file = fileOf(accountId);
        return read(file, accountId).filter(node -> node.hasNonNull(ACCESS_TOKEN)).flatMap(node -> toTokens(file, node));
    }

    @Override
    public synchronized void save(String accountId, CjTokens tokens) {
        Objects.requireNonNull(tokens, "tokens");
        Path file = fileOf(accountId);
        ObjectNode node = read(file, accountId).orElseGet(MAPPER::createObjectNode);
        node.put("format", FORMAT_VERSION);
        node.put("accountId", accountId);
        node.put(ACCESS_TOKEN, tokens.accessToken());
        node.put(ACCESS_TOKEN_EXPIRY, tokens.accessTokenExpiry().toString());
        putOrRemove(node, REFRESH_TOKEN, tokens.refreshToken());
        putOrRemove(node, REFRESH_TOKEN_EXPIRY, tokens.refreshTokenExpiry());
        putOrRemove(node, OBTAINED_AT, tokens.obtainedAt());
        write(file, sealed(node, accountId));
    }

    @Override
    public synchronized void delete(String accountId) {
        Path file = fileOf(accountId);
        Optional<Instant> lastLogin = lastAccessTokenRequest(accountId);
        if (lastLogin.isPresent() && !Files.exists(lastLoginFileOf(accountId))) {
            recordAccessTokenRequest(accountId, lastLogin.get()); // a file of an earlier version: keep it apart
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete token file " + file, e);
        }
    }

    @Override
    public synchronized Optional<Instant> lastAccessTokenRequest(String accountId) {
        Path lastLogin = lastLoginFileOf(accountId);
        try {
            return Optional.of(Instant.parse(Files.readString(lastLogin, StandardCharsets.UTF_8).trim()));
        } catch (NoSuchFileException e) {
            // files of an earlier version kept it in the token file
            Path file = fileOf(accountId);
            return read(file, accountId).flatMap(node -> instant(file, node, LAST_ACCESS_TOKEN_REQUEST));
        } catch (IOException | DateTimeException e) {
            warnCorrupt(lastLogin, "unreadable time");
            return Optional.empty();
        }
    }

    private Path lastLoginFileOf(String accountId) {
        return dir.resolve(checkId(accountId) + ".last-login");
    }

    @Override
    public synchronized void recordAccessTokenRequest(String accountId, Instant at) {
        Objects.requireNonNull(at, "at");
        write(lastLoginFileOf(accountId), at.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public <T> T underRenewalLock(String accountId, Supplier<T> renewal) {
        return renewalLock.underLock(dir.resolve(checkId(accountId) + ".lock"), renewal);
    }

    private static String checkId(String accountId) {
        // the value is not echoed: a caller might pass an API key here by mistake
        if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalArgumentException("accountId must be 1-128 characters of A-Z a-z 0-9 . _ - "
                    + "not starting with '.' (use CjAccountId.of(apiKey)); value not shown");
        }
        return accountId;
    }

    private static void putOrRemove(ObjectNode node, String field, Object value) {
        if (value == null) {
            node.remove(field);
        } else {
            node.put(field, value.toString());
        }
    }

    /** The file's JSON object (decrypted); empty when there is no file or it is corrupt (warned). */
    private Optional<ObjectNode> read(Path file, String accountId) {
        byte[] bytes;
        try {
            tightenIfReadableByOthers(file);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read token file " + file, e);
        }
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node instanceof ObjectNode object && object.has(ENCRYPTED)) {
                return unsealed(file, object, accountId);
            }
            if (node instanceof ObjectNode) {
                return Optional.of((ObjectNode) node);
            }
            warnCorrupt(file, "not a JSON object");
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the offending text, which may be a token: report only where it broke
            warnCorrupt(file, "invalid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            warnCorrupt(file, e.getClass().getSimpleName());
        }
        return Optional.empty();
    }

    private void tightenIfReadableByOthers(Path file) throws IOException {
        if (posix && Files.exists(file) && !disjoint(Files.getPosixFilePermissions(file), GROUP_OR_OTHERS)) {
            Files.setPosixFilePermissions(file, FILE_PERMISSIONS);
            LOG.warn("CJ token file {} was readable by group or others; tightened to 0600", file);
        }
    }

    /** The node to write: as it is, or wrapped encrypted when a key is configured. */
    private byte[] sealed(ObjectNode node, String accountId) throws UncheckedIOException {
        try {
            byte[] plain = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
            if (cipher == null) {
                return plain;
            }
            ObjectNode wrapper = MAPPER.createObjectNode();
            wrapper.put("format", FORMAT_VERSION);
            wrapper.put("accountId", accountId);
            wrapper.put(ENCRYPTED, "AES-GCM");
            wrapper.put("data", Base64.getEncoder().encodeToString(cipher.encrypt(plain, accountId)));
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(wrapper);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the token file of " + accountId, e);
        }
    }

    private Optional<ObjectNode> unsealed(Path file, ObjectNode wrapper, String accountId) throws IOException {
        if (cipher == null) {
            warnCorrupt(file, "encrypted, but no encryption key is configured");
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(cipher.decrypt(Base64.getDecoder().decode(wrapper.path("data").asText()),
                    accountId));
            return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            warnCorrupt(file, "cannot be decrypted with the configured key");
            return Optional.empty();
        }
    }

    private Optional<CjTokens> toTokens(Path file, ObjectNode node) {
        Optional<Instant> accessExpiry = instant(file, node, ACCESS_TOKEN_EXPIRY);
        JsonNode access = node.get(ACCESS_TOKEN);
        if (accessExpiry.isEmpty() || !access.isTextual() || access.asText().isBlank()) {
            warnCorrupt(file, "accessToken or accessTokenExpiry missing");
            return Optional.empty();
        }
        JsonNode refresh = node.get(REFRESH_TOKEN);
        return Optional.of(new CjTokens(access.asText(), accessExpiry.get(),
                refresh != null && refresh.isTextual() ? refresh.asText() : null,
                instant(file, node, REFRESH_TOKEN_EXPIRY).orElse(null),
                instant(file, node, OBTAINED_AT).orElse(null)));
    }

    private static Optional<Instant> instant(Path file, ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.asText()));
        } catch (DateTimeException e) {
            warnCorrupt(file, "unreadable " + field);
            return Optional.empty();
        }
    }

    private static void warnCorrupt(Path file, String what) {
        LOG.warn("Ignoring unreadable CJ token file {} ({}); it is treated as absent and replaced on the next save",
                file, what);
    }

    private void write(Path file, byte[] bytes) {
        Path tmp = null;
        try {
            tmp = createTempFile(file);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(tmp, file);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write token file " + file, e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private Path createTempFile(Path file) throws IOException {
        String prefix = "." + file.getFileName() + "-";
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_PERMISSIONS)}
                : new FileAttribute<?>[0];
        return Files.createTempFile(dir, prefix, ".tmp", attributes);
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            LOG.warn("Could not delete temporary token file {}", tmp);
        }
    }
}
