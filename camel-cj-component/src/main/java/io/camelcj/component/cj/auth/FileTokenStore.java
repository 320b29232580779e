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
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Keeps each account's tokens in {@code <dir>/<accountId>.json}, so a restart reuses them instead of
 * calling getAccessToken again.
 * <ul>
 * <li>Files are created 0600 and a directory it creates 0700 (where the file system is POSIX).</li>
 * <li>Writes go to a temporary file in the same directory, are flushed to disk and moved over the old
 * file atomically: a crash leaves the old or the new file, never half of one.</li>
 * <li>A file that cannot be parsed is treated as absent, with a warning naming the file (never its
 * content), and is replaced by the next save.</li>
 * <li>Fields this version does not know are kept on rewrite.</li>
 * <li>Renewals of one account are serialised across processes on the same host with a file lock on
 * {@code <accountId>.lock}.</li>
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
    /** FileLock belongs to the process: threads (and store instances) of this JVM take this lock first. */
    private static final ConcurrentMap<Path, ReentrantLock> RENEWAL_LOCKS = new ConcurrentHashMap<>();

    private static final int FORMAT_VERSION = 1;
    private static final String ACCESS_TOKEN = "accessToken";
    private static final String ACCESS_TOKEN_EXPIRY = "accessTokenExpiry";
    private static final String REFRESH_TOKEN = "refreshToken";
    private static final String REFRESH_TOKEN_EXPIRY = "refreshTokenExpiry";
    private static final String OBTAINED_AT = "obtainedAt";
    private static final String LAST_ACCESS_TOKEN_REQUEST = "lastAccessTokenRequest";
    private static final String[] TOKEN_FIELDS = {ACCESS_TOKEN, ACCESS_TOKEN_EXPIRY, REFRESH_TOKEN, REFRESH_TOKEN_EXPIRY, OBTAINED_AT};

    private final Path dir;
    private final boolean posix;

    /** Uses {@code dir}, creating it (0700) if needed. */
    public FileTokenStore(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
        this.posix = this.dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        prepareDirectory();
    }

    private void prepareDirectory() {
        try {
            if (Files.isDirectory(dir)) {
                if (posix && !disjoint(Files.getPosixFilePermissions(dir), GROUP_OR_OTHERS)) {
                    LOG.warn("Token directory {} is accessible to group or others; token files themselves are 0600", dir);
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
        return read(file).filter(node -> node.hasNonNull(ACCESS_TOKEN)).flatMap(node -> toTokens(file, node));
    }

    @Override
    public synchronized void save(String accountId, CjTokens tokens) {
        Objects.requireNonNull(tokens, "tokens");
        Path file = fileOf(accountId);
        ObjectNode node = read(file).orElseGet(MAPPER::createObjectNode);
        node.put("format", FORMAT_VERSION);
        node.put("accountId", accountId);
        node.put(ACCESS_TOKEN, tokens.accessToken());
        node.put(ACCESS_TOKEN_EXPIRY, tokens.accessTokenExpiry().toString());
        putOrRemove(node, REFRESH_TOKEN, tokens.refreshToken());
        putOrRemove(node, REFRESH_TOKEN_EXPIRY, tokens.refreshTokenExpiry());
        putOrRemove(node, OBTAINED_AT, tokens.obtainedAt());
        write(file, node);
    }

    @Override
    public synchronized void delete(String accountId) {
        Path file = fileOf(accountId);
        Optional<ObjectNode> existing = read(file);
        if (existing.isPresent() && existing.get().hasNonNull(LAST_ACCESS_TOKEN_REQUEST)) {
            ObjectNode node = existing.get();
            node.remove(List.of(TOKEN_FIELDS));
            write(file, node); // the cool-down record outlives the tokens
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete token file " + file, e);
        }
    }

    @Override
    public synchronized Optional<Instant> lastAccessTokenRequest(String accountId) {
        Path file = fileOf(accountId);
        return read(file).flatMap(node -> instant(file, node, LAST_ACCESS_TOKEN_REQUEST));
    }

    @Override
    public synchronized void recordAccessTokenRequest(String accountId, Instant at) {
        Objects.requireNonNull(at, "at");
        Path file = fileOf(accountId);
        ObjectNode node = read(file).orElseGet(MAPPER::createObjectNode);
        node.put("format", FORMAT_VERSION);
        node.put("accountId", accountId);
        node.put(LAST_ACCESS_TOKEN_REQUEST, at.toString());
        write(file, node);
    }

    @Override
    public <T> T underRenewalLock(String accountId, Supplier<T> renewal) {
        Path lockFile = dir.resolve(checkId(accountId) + ".lock");
        ReentrantLock jvmLock = RENEWAL_LOCKS.computeIfAbsent(lockFile, p -> new ReentrantLock());
        jvmLock.lock();
        try (FileChannel channel = openLockFile(lockFile); FileLock ignored = channel.lock()) {
            return renewal.get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile, e);
        } finally {
            jvmLock.unlock();
        }
    }

    private FileChannel openLockFile(Path lockFile) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        return posix ? FileChannel.open(lockFile, options, PosixFilePermissions.asFileAttribute(FILE_PERMISSIONS))
                : FileChannel.open(lockFile, options);
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

    /** The file's JSON object; empty when there is no file or it is corrupt (warned). */
    private Optional<ObjectNode> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read token file " + file, e);
        }
        try {
            JsonNode node = MAPPER.readTree(bytes);
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

    private void write(Path file, ObjectNode node) {
        Path tmp = null;
        try {
            byte[] bytes = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
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
