package io.camelcj.component.cj.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;

/** Time that only moves when told to, or when a single-threaded caller "waits" (the wait is skipped). */
final class FakeTicker implements Ticker {

    private final Instant epoch;
    private final AtomicLong nanos = new AtomicLong();

    FakeTicker(Instant epoch) {
        this.epoch = epoch;
    }

    void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    Duration elapsed() {
        return Duration.ofNanos(nanos.get());
    }

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public Instant now() {
        return epoch.plusNanos(nanos.get());
    }

    @Override
    public long awaitNanos(Condition condition, long waitNanos) {
        nanos.addAndGet(waitNanos);
        return 0;
    }
}
