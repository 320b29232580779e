package io.camelcj.routes.orders.placement;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Bounded exponential backoff for one order: attempt {@code n} (1-based) waits about
 * {@code initialDelay * 2^(n-1)}, capped at {@code maxDelay}, with up to half of it randomised so that orders held
 * back by the same outage do not all come back in the same second.
 */
public record RetrySchedule(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    public RetrySchedule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay, got " + initialDelay + " and "
                    + maxDelay);
        }
    }

    /** The pause after the failed attempt {@code attempt} (1-based). */
    public Duration delayAfter(int attempt) {
        long base = initialDelay.toMillis();
        long capped = maxDelay.toMillis();
        long millis = base;
        for (int i = 1; i < attempt && millis < capped; i++) {
            millis *= 2;
        }
        millis = Math.min(millis, capped);
        long half = millis / 2;
        return Duration.ofMillis(half + (half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0));
    }
}
