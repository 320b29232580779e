package io.camelcj.cluster;

import com.zaxxer.hikari.HikariDataSource;
import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.auth.CjTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcTokenStoreTest {

    private static final String ACCOUNT = "cj-0123456789abcdef";
    private HikariDataSource pool;
    private ClusterDatabase db;

    @BeforeEach
    void setUp() {
        pool = TestPostgres.pool(TestPostgres.newDatabase("tokens"), 8);
        db = new ClusterDatabase(pool);
    }

    @AfterEach
    void tearDown() {
        pool.close();
    }

    @Test
    void createsItsTablesOnFirstUseAndKeepsTokensWhole() {
        JdbcTokenStore store = new JdbcTokenStore(db);
        assertThat(store.load(ACCOUNT)).isEmpty();
        String access = "A".repeat(560);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CjTokens tokens = new CjTokens(access, now.plus(Duration.ofDays(15)), "R".repeat(560), now.plus(Duration.ofDays(180)), now);
        store.save(ACCOUNT, tokens);
        assertThat(store.load(ACCOUNT)).contains(tokens);
        CjTokens rotated = new CjTokens("B".repeat(560), now.plus(Duration.ofDays(16)), null, null, null);
        store.save(ACCOUNT, rotated);
        assertThat(store.load(ACCOUNT)).contains(rotated);
    }

    @Test
    void theGetAccessTokenRecordOutlivesDeleteAndNeverGoesBack() {
        JdbcTokenStore store = new JdbcTokenStore(db);
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        store.save(ACCOUNT, new CjTokens("x", t.plusSeconds(60), null, null, t));
        store.recordAccessTokenRequest(ACCOUNT, t);
        store.recordAccessTokenRequest(ACCOUNT, t.minusSeconds(30)); // a node with a late clock
        store.delete(ACCOUNT);
        assertThat(store.load(ACCOUNT)).isEmpty();
        assertThat(store.lastAccessTokenRequest(ACCOUNT)).contains(t);
    }

    @Test
    void renewalsOfOneAccountNeverOverlapAcrossStores() throws Exception {
        // two store instances on two pools stand for two nodes; 8 threads each
        HikariDataSource other = TestPostgres.pool(pool.getJdbcUrl(), 8);
        try {
            JdbcTokenStore[] nodes = {new JdbcTokenStore(db), new JdbcTokenStore(new ClusterDatabase(other))};
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger maxInside = new AtomicInteger();
            AtomicInteger renewals = new AtomicInteger();
            ExecutorService pool16 = Executors.newFixedThreadPool(16);
            CountDownLatch go = new CountDownLatch(1);
            Future<?>[] futures = new Future<?>[16];
            for (int i = 0; i < 16; i++) {
                JdbcTokenStore store = nodes[i % 2];
                futures[i] = pool16.submit(() -> {
                    go.await();
                    return store.underRenewalLock(ACCOUNT, () -> {
                        maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        if (store.load(ACCOUNT).isEmpty()) { // as TokenManager does: adopt what another node saved
                            sleep(50);
                            store.save(ACCOUNT, new CjTokens("t" + renewals.incrementAndGet(),
                                    Instant.now().plusSeconds(600), "r", null, Instant.now()));
                        }
                        inside.decrementAndGet();
                        return store.load(ACCOUNT).orElseThrow();
                    });
                });
            }
            go.countDown();
            for (Future<?> f : futures) {
                assertThat(((CjTokens) f.get(30, TimeUnit.SECONDS)).accessToken()).isEqualTo("t1");
            }
            pool16.shutdown();
            assertThat(maxInside).hasValue(1);
            assertThat(renewals).hasValue(1);
        } finally {
            other.close();
        }
    }

    @Test
    void aRenewalStuckOnAnotherNodeFailsTransientlyAfterTheLockTimeout() throws Exception {
        JdbcTokenStore slowNode = new JdbcTokenStore(db);
        JdbcTokenStore impatient = new JdbcTokenStore(db, Duration.ofMillis(300));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService exec = Executors.newSingleThreadExecutor();
        Future<?> holder = exec.submit(() -> slowNode.underRenewalLock(ACCOUNT, () -> {
            holding.countDown();
            await(release);
            return null;
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        assertThatThrownBy(() -> impatient.underRenewalLock(ACCOUNT, () -> "never"))
                .isInstanceOfSatisfying(CjApiException.class,
                        e -> assertThat(e.getCategory()).isEqualTo(CjErrorCategory.TRANSIENT))
                .hasMessageContaining("lock time-out");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        exec.shutdown();
        assertThat(impatient.underRenewalLock(ACCOUNT, () -> "free again")).isEqualTo("free again");
    }

    @Test
    void failuresNameTheAccountButNoToken() {
        JdbcTokenStore store = new JdbcTokenStore(db);
        pool.close();
        assertThatThrownBy(() -> store.save(ACCOUNT, new CjTokens("secret-token-value", Instant.now(), "secret-refresh", null, null)))
                .isInstanceOf(ClusterStoreException.class)
                .hasMessageContaining(ACCOUNT)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
