package io.camelcj.routes.orders.placement;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits between tries, returning early once {@code keepGoing} turns false; replaced in tests.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps in slices of at most 100 ms so that a stopping route is not held up by a long backoff. */
    Sleeper THREAD = (duration, keepGoing) -> {
        long until = System.nanoTime() + duration.toNanos();
        long left;
        while (keepGoing.getAsBoolean() && (left = until - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, Math.min(100, left / 1_000_000)));
        }
    };

    void sleep(Duration duration, BooleanSupplier keepGoing) throws InterruptedException;
}
