package io.camelcj.component.cj.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;

/**
 * Time that only moves when told to. By default a single-threaded caller's "wait" is skipped (time jumps
 * ahead instead); {@link #forThreads} makes a waiting thread really wait a few milliseconds at a time and
 * look at the test-controlled time again, so that several threads can queue while time stands still.
 */
final class FakeTicker implements Ticker {

    private final Instant epoch;
    private final AtomicLong nanos = new AtomicLong();
    private final boolean waitsForTheTest;

    FakeTicker(Instant epoch) {
        this(epoch, false);
    }

    private FakeTicker(Instant epoch, boolean waitsForTheTest) {
        this.epoch = epoch;
        this.waitsForTheTest = waitsForTheTest;
    }

    static FakeTicker forThreads(Instant epoch) {
        return new FakeTicker(epoch, true);
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
    public long awaitNanos(Condition condition, long waitNanos) throws InterruptedException {
        if (waitsForTheTest) {
            condition.await(Math.min(TimeUnit.NANOSECONDS.toMillis(waitNanos) + 1, 5), TimeUnit.MILLISECONDS);
        } else {
            nanos.addAndGet(waitNanos);
        }
        return 0;
    }
}
