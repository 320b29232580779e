package io.camelcj.component.cj.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FileTokenStoreTest {

    private static final String ID = CjAccountId.of(FakeTokenApi.API_KEY);
    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");
    private static final CjTokens TOKENS = new CjTokens(FakeTokenApi.token("access", 7), NOW.plusSeconds(86_400),
            FakeTokenApi.token("refresh", 7), NOW.plusSeconds(86_400 * 180L), NOW);

    @TempDir
    Path tmp;

    @Test
    void roundTripsFullLengthTokensAcrossInstances() {
        Path dir = tmp.resolve("tokens");
        new FileTokenStore(dir).save(ID, TOKENS);

        CjTokens loaded = new FileTokenStore(dir).load(ID).orElseThrow(); // a "restart": a new instance

        assertThat(loaded).isEqualTo(TOKENS);
        assertThat(loaded.accessToken()).hasSize(560);
        assertThat(new FileTokenStore(dir).load("cj-0000000000000000")).isEmpty();
    }

    @Test
    void filesAre0600AndACreatedDirectoryIs0700() throws Exception {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path dir = tmp.resolve("a/b/tokens");
        FileTokenStore store = new FileTokenStore(dir);
        store.save(ID, TOKENS);
        store.save(ID, TOKENS); // a rewrite keeps them too

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.fileOf(ID)))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(ID + ".json"); // no temp files left
        }
    }

    @Test
    void corruptFileIsTreatedAsAbsentWithAWarningThatShowsNoSecret() throws Exception {
        FileTokenStore store = new FileTokenStore(tmp);
        String secret = FakeTokenApi.token("access", 99);
        Files.writeString(store.fileOf(ID), "{\"accessToken\": \"" + secret + "\", \"accessTokenExpiry\": " + secret);

        String log;
        try (LogCapture capture = new LogCapture(FileTokenStore.class)) {
            assertThat(store.load(ID)).isEmpty();
            log = capture.text();
        }

        assertThat(log).contains("WARN", store.fileOf(ID).toString()).doesNotContain(secret.substring(0, 40));
        store.save(ID, TOKENS); // replaced by the next save
        assertThat(store.load(ID)).contains(TOKENS);
    }

    @Test
    void fileWithBadDateIsTreatedAsAbsent() throws Exception {
        FileTokenStore store = new FileTokenStore(tmp);
        Files.writeString(store.fileOf(ID), "{\"accessToken\":\"x\",\"accessTokenExpiry\":\"soon\"}");

        assertThat(store.load(ID)).isEmpty();
    }

    @Test
    void deleteForgetsTokensButKeepsTheGetAccessTokenTime() {
        FileTokenStore store = new FileTokenStore(tmp);
        store.save(ID, TOKENS);
        store.recordAccessTokenRequest(ID, NOW);

        store.delete(ID);

        FileTokenStore restarted = new FileTokenStore(tmp);
        assertThat(restarted.load(ID)).isEmpty();
        assertThat(restarted.lastAccessTokenRequest(ID)).contains(NOW);
    }

    @Test
    void deleteWithoutCooldownRecordRemovesTheFile() {
        FileTokenStore store = new FileTokenStore(tmp);
        store.save(ID, TOKENS);

        store.delete(ID);

        assertThat(store.fileOf(ID)).doesNotExist();
    }

    @Test
    void keepsFieldsItDoesNotKnow() throws Exception {
        FileTokenStore store = new FileTokenStore(tmp);
        store.save(ID, TOKENS);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode node = (ObjectNode) mapper.readTree(store.fileOf(ID).toFile());
        node.put("addedByANewerVersion", "kept");
        Files.write(store.fileOf(ID), mapper.writeValueAsBytes(node));

        store.recordAccessTokenRequest(ID, NOW);
        store.save(ID, TOKENS);

        String json = Files.readString(store.fileOf(ID), StandardCharsets.UTF_8);
        // issue 16.7: the getAccessToken time is now kept apart from the token file
        assertThat(json).contains("addedByANewerVersion", TOKENS.accessToken());
        assertThat(store.lastAccessTokenRequest(ID)).contains(NOW);
    }

    @Test
    void refusesAccountIdsThatAreNotSafeFileNamesWithoutEchoingThem() {
        FileTokenStore store = new FileTokenStore(tmp);

        assertThatThrownBy(() -> store.load("../etc/passwd")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accountId").hasMessageNotContaining("passwd");
        assertThatThrownBy(() -> store.save(FakeTokenApi.API_KEY, TOKENS))
                .hasMessageNotContaining(FakeTokenApi.API_KEY);
    }

    @Test
    void renewalLockSerialisesRenewalsOfOneAccount() throws Exception {
        FileTokenStore a = new FileTokenStore(tmp);
        FileTokenStore b = new FileTokenStore(tmp); // a second instance on the same directory
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(4);
        for (int i = 0; i < 4; i++) {
            FileTokenStore store = i % 2 == 0 ? a : b;
            new Thread(() -> {
                store.underRenewalLock(ID, () -> {
                    maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    sleep(30);
                    return inside.decrementAndGet();
                });
                done.countDown();
            }).start();
        }

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(maxInside.get()).isEqualTo(1);
    }

    @Test
    void theGetAccessTokenTimeSurvivesACorruptedTokenFile() throws Exception {
        FileTokenStore store = new FileTokenStore(tmp);
        store.save(ID, TOKENS);
        store.recordAccessTokenRequest(ID, NOW);
        Files.writeString(store.fileOf(ID), "{\"accessToken\": \"trunc"); // cut off mid-write by a crash elsewhere

        FileTokenStore restarted = new FileTokenStore(tmp);
        assertThat(restarted.load(ID)).isEmpty();
        assertThat(restarted.lastAccessTokenRequest(ID)).contains(NOW); // so no getAccessToken inside CJ's 5 minutes
    }

    @Test
    void aGetAccessTokenTimeInAFileOfTheEarlierFormatIsStillReadAndKeptOnDelete() throws Exception {
        FileTokenStore store = new FileTokenStore(tmp);
        Files.writeString(store.fileOf(ID), "{\"format\":1,\"lastAccessTokenRequest\":\"" + NOW + "\"}");
        assertThat(store.lastAccessTokenRequest(ID)).contains(NOW);
        store.delete(ID);
        assertThat(store.fileOf(ID)).doesNotExist();
        assertThat(store.lastAccessTokenRequest(ID)).contains(NOW);
    }

    @Test
    void filesAndDirectoriesReadableByOthersAreTightenedWithAWarning() throws Exception {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path dir = tmp.resolve("shared");
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        String log;
        try (LogCapture capture = new LogCapture(FileTokenStore.class)) {
            FileTokenStore store = new FileTokenStore(dir);
            store.save(ID, TOKENS);
            Files.setPosixFilePermissions(store.fileOf(ID), PosixFilePermissions.fromString("rw-r--r--"));
            assertThat(store.load(ID)).contains(TOKENS);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.fileOf(ID)))).isEqualTo("rw-------");
            log = capture.text();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(log).contains("tightened to 0700").contains("tightened to 0600");
    }

    @Test
    void tokensCanBeEncryptedAtRestWithAesGcm() throws Exception {
        String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        FileTokenStore store = new FileTokenStore(tmp, key, FileTokenStore.DEFAULT_LOCK_TIMEOUT);
        store.save(ID, TOKENS);

        String onDisk = Files.readString(store.fileOf(ID), StandardCharsets.UTF_8);
        assertThat(onDisk).contains("AES-GCM").doesNotContain(TOKENS.accessToken().substring(0, 40))
                .doesNotContain(TOKENS.refreshToken().substring(0, 40));
        assertThat(new FileTokenStore(tmp, key, FileTokenStore.DEFAULT_LOCK_TIMEOUT).load(ID)).contains(TOKENS);

        // another key, or none: treated as absent (warned), never garbage
        String otherKey = java.util.Base64.getEncoder().encodeToString(new byte[16]);
        assertThat(new FileTokenStore(tmp, otherKey, FileTokenStore.DEFAULT_LOCK_TIMEOUT).load(ID)).isEmpty();
        assertThat(new FileTokenStore(tmp).load(ID)).isEmpty();
        // a file of another account cannot be passed off as this one's (the account id is authenticated)
        String otherId = CjAccountId.of("CJ9999999@api@99999999999999999999999999999999");
        Files.copy(store.fileOf(ID), store.fileOf(otherId));
        assertThat(store.load(otherId)).isEmpty();
    }

    @Test
    void aPlainFileIsReadWithAKeyAndEncryptedOnTheNextSave() throws Exception {
        new FileTokenStore(tmp).save(ID, TOKENS);
        String key = java.util.Base64.getEncoder().encodeToString(new byte[24]);
        FileTokenStore encrypted = new FileTokenStore(tmp, key, FileTokenStore.DEFAULT_LOCK_TIMEOUT);
        assertThat(encrypted.load(ID)).contains(TOKENS);
        encrypted.save(ID, TOKENS);
        assertThat(Files.readString(encrypted.fileOf(ID), StandardCharsets.UTF_8)).contains("AES-GCM");
    }

    @Test
    void badKeysAreRefusedWithoutShowingThem() {
        assertThatThrownBy(() -> new FileTokenStore(tmp, "c2hvcnQ=", FileTokenStore.DEFAULT_LOCK_TIMEOUT))
                .hasMessageContaining("16, 24 or 32 bytes").hasMessageNotContaining("c2hvcnQ=");
        assertThatThrownBy(() -> new FileTokenStore(tmp, "not base64 !!", FileTokenStore.DEFAULT_LOCK_TIMEOUT))
                .hasMessageContaining("Base64").hasMessageNotContaining("not base64");
    }

    @Test
    void aRenewalLockHeldTooLongFailsWithAClearErrorInsteadOfWaitingForEver() throws Exception {
        FileTokenStore holder = new FileTokenStore(tmp);
        FileTokenStore waiter = new FileTokenStore(tmp, null, java.time.Duration.ofMillis(200));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread t = new Thread(() -> holder.underRenewalLock(ID, () -> {
            locked.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return false;
            }
        }));
        t.start();
        assertThat(locked.await(5, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        try {
            assertThatThrownBy(() -> waiter.underRenewalLock(ID, () -> "never"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(ID + ".lock").hasMessageContaining("more than 200 ms");
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(5));
        } finally {
            release.countDown();
            t.join(5_000);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
