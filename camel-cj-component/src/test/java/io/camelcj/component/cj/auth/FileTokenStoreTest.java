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
        assertThat(json).contains("addedByANewerVersion", "lastAccessTokenRequest", TOKENS.accessToken());
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
