package io.camelcj.component.cj.throttle;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The pacing's rate rules, in fake time: no assertion here depends on the machine's speed. */
class AdaptivePacingTest {

    private static final Instant T0 = Instant.parse("2026-12-01T06:00:00Z");
    private static final double SAFETY = AccountRateLimiter.SAFETY;
    private final FakeTicker fake = new FakeTicker(T0);

    private AccountRateLimiter limiter(double allowed, Ticker ticker) {
        return new AccountRateLimiter("cj-pace", allowed, SAFETY, Duration.ZERO, Duration.ofMinutes(5), ticker);
    }

    @Test
    void pacesJustBelowTheAllowedRate() {
        AccountRateLimiter limiter = limiter(6, fake);
        assertThat(limiter.rate()).isCloseTo(6 * (1 - SAFETY), within(1e-9));
        assertThat(limiter.allowedRate()).isEqualTo(6);
        assertThat(limiter.stats().permitsPerSecond()).isCloseTo(5.88, within(1e-9));
        assertThat(limiter.stats().rateShare()).isCloseTo(0.98, within(1e-9));
    }

    @Test
    void theMarginSpreadsOverTheRequestsOfOneCjWindow() {
        // (moved from AccountSettingsTest#marginSpreadsOverTheRequestsOfOneCjWindow, safety 0: the same figures)
        assertThat(new AdaptiveRate(1, 0, Duration.ofMillis(100)).ceiling()).isCloseTo(1 / 1.1, within(1e-9));
        assertThat(new AdaptiveRate(5, 0, Duration.ofMillis(100)).ceiling()).isCloseTo(1 / 0.22, within(1e-9));
        assertThat(new AdaptiveRate(0.5, 0, Duration.ofMillis(100)).ceiling()).isCloseTo(1 / 2.1, within(1e-9));
        assertThat(new AdaptiveRate(4, 0, Duration.ZERO).ceiling()).isCloseTo(4, within(1e-9));
        // a shared (cluster) budget gets the margin but not the node's safety share
        assertThat(new AdaptiveRate(2, SAFETY, Duration.ofMillis(30)).sharedRate()).isCloseTo(1 / 0.515, within(1e-9));
    }

    @Test
    void a1600200SlowsDownOnceForRequestsInFlightAndProbesBackUpNeverAboveTheCeiling() {
        AccountRateLimiter limiter = limiter(2, fake);
        double ceiling = 2 * (1 - SAFETY);

        limiter.rateLimited(Duration.ZERO, 0);
        limiter.rateLimited(Duration.ZERO, 0); // a second answer of the same burst: no second cut
        assertThat(limiter.rate()).isCloseTo(ceiling * AdaptiveRate.DECREASE, within(1e-9));
        assertThat(limiter.stats().rateCuts()).isEqualTo(1);
        assertThat(limiter.stats().backOffs()).isEqualTo(2);

        fake.advance(Duration.ofSeconds(3));
        assertThat(limiter.rate()).isCloseTo(ceiling * (AdaptiveRate.DECREASE + 3 * AdaptiveRate.PROBE_STEP), within(1e-9));
        fake.advance(Duration.ofMinutes(10));
        assertThat(limiter.rate()).isCloseTo(ceiling, within(1e-9)).isLessThan(limiter.allowedRate());

        fake.advance(Duration.ofSeconds(5)); // a later 1600200, after a full window: cut again
        limiter.rateLimited(Duration.ZERO, 0);
        assertThat(limiter.stats().rateCuts()).isEqualTo(2);
    }

    @Test
    void repeated1600200sNeverStopTheAccount() {
        AccountRateLimiter limiter = limiter(1, fake);
        for (int i = 0; i < 100; i++) {
            limiter.rateLimited(Duration.ZERO, 0);
            fake.advance(Duration.ofSeconds(30)); // a window later
        }
        assertThat(limiter.rate()).isGreaterThanOrEqualTo(AdaptiveRate.FLOOR * (1 - SAFETY));
    }

    @Test
    void theLimitCjStatesReplacesAHigherAssumedRate() {
        AccountRateLimiter limiter = limiter(6, fake);
        limiter.rateLimited(Duration.ZERO, 1.0); // "QPS limit is 1 time/1second"
        assertThat(limiter.allowedRate()).isEqualTo(1);
        assertThat(limiter.rate()).isCloseTo(1 - SAFETY, within(1e-9));
        limiter.rateLimited(Duration.ZERO, 10.0); // a higher stated limit (the per-IP one) never raises it
        assertThat(limiter.allowedRate()).isEqualTo(1);
    }

    @Test
    void aLearntRateRestartsThePacingAtItsCeiling() {
        AccountRateLimiter limiter = limiter(1, fake);
        limiter.rateLimited(Duration.ZERO, 0);
        limiter.setAllowedRate(4);
        assertThat(limiter.allowedRate()).isEqualTo(4);
        assertThat(limiter.rate()).isCloseTo(4 * (1 - SAFETY), within(1e-9));
    }

    @Test
    void neverMoreThanCjsCountPerWindow() {
        for (double allowed : new double[] {1, 2, 4, 6, 0.5}) {
            AccountRateLimiter limiter = limiter(allowed, fake);
            List<Long> grants = grant(limiter, fake, 60);
            int n = Math.max(1, (int) Math.floor(allowed));
            long window = Math.round(n / allowed * 1e9);
            for (int k = n; k < grants.size(); k++) {
                assertThat(grants.get(k) - grants.get(k - n)).as("qps %s, permits %d and %d", allowed, k - n, k)
                        .isGreaterThanOrEqualTo(window);
            }
        }
    }

    @Test
    void lateWakeUpsAreCaughtUpWithoutBreakingCjsWindow() {
        OversleepingTicker late = new OversleepingTicker(Duration.ofMillis(30));
        AccountRateLimiter limiter = limiter(6, late);
        List<Long> grants = grant(limiter, late, 61);
        double interval = 1e9 / (6 * (1 - SAFETY));
        for (int k = 6; k < grants.size(); k++) {
            assertThat(grants.get(k) - grants.get(k - 6)).isGreaterThanOrEqualTo(Math.round(6 * interval) - 1);
        }
        // 30 ms late every time: the lateness is lost once per CJ window (6 permits), not once per permit
        assertThat(grants.get(60) - grants.get(0)).isLessThanOrEqualTo(Math.round(60 * interval) + 11 * 30_000_000L);

        OversleepingTicker lateOne = new OversleepingTicker(Duration.ofMillis(30));
        List<Long> single = grant(limiter(1, lateOne), lateOne, 10);
        for (int k = 1; k < single.size(); k++) { // one per window: lateness cannot be caught up
            assertThat(single.get(k) - single.get(k - 1)).isGreaterThanOrEqualTo(Math.round(1e9 / (1 - SAFETY)) - 1);
        }
    }

    @Test
    void severalAccountsShareThePerIpLimit() {
        AccountRateLimiter ip = new AccountRateLimiter("ip", 10, SAFETY, Duration.ZERO, Duration.ZERO, fake);
        AccountRateLimiter a = limiter(6, fake);
        AccountRateLimiter b = limiter(6, fake);
        a.alsoAcquire(ip);
        b.alsoAcquire(ip);
        List<Long> grants = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            a.acquire();
            grants.add(fake.nanoTime());
            b.acquire();
            grants.add(fake.nanoTime());
        }
        for (int k = 10; k < grants.size(); k++) {
            assertThat(grants.get(k) - grants.get(k - 10)).as("permits %d and %d", k - 10, k)
                    .isGreaterThanOrEqualTo(1_000_000_000L);
        }
        assertThat(ip.stats().permitsGranted()).isEqualTo(80);
        // together they use the IP's budget, not each its own 5.88/s
        assertThat(80 / ((grants.get(79) - grants.get(0)) / 1e9)).isGreaterThan(9.5);
    }

    /** The (fake) times at which {@code permits} permits are granted one after another. */
    private static List<Long> grant(AccountRateLimiter limiter, Ticker ticker, int permits) {
        List<Long> grants = new ArrayList<>();
        for (int i = 0; i < permits; i++) {
            limiter.acquire();
            grants.add(ticker.nanoTime());
        }
        return grants;
    }

    /** Fake time whose waits end {@code late} after they should: a loaded CPU waking threads late. */
    private static final class OversleepingTicker implements Ticker {
        private final long lateNanos;
        private long nanos;

        OversleepingTicker(Duration late) {
            this.lateNanos = late.toNanos();
        }

        @Override
        public long nanoTime() {
            return nanos;
        }

        @Override
        public Instant now() {
            return T0.plusNanos(nanos);
        }

        @Override
        public long awaitNanos(Condition condition, long waitNanos) {
            nanos += waitNanos + lateNanos;
            return 0;
        }
    }
}
