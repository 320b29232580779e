package io.camelcj.component.cj.throttle;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class AccountRateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-11-23T06:00:00Z");
    private static final double RATE = 10;
    private final FakeTicker fake = new FakeTicker(T0);

    @Test
    void eightThreadsShareTheRateWithinCjsWindow() throws Exception {
        // fake time moves in 10 ms steps while 8 threads compete: every permit is counted, none is early
        FakeTicker stepped = FakeTicker.forThreads(T0);
        AccountRateLimiter limiter = new AccountRateLimiter("cj-rate", RATE, Duration.ofSeconds(60), stepped);
        int threads = 8;
        int perThread = 4;
        List<Long> grants = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        limiter.acquire();
                        grants.add(stepped.nanoTime());
                    }
                }));
            }
            while (grants.size() < threads * perThread && stepped.elapsed().compareTo(Duration.ofSeconds(30)) < 0) {
                stepped.advance(Duration.ofMillis(10));
                Thread.sleep(2);
            }
            for (Future<?> job : jobs) {
                job.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> sorted = new ArrayList<>(grants);
        Collections.sort(sorted);
        assertThat(sorted).hasSize(threads * perThread);
        assertThat(limiter.stats().permitsGranted()).isEqualTo(threads * perThread);
        // CJ's window: at most 10 permits in any second (a recorded time may lag its grant by one 10 ms step)
        for (int k = 10; k < sorted.size(); k++) {
            assertThat(sorted.get(k) - sorted.get(k - 10)).isGreaterThanOrEqualTo(Duration.ofMillis(990).toNanos());
        }
        assertThat(limiter.stats().queueLength()).isZero();
    }

    @Test
    void servesWaitersInArrivalOrder() throws Exception {
        FakeTicker stepped = FakeTicker.forThreads(T0);
        AccountRateLimiter limiter = new AccountRateLimiter("cj-fifo", 0.1, Duration.ofSeconds(200), stepped);
        limiter.acquire(); // the next permit is 10 s away, and time stands still: everyone below queues
        List<Integer> order = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int id = i;
            Thread t = new Thread(() -> {
                limiter.acquire();
                order.add(id);
            });
            t.start();
            threads.add(t);
            int queued = i + 1;
            await().atMost(Duration.ofSeconds(5)).until(() -> limiter.stats().queueLength() == queued);
        }

        while (order.size() < 10 && stepped.elapsed().compareTo(Duration.ofSeconds(150)) < 0) {
            stepped.advance(Duration.ofSeconds(1));
            Thread.sleep(10);
        }
        for (Thread t : threads) {
            t.join(5_000);
        }

        assertThat(order).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void givesUpAfterMaxWaitWithAClearMessage() {
        AccountRateLimiter limiter = new AccountRateLimiter("cj-0123abcd", 1.0, Duration.ofMillis(500), fake);
        limiter.acquire();

        assertThatThrownBy(limiter::acquire)
                .isInstanceOfSatisfying(RateLimitWaitTimeoutException.class, e -> {
                    assertThat(e.getAccountId()).isEqualTo("cj-0123abcd");
                    assertThat(e.getQueueLength()).isEqualTo(1);
                    assertThat(e.getCategory()).isEqualTo(CjErrorCategory.RATE_LIMIT);
                    assertThat(e.isRetryable()).isFalse();
                })
                .hasMessageContaining("cj-0123abcd")
                .hasMessageContaining("500 ms")
                .hasMessageContaining("1 request(s) were queued at 1.0 permits/second");
        assertThat(fake.elapsed()).isEqualTo(Duration.ofMillis(500));
        assertThat(limiter.stats().timeouts()).isEqualTo(1);
        assertThat(limiter.stats().queueLength()).isZero();

        limiter.acquire(); // the queue is clean: the next caller gets the permit due at 1 s
        assertThat(fake.elapsed()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void zeroMaxWaitOnlyTakesAFreePermit() {
        AccountRateLimiter limiter = new AccountRateLimiter("cj-zero", 1.0, Duration.ZERO, fake);
        limiter.acquire();

        assertThatThrownBy(limiter::acquire).isInstanceOf(RateLimitWaitTimeoutException.class);
        fake.advance(Duration.ofSeconds(1));
        limiter.acquire();
        assertThat(limiter.stats().permitsGranted()).isEqualTo(2);
    }

    @Test
    void backOffPushesFuturePermitsPastThePause() {
        AccountRateLimiter limiter = new AccountRateLimiter("cj-back", 10, Duration.ofSeconds(10), fake);
        limiter.acquire();

        limiter.backOff(Duration.ofSeconds(2));
        limiter.backOff(Duration.ofMillis(500)); // a shorter, overlapping back-off does not cut it short
        limiter.acquire();
        Duration first = fake.elapsed();
        limiter.acquire();

        assertThat(first).isEqualTo(Duration.ofSeconds(2));
        assertThat(fake.elapsed()).isEqualTo(Duration.ofMillis(2100));
        assertThat(limiter.stats().backOffs()).isEqualTo(2);
    }

    @Test
    void backOffPushesWaitingPermitsPastThePause() throws Exception {
        FakeTicker stepped = FakeTicker.forThreads(T0);
        AccountRateLimiter limiter = new AccountRateLimiter("cj-back2", 50, Duration.ofSeconds(10), stepped);
        limiter.acquire();
        List<Long> grants = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                limiter.acquire();
                grants.add(stepped.nanoTime());
            });
            t.start();
            threads.add(t);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> limiter.stats().queueLength() == 4);

        limiter.backOff(Duration.ofMillis(300));
        stepped.advance(Duration.ofMillis(100)); // would release all four (20 ms apart) without the back-off
        Thread.sleep(100);
        assertThat(grants).isEmpty();
        while (grants.size() < 4 && stepped.elapsed().compareTo(Duration.ofSeconds(5)) < 0) {
            stepped.advance(Duration.ofMillis(20));
            Thread.sleep(10);
        }
        for (Thread t : threads) {
            t.join(5_000);
        }

        assertThat(grants).hasSize(4).allSatisfy(at -> assertThat(at).isGreaterThanOrEqualTo(300_000_000L));
    }

    @Test
    void blockedAccountFailsFastUntilReset() {
        AccountRateLimiter limiter = new AccountRateLimiter("cj-points", 1.0, Duration.ofSeconds(60), fake);
        Instant reset = T0.plus(Duration.ofHours(3));

        limiter.blockUntil(reset, CjErrorCategory.POINTS_EXHAUSTED, "API points used up (16900500)");

        assertThatThrownBy(limiter::acquire)
                .isInstanceOfSatisfying(CjApiException.class, e -> {
                    assertThat(e.getCategory()).isEqualTo(CjErrorCategory.POINTS_EXHAUSTED);
                    assertThat(e.getResetAt()).isEqualTo(reset);
                    assertThat(e.isRetryable()).isFalse();
                })
                .hasMessageContaining("cj-points")
                .hasMessageContaining("API points used up")
                .hasMessageContaining(reset.toString());
        assertThat(fake.elapsed()).isZero();
        assertThat(limiter.blockedUntil()).contains(reset);
        assertThat(limiter.stats().blockedRejections()).isEqualTo(1);

        fake.advance(Duration.ofHours(3));
        limiter.acquire();
        assertThat(limiter.blockedUntil()).isEmpty();
    }

    @Test
    void onlyQuotaCategoriesBlockTheAccount() {
        AccountRateLimiter limiter = new AccountRateLimiter("cj-daily", 1.0, Duration.ofSeconds(60), fake);
        limiter.blockUntil(T0.plus(Duration.ofHours(1)), CjErrorCategory.DAILY_LIMIT, "daily request limit reached");

        assertThatThrownBy(limiter::acquire).isInstanceOfSatisfying(CjApiException.class,
                e -> assertThat(e.getCategory()).isEqualTo(CjErrorCategory.DAILY_LIMIT));
        assertThatThrownBy(() -> limiter.blockUntil(T0, CjErrorCategory.RATE_LIMIT, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blockReleasesThreadsAlreadyWaiting() throws Exception {
        AccountRateLimiter limiter = new AccountRateLimiter("cj-block", 0.1, Duration.ofSeconds(30), Ticker.system());
        limiter.acquire();
        List<CjErrorCategory> outcomes = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> {
                try {
                    limiter.acquire();
                } catch (CjApiException e) {
                    outcomes.add(e.getCategory());
                }
            });
            t.start();
            threads.add(t);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> limiter.stats().queueLength() == 2);

        long start = System.nanoTime();
        limiter.blockUntil(Instant.now().plus(Duration.ofHours(1)), CjErrorCategory.DAILY_LIMIT,
                "daily request limit reached");
        for (Thread t : threads) {
            t.join(5_000);
        }

        assertThat(outcomes).containsExactly(CjErrorCategory.DAILY_LIMIT, CjErrorCategory.DAILY_LIMIT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void rateCanBeFractional() {
        AccountRateLimiter tenPerSecond = new AccountRateLimiter("cj-ten", 10, Duration.ofSeconds(60), fake);
        tenPerSecond.acquire();
        tenPerSecond.acquire();
        assertThat(fake.elapsed()).isEqualTo(Duration.ofMillis(100));

        AccountRateLimiter limiter = new AccountRateLimiter("cj-half", 0.5, Duration.ofSeconds(60), fake);
        limiter.acquire();
        limiter.acquire();
        limiter.acquire();
        assertThat(fake.elapsed()).isEqualTo(Duration.ofMillis(4100));
        assertThat(limiter.rate()).isEqualTo(0.5);
        assertThat(limiter.stats().totalWait()).isEqualTo(Duration.ofMillis(4000));
        assertThat(limiter.stats().averageWait()).isEqualTo(Duration.ofSeconds(4).dividedBy(3));
    }

    @Test
    void interruptedWaiterLeavesTheQueueAndKeepsItsInterruptFlag() throws Exception {
        AccountRateLimiter limiter = new AccountRateLimiter("cj-int", 0.1, Duration.ofSeconds(30), Ticker.system());
        limiter.acquire();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                limiter.acquire();
            } catch (CjApiException e) {
                failure.set(e);
                flag.set(Thread.currentThread().isInterrupted());
            }
        });
        t.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> limiter.stats().queueLength() == 1);

        t.interrupt();
        t.join(5_000);

        assertThat(failure.get()).isInstanceOf(CjApiException.class).hasMessageContaining("interrupted");
        assertThat(flag.get()).isTrue();
        assertThat(limiter.stats().queueLength()).isZero();
    }

    @Test
    void refusesBadSettings() {
        assertThatThrownBy(() -> new AccountRateLimiter("cj-bad", 0, Duration.ofSeconds(1), fake))
                .hasMessageContaining("permitsPerSecond");
        assertThatThrownBy(() -> new AccountRateLimiter("cj-bad", -2, Duration.ofSeconds(1), fake))
                .hasMessageContaining("permitsPerSecond");
        assertThatThrownBy(() -> new AccountRateLimiter("cj-bad", Double.NaN, Duration.ofSeconds(1), fake))
                .hasMessageContaining("permitsPerSecond");
        assertThatThrownBy(() -> new AccountRateLimiter("cj-bad", Double.POSITIVE_INFINITY, Duration.ofSeconds(1), fake))
                .hasMessageContaining("permitsPerSecond");
        assertThatThrownBy(() -> new AccountRateLimiter("cj-bad", 1, Duration.ofSeconds(-1), fake))
                .hasMessageContaining("maxWait");
        AccountRateLimiter limiter = new AccountRateLimiter("cj-bad", 1, Duration.ofSeconds(1), fake);
        assertThatThrownBy(() -> limiter.backOff(Duration.ofSeconds(-1))).hasMessageContaining("pause");
    }
}
