package io.camelcj.component.cj.throttle;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * The time source of the limiters: a monotonic nanosecond counter for spacing permits, the wall clock
 * for reset instants, and the way a waiting thread sleeps. Tests pass a fake that moves time forward
 * instead of sleeping.
 */
public interface Ticker {

    /** Monotonic time in nanoseconds; only differences are meaningful. */
    long nanoTime();

    /** The current wall-clock instant (compared with reset instants such as a daily limit's). */
    Instant now();

    /**
     * Waits on {@code condition} (whose lock the caller holds) for at most {@code nanos}, as
     * {@link Condition#awaitNanos(long)} does, and returns an estimate of the time left.
     */
    default long awaitNanos(Condition condition, long nanos) throws InterruptedException {
        return condition.awaitNanos(nanos);
    }

    /** The real clocks: {@link System#nanoTime()} and {@link Instant#now()}. */
    static Ticker system() {
        return system(Clock.systemUTC());
    }

    /**
     * Real monotonic time for spacing permits, and {@code clock} for instants (limit resets), so that a
     * test clock can move reset times without slowing the permits down.
     */
    static Ticker system(Clock clock) {
        return new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public Instant now() {
                return clock.instant();
            }
        };
    }

    /**
     * A ticker that reads both times from {@code clock}, so that code already driven by a
     * {@link Clock} (e.g. the token manager) keeps one notion of time. Waiting still really waits.
     */
    static Ticker of(Clock clock) {
        return new Ticker() {
            @Override
            public long nanoTime() {
                Instant now = clock.instant();
                return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
            }

            @Override
            public Instant now() {
                return clock.instant();
            }
        };
    }
}
