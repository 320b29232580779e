package io.camelcj.component.cj.throttle;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The pause after a 1600200 "Too Many Requests": exponential from {@code base}, capped at {@code max},
 * plus a random extra of up to {@code jitterFraction} of it, so that several processes sharing one
 * account do not all come back in the same second and trip the limit again.
 */
public final class JitteredBackoff {

    private final Duration base;
    private final Duration max;
    private final double jitterFraction;
    private final DoubleSupplier random;

    /** One second doubling up to 30 s, plus up to 50 %: CJ's per-second limit counts whole seconds. */
    public static JitteredBackoff forRateLimit() {
        return new JitteredBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.5,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * @param random uniform values in [0, 1); tests pass a constant
     */
    public JitteredBackoff(Duration base, Duration max, double jitterFraction, DoubleSupplier random) {
        this.base = Objects.requireNonNull(base, "base");
        this.max = Objects.requireNonNull(max, "max");
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("base must be positive, was " + base);
        }
        if (max.compareTo(base) < 0) {
            throw new IllegalArgumentException("max must not be below base, was " + max);
        }
        if (!(jitterFraction >= 0 && jitterFraction <= 1)) {
            throw new IllegalArgumentException("jitterFraction must be within [0, 1], was " + jitterFraction);
        }
        this.jitterFraction = jitterFraction;
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * The pause before retry number {@code attempt} (1 = first retry): base * 2^(attempt-1), at most
     * {@code max}, plus jitter.
     */
    public Duration delay(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be >= 1, was " + attempt);
        }
        long baseMillis = base.toMillis();
        int doublings = Math.min(attempt - 1, 30);
        long exponential = Math.min(max.toMillis(), baseMillis << doublings);
        long jitter = (long) (exponential * jitterFraction * random.getAsDouble());
        return Duration.ofMillis(exponential + jitter);
    }
}
