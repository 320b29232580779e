package io.camelcj.component.cj.auth;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenManagerTest {

    private static final Duration COOLDOWN = Duration.ofMinutes(5);
    private static final Duration AHEAD = Duration.ofDays(1);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T06:00:00Z"));
    private final FakeTokenApi api = new FakeTokenApi(clock);
    private final InMemoryTokenStore store = new InMemoryTokenStore();

    @TempDir
    Path tmp;

    private TokenManager manager(CjTokenStore s) {
        return new TokenManager(FakeTokenApi.API_KEY, api, s, clock, AHEAD, COOLDOWN);
    }

    @Test
    void obtainsOnceThenServesFromCache() {
        TokenManager m = manager(store);

        String first = m.accessToken();
        String second = m.accessToken();

        assertThat(first).isEqualTo(second).hasSize(560);
        assertThat(api.getCalls.get()).isEqualTo(1);
        assertThat(store.load(m.accountId())).map(CjTokens::accessToken).contains(first);
        assertThat(m.state().status()).isEqualTo(TokenStatus.VALID);
    }

    @Test
    void refreshesAheadOfTheExpiryGivenByCj() {
        TokenManager m = manager(store);
        String first = m.accessToken();

        clock.advance(Duration.ofDays(13).plusHours(23)); // 15-day token: not yet within a day of expiry
        assertThat(m.accessToken()).isEqualTo(first);
        assertThat(api.refreshCalls.get()).isZero();

        clock.advance(Duration.ofHours(2)); // now within the last day
        assertThat(m.state().status()).isEqualTo(TokenStatus.EXPIRING);
        String refreshed = m.accessToken();

        assertThat(refreshed).isNotEqualTo(first);
        assertThat(api.refreshCalls.get()).isEqualTo(1);
        assertThat(api.getCalls.get()).isEqualTo(1);
        assertThat(store.load(m.accountId())).map(CjTokens::accessToken).contains(refreshed);
        assertThat(m.state().lastRenewalAt()).isEqualTo(clock.instant());
    }

    @Test
    void shortLivedTokensAreNotRefreshedInTheFirstHalfOfTheirLife() {
        api.accessLifetime = Duration.ofHours(2); // shorter than refreshAhead: expiry comes from the answer
        TokenManager m = manager(store);
        String first = m.accessToken();

        clock.advance(Duration.ofMinutes(59));
        assertThat(m.accessToken()).isEqualTo(first);
        clock.advance(Duration.ofMinutes(2));
        assertThat(m.accessToken()).isNotEqualTo(first);
        assertThat(api.refreshCalls.get()).isEqualTo(1);
    }

    @Test
    void fiftyThreadsShareOneRefresh() throws Exception {
        TokenManager m = manager(store);
        String first = m.accessToken();
        clock.advance(Duration.ofDays(16)); // access token expired, refresh token fine
        int threads = 50;
        CountDownLatch arrived = new CountDownLatch(threads);
        api.duringRefresh = () -> awaitQuietly(arrived); // hold the call until every thread has asked

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    arrived.countDown();
                    return m.accessToken();
                }));
            }
            Set<String> tokens = ConcurrentHashMap.newKeySet();
            for (Future<String> f : results) {
                tokens.add(f.get(10, TimeUnit.SECONDS));
            }

            assertThat(api.refreshCalls.get()).isEqualTo(1);
            assertThat(api.getCalls.get()).isEqualTo(1);
            assertThat(tokens).hasSize(1).doesNotContain(first);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedRefreshIsSharedByAllWaitersInsteadOfRepeated() throws Exception {
        TokenManager m = manager(store);
        m.accessToken();
        clock.advance(Duration.ofDays(16));
        api.refreshFailure = FakeTokenApi.cjError(1600000, CjErrorCategory.TRANSIENT);
        int threads = 20;
        CountDownLatch arrived = new CountDownLatch(threads);
        api.duringRefresh = () -> awaitQuietly(arrived);

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    arrived.countDown();
                    return m.accessToken();
                }));
            }
            for (Future<String> f : results) {
                assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(CjApiException.class)
                        .cause().hasMessageContaining("1600000");
            }

            assertThat(api.refreshCalls.get()).isEqualTo(1);
            assertThat(m.state().status()).isEqualTo(TokenStatus.FAILED);
            assertThat(m.state().lastErrorCategory()).isEqualTo(CjErrorCategory.TRANSIENT);
            assertThat(m.state().lastErrorCode()).isEqualTo(1600000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reobtainsWithTheApiKeyWhenTheRefreshTokenIsDead() {
        TokenManager m = manager(store);
        String first = m.accessToken();
        clock.advance(Duration.ofDays(16));
        api.refreshFailure = FakeTokenApi.cjError(1600003, CjErrorCategory.AUTHENTICATION);

        String renewed = m.accessToken();

        assertThat(renewed).isNotEqualTo(first);
        assertThat(api.refreshCalls.get()).isEqualTo(1);
        assertThat(api.getCalls.get()).isEqualTo(2);
        assertThat(m.state().status()).isEqualTo(TokenStatus.VALID);
    }

    @Test
    void skipsRefreshWhenTheRefreshTokenExpiredByItsDate() {
        api.refreshLifetime = Duration.ofDays(10);
        TokenManager m = manager(store);
        m.accessToken();
        clock.advance(Duration.ofDays(16));

        m.accessToken();

        assertThat(api.refreshCalls.get()).isZero();
        assertThat(api.getCalls.get()).isEqualTo(2);
    }

    @Test
    void neverCallsGetAccessTokenTwiceWithinTheCooldown() {
        api.accessLifetime = Duration.ofMinutes(2);
        api.refreshFailure = FakeTokenApi.cjError(1600003, CjErrorCategory.AUTHENTICATION);
        TokenManager m = manager(store);
        Instant firstCall = clock.instant();
        m.accessToken();
        clock.advance(Duration.ofMinutes(3)); // expired, refresh token dead, 3 of 5 minutes passed

        assertThatThrownBy(m::accessToken)
                .isInstanceOfSatisfying(TokenCooldownException.class, e -> {
                    assertThat(e.getNextAttemptAt()).isEqualTo(firstCall.plus(COOLDOWN));
                    assertThat(e.getCategory()).isEqualTo(CjErrorCategory.AUTHENTICATION);
                    assertThat(e.isRetryable()).isFalse();
                })
                .hasMessageContaining(firstCall.plus(COOLDOWN).toString())
                .hasMessageNotContaining(FakeTokenApi.API_KEY);
        assertThat(api.getCalls.get()).isEqualTo(1);
        assertThat(m.state().nextAccessTokenRequestAt()).isEqualTo(firstCall.plus(COOLDOWN));
        assertThat(m.state().status()).isEqualTo(TokenStatus.FAILED);

        clock.advance(Duration.ofMinutes(2));
        assertThat(m.accessToken()).isNotNull();
        assertThat(api.getCalls.get()).isEqualTo(2);
    }

    @Test
    void cooldownHoldsAcrossARestartWithTheFileStore() {
        FileTokenStore files = new FileTokenStore(tmp);
        TokenManager before = manager(files);
        before.accessToken();
        before.logout(); // tokens gone: the next process has to call getAccessToken
        clock.advance(Duration.ofMinutes(1));

        TokenManager after = manager(new FileTokenStore(tmp));

        assertThatThrownBy(after::accessToken).isInstanceOf(TokenCooldownException.class);
        assertThat(api.getCalls.get()).isEqualTo(1);
        clock.advance(COOLDOWN);
        after.accessToken();
        assertThat(api.getCalls.get()).isEqualTo(2);
    }

    @Test
    void restartWithTheFileStoreReusesTokensWithoutAnyCall() {
        String token = manager(new FileTokenStore(tmp)).accessToken();
        clock.advance(Duration.ofHours(1));

        TokenManager restarted = manager(new FileTokenStore(tmp));

        assertThat(restarted.state().status()).isEqualTo(TokenStatus.VALID);
        assertThat(restarted.accessToken()).isEqualTo(token);
        assertThat(api.getCalls.get()).isEqualTo(1);
        assertThat(api.refreshCalls.get()).isZero();
    }

    @Test
    void twoManagersOnOneFileStoreRenewOnceBetweenThem() throws Exception {
        TokenManager first = manager(new FileTokenStore(tmp));
        first.accessToken();
        TokenManager second = manager(new FileTokenStore(tmp)); // as if in another process on the host
        clock.advance(Duration.ofDays(16));
        CountDownLatch arrived = new CountDownLatch(2);
        api.duringRefresh = () -> awaitQuietly(arrived);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(() -> {
                arrived.countDown();
                return first.accessToken();
            });
            Future<String> b = pool.submit(() -> {
                arrived.countDown();
                return second.accessToken();
            });

            assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo(b.get(10, TimeUnit.SECONDS));
            assertThat(api.refreshCalls.get()).isEqualTo(1);
            assertThat(api.getCalls.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void renewsOnceAfterRejectionAndHandsTheNewTokenToLateComers() {
        TokenManager m = manager(store);
        String rejected = m.accessToken();

        String renewed = m.renewAfterRejection(rejected);
        String again = m.renewAfterRejection(rejected); // another call that was rejected with the old token

        assertThat(renewed).isNotEqualTo(rejected).isEqualTo(again);
        assertThat(api.refreshCalls.get()).isEqualTo(1);
        assertThat(m.accessToken()).isEqualTo(renewed);
    }

    @Test
    void adoptsTokensAnotherProcessSavedInsteadOfCalling() {
        TokenManager m = manager(store);
        String rejected = m.accessToken();
        CjTokens fromElsewhere = new CjTokens(FakeTokenApi.token("other", 1), clock.instant().plus(Duration.ofDays(15)),
                FakeTokenApi.token("otherRefresh", 1), clock.instant().plus(Duration.ofDays(180)), clock.instant());
        store.save(m.accountId(), fromElsewhere);

        assertThat(m.renewAfterRejection(rejected)).isEqualTo(fromElsewhere.accessToken());
        assertThat(api.refreshCalls.get()).isZero();
    }

    @Test
    void earlyRefreshFailureKeepsTheValidTokenAndRetriesLater() {
        TokenManager m = manager(store);
        String first = m.accessToken();
        clock.advance(Duration.ofDays(14).plusHours(12)); // due for refresh, still valid
        api.refreshFailure = FakeTokenApi.cjError(1600000, CjErrorCategory.TRANSIENT);

        assertThat(m.accessToken()).isEqualTo(first);
        assertThat(m.accessToken()).isEqualTo(first);
        assertThat(api.refreshCalls.get()).as("no retry within the pause").isEqualTo(1);
        assertThat(m.state().status()).isEqualTo(TokenStatus.REFRESH_FAILED);
        assertThat(m.state().isHealthy()).isTrue();

        api.refreshFailure = null;
        clock.advance(TokenManager.REFRESH_RETRY_PAUSE);
        assertThat(m.accessToken()).isNotEqualTo(first);
        assertThat(api.refreshCalls.get()).isEqualTo(2);
        assertThat(m.state().status()).isEqualTo(TokenStatus.VALID);
    }

    @Test
    void earlyRenewalBlockedByTheCooldownKeepsTheValidToken() {
        api.accessLifetime = Duration.ofMinutes(8); // due for renewal after 4 minutes (half its life)
        api.refreshFailure = FakeTokenApi.cjError(1600003, CjErrorCategory.AUTHENTICATION);
        TokenManager m = manager(store);
        String first = m.accessToken();
        clock.advance(Duration.ofSeconds(270)); // due; refresh token dead; getAccessToken allowed only at 5 min

        assertThat(m.accessToken()).isEqualTo(first);
        assertThat(api.getCalls.get()).isEqualTo(1);
        assertThat(m.state().status()).isEqualTo(TokenStatus.REFRESH_FAILED);
        assertThat(m.state().lastErrorCategory()).isEqualTo(CjErrorCategory.AUTHENTICATION);

        clock.advance(TokenManager.REFRESH_RETRY_PAUSE);
        assertThat(m.accessToken()).isNotEqualTo(first);
        assertThat(api.getCalls.get()).isEqualTo(2);
    }

    @Test
    void refreshIsHeldToFivePerMinute() {
        TokenManager m = manager(store);
        String token = m.accessToken();
        for (int i = 0; i < 5; i++) {
            token = m.renewAfterRejection(token);
        }
        assertThat(api.refreshCalls.get()).isEqualTo(5);

        String stale = token;
        assertThatThrownBy(() -> m.renewAfterRejection(stale))
                .isInstanceOfSatisfying(CjApiException.class,
                        e -> assertThat(e.getCategory()).isEqualTo(CjErrorCategory.RATE_LIMIT))
                .hasMessageContaining("5 calls per minute");
        assertThat(api.refreshCalls.get()).isEqualTo(5);

        clock.advance(Duration.ofMinutes(1));
        assertThat(m.renewAfterRejection(stale)).isNotEqualTo(stale);
    }

    @Test
    void logoutInvalidatesAtCjAndForgetsLocally() {
        TokenManager m = manager(store);
        String token = m.accessToken();

        m.logout();

        assertThat(api.loggedOut).containsExactly(token);
        assertThat(store.load(m.accountId())).isEmpty();
        assertThat(m.state().status()).isEqualTo(TokenStatus.NONE);
        assertThat(m.state().accessTokenExpiry()).isNull();
        m.logout(); // nothing left: no call
        assertThat(api.loggedOut).hasSize(1);
    }

    @Test
    void stateCarriesNoSecret() {
        TokenManager m = manager(store);
        String token = m.accessToken();
        CjTokens stored = store.load(m.accountId()).orElseThrow();

        String text = m.state().toString();

        assertThat(text).doesNotContain(token.substring(0, 30))
                .doesNotContain(stored.refreshToken().substring(0, 30))
                .doesNotContain(FakeTokenApi.API_KEY)
                .contains(m.accountId(), "VALID");
    }

    @Test
    void logsNoSecretThroughoutTheLifecycle() {
        List<String> secrets = new ArrayList<>();
        String log;
        try (LogCapture capture = new LogCapture(TokenManager.class)) {
            TokenManager m = manager(store);
            secrets.add(m.accessToken());                        // obtain
            clock.advance(Duration.ofDays(14).plusHours(12));
            secrets.add(m.accessToken());                        // early refresh
            secrets.add(m.renewAfterRejection(secrets.get(1)));  // replay after 1600001
            api.refreshFailure = FakeTokenApi.cjError(1600000, CjErrorCategory.TRANSIENT);
            clock.advance(Duration.ofDays(14).plusHours(12));
            m.accessToken();                                     // early refresh fails, token kept
            api.refreshFailure = FakeTokenApi.cjError(1600003, CjErrorCategory.AUTHENTICATION);
            clock.advance(Duration.ofDays(1));
            secrets.add(m.accessToken());                        // refresh token dead: new login
            secrets.add(store.load(m.accountId()).orElseThrow().refreshToken());
            m.logout();
            log = capture.text();
        }

        assertThat(log).contains("INFO", "WARN", CjAccountId.of(FakeTokenApi.API_KEY));
        assertThat(log).doesNotContain(FakeTokenApi.API_KEY).doesNotContain("0123456789abcdef");
        for (String secret : secrets) {
            assertThat(log).doesNotContain(secret.substring(17, 40)); // past the common "API@CJ1234567@CJ:" prefix
        }
    }

    @Test
    void refusesBadArguments() {
        assertThatThrownBy(() -> new TokenManager(" ", api, store, clock, AHEAD, COOLDOWN)).hasMessageContaining("apiKey");
        assertThatThrownBy(() -> new TokenManager(FakeTokenApi.API_KEY, api, store, clock, Duration.ofDays(-1), COOLDOWN))
                .hasMessageContaining("refreshAhead");
        assertThatThrownBy(() -> manager(store).renewAfterRejection(null)).hasMessageContaining("rejectedAccessToken");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
            Thread.sleep(200); // let the last arrivals reach the single-flight wait
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aTokenStoreThatFailsOrTimesOutIsACjApiExceptionNotAHang() {
        InMemoryTokenStore delegate = new InMemoryTokenStore();
        CjTokenStore lockedOut = new CjTokenStore() {
            @Override
            public java.util.Optional<CjTokens> load(String accountId) {
                return delegate.load(accountId);
            }

            @Override
            public void save(String accountId, CjTokens tokens) {
                delegate.save(accountId, tokens);
            }

            @Override
            public void delete(String accountId) {
                delegate.delete(accountId);
            }

            @Override
            public <T> T underRenewalLock(String accountId, java.util.function.Supplier<T> renewal) {
                throw new IllegalStateException("the token renewal lock x.lock was held by another process for more"
                        + " than 200 ms; giving up");
            }
        };
        TokenManager m = manager(lockedOut);
        assertThatThrownBy(m::accessToken).isInstanceOfSatisfying(io.camelcj.component.cj.CjApiException.class, e -> {
            assertThat(e.getCategory()).isEqualTo(io.camelcj.component.cj.CjErrorCategory.TRANSIENT);
            assertThat(e.getCause()).hasMessageContaining("held by another process");
            assertThat(e.getMessage()).contains("failed in the token store");
        });
        assertThat(api.getCalls).hasValue(0);
    }
}
