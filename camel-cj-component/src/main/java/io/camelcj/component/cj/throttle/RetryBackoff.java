package io.camelcj.component.cj.throttle;

import org.apache.camel.util.backoff.BackOff;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The one back-off formula of the component: the pause before retry {@code n} is
 * {@code delay * 2^(n-1)}, at most {@code maxDelay}, plus a random extra of up to {@code jitterFraction}
 * of it, so that several processes sharing one account do not all come back in the same instant and
 * trip the limit again. Delay, cap and multiplier are kept in Camel's {@link BackOff}; Camel computes
 * its delays only inside its scheduled {@code BackOffTimer}, while a CJ call waits in its own thread,
 * so the step is computed here.
 */
public final class RetryBackoff {

    /** CJ's per-second limit counts whole seconds: wait at least one, doubling up to 30 s, plus up to 50 %. */
    public static final Duration RATE_LIMIT_DELAY = Duration.ofSeconds(1);
    public static final Duration RATE_LIMIT_MAX_DELAY = Duration.ofSeconds(30);
    static final double RATE_LIMIT_JITTER = 0.5;
    /** Transient failures: up to 20 % extra, enough to spread retries of parallel calls. */
    static final double TRANSIENT_JITTER = 0.2;
    private static final double MULTIPLIER = 2.0;

    private final BackOff backOff;
    private final double jitterFraction;
    private final DoubleSupplier random;

    /** The pause after a 1600200 "Too Many Requests". */
    public static RetryBackoff forRateLimit() {
        return new RetryBackoff(RATE_LIMIT_DELAY, RATE_LIMIT_MAX_DELAY, RATE_LIMIT_JITTER, uniform());
    }

    /** The pause after a transient failure (I/O, 5xx, 1600000...): the endpoint's retryBackoff/retryBackoffMax. */
    public static RetryBackoff forTransientFailures(Duration delay, Duration maxDelay) {
        return new RetryBackoff(delay, maxDelay, TRANSIENT_JITTER, uniform());
    }

    /**
     * @param delay          the pause before the first retry (zero: retry at once)
     * @param maxDelay       the longest pause, jitter excluded
     * @param jitterFraction within [0, 1]
     * @param random         uniform values in [0, 1); tests pass a constant
     */
    public RetryBackoff(Duration delay, Duration maxDelay, double jitterFraction, DoubleSupplier random) {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }
        if (maxDelay.compareTo(delay) < 0) {
            throw new IllegalArgumentException("maxDelay must not be below delay (" + delay + "), was " + maxDelay);
        }
        if (!(jitterFraction >= 0 && jitterFraction <= 1)) {
            throw new IllegalArgumentException("jitterFraction must be within [0, 1], was " + jitterFraction);
        }
        this.backOff = BackOff.builder().delay(delay).maxDelay(maxDelay).multiplier(MULTIPLIER).build();
        this.jitterFraction = jitterFraction;
        this.random = Objects.requireNonNull(random, "random");
    }

    private static DoubleSupplier uniform() {
        return () -> ThreadLocalRandom.current().nextDouble();
    }

    /** The pause before retry number {@code attempt} (1 = first retry). */
    public Duration delay(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be >= 1, was " + attempt);
        }
        long base = backOff.getDelay().toMillis();
        long max = backOff.getMaxDelay().toMillis();
        double exponential = base * Math.pow(backOff.getMultiplier(), Math.min(attempt - 1, 62));
        long capped = (long) Math.min(max, exponential);
        long jitter = (long) (capped * jitterFraction * random.getAsDouble());
        return Duration.ofMillis(capped + jitter);
    }

    /** The longest pause before jitter. */
    public Duration maxDelay() {
        return backOff.getMaxDelay();
    }

    @Override
    public String toString() {
        return "RetryBackoff[delay=" + backOff.getDelay().toMillis() + " ms, max=" + backOff.getMaxDelay().toMillis()
                + " ms, x" + backOff.getMultiplier() + ", jitter " + Math.round(jitterFraction * 100) + "%]";
    }
}
