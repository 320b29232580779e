package io.camelcj.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulator's notion of "now": real time plus an offset that tests can move forward, so token expiry,
 * the getAccessToken cool-down and daily limits can be tested without waiting. Rate limiting per second
 * deliberately uses real time instead (clients measure it with their own real clocks).
 */
public final class SimClock {

    private final AtomicLong offsetMillis = new AtomicLong();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public Instant now() {
        return Instant.now().plusMillis(offsetMillis.get());
    }

    /** Moves simulated time forward (a negative duration moves it back). */
    public void advance(Duration duration) {
        offsetMillis.addAndGet(duration.toMillis());
        listeners.forEach(Runnable::run);
    }

    /** Runs after every jump of simulated time (e.g. to push what became due, like a finished sourcing). */
    void onJump(Runnable listener) {
        listeners.add(listener);
    }

    /** Sets simulated time to {@code instant}; it keeps running from there. */
    public void set(Instant instant) {
        offsetMillis.set(instant.toEpochMilli() - System.currentTimeMillis());
        listeners.forEach(Runnable::run);
    }

    /** A {@link Clock} view, e.g. for a client under test that should share the simulated time. */
    public Clock asClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return now();
            }
        };
    }
}
