package io.camelcj.component.cj.throttle;

/**
 * The rate an {@link AccountRateLimiter} paces at, and how it follows what CJ says: additive increase,
 * multiplicative decrease. It starts at the ceiling, {@code allowedRate × (1 - safety)}; a 1600200 per-second
 * answer cuts it by {@link #DECREASE}; each second without one raises it by {@link #PROBE_STEP} of the ceiling,
 * never above it. Several 1600200 answers of requests that were in flight together count as one cut.
 * <p>
 * Not thread-safe: the limiter calls it under its lock. Times are monotonic nanoseconds.
 */
final class AdaptiveRate {

    /** Factor applied to the rate on a 1600200. */
    static final double DECREASE = 0.8;
    /** Share of the ceiling added per second without a 1600200. */
    static final double PROBE_STEP = 0.02;
    /** The rate never falls below this share of the ceiling (a 1600200 storm must not stop the account). */
    static final double FLOOR = 0.1;

    private final double safety;
    private final double marginSeconds;
    private double allowedRate;
    private double rate;
    private long lastChangeNanos;
    private boolean changed;

    /**
     * @param allowedRate the account's known rate (requests/s): explicit {@code qps}, or {@code setting/get}
     * @param safety      share of the allowed rate left unused against arrival jitter (0 = pace at exactly it)
     * @param margin      absolute spacing added per {@link #burst()} requests ({@code rateLimitMargin}: clock skew
     *                    between nodes), 0 for none
     */
    AdaptiveRate(double allowedRate, double safety, java.time.Duration margin) {
        if (!(safety >= 0 && safety < 1)) {
            throw new IllegalArgumentException("safety must be in [0, 1), was " + safety);
        }
        if (margin.isNegative()) {
            throw new IllegalArgumentException("margin must not be negative, was " + margin);
        }
        this.safety = safety;
        this.marginSeconds = margin.toNanos() / 1e9;
        setAllowedRate(allowedRate);
    }

    /** A new known rate (setting/get, or the limit a 1600200 message states): pacing restarts from its ceiling. */
    void setAllowedRate(double allowedRate) {
        if (!(allowedRate > 0) || Double.isInfinite(allowedRate)) {
            throw new IllegalArgumentException("permitsPerSecond must be a positive finite number, was " + allowedRate);
        }
        this.allowedRate = allowedRate;
        this.rate = ceiling();
        this.changed = false;
    }

    double allowedRate() {
        return allowedRate;
    }

    /**
     * How many requests CJ counts per window ({@link CjRateWindow}).
     */
    int burst() {
        return window().requests();
    }

    /** CJ's window for the allowed rate. */
    CjRateWindow window() {
        return CjRateWindow.of(allowedRate);
    }

    /** The highest rate paced at: the allowed rate less the safety share, and less the margin per window. */
    double ceiling() {
        return withMargin(allowedRate * (1 - safety));
    }

    /**
     * What a shared budget (cluster mode) spaces the account's requests at across nodes: the {@link #ceiling()},
     * safety share and margin included, so that the nodes' arrivals have the same slack against jitter as one
     * process's. It does not follow one node's cuts: a 1600200 slows the node that saw it, below this rate.
     */
    double sharedRate() {
        return ceiling();
    }

    private double withMargin(double rate) {
        return 1 / (1 / rate + marginSeconds / burst());
    }

    /** The rate paced at now; probes up first if a second has passed since the last change. */
    double current(long nowNanos) {
        if (changed && rate < ceiling()) {
            long seconds = (nowNanos - lastChangeNanos) / 1_000_000_000L;
            if (seconds > 0) {
                rate = Math.min(ceiling(), rate + seconds * PROBE_STEP * ceiling());
                lastChangeNanos += seconds * 1_000_000_000L;
            }
        }
        return rate;
    }

    /**
     * CJ refused a request with 1600200: slow down, unless the rate was cut less than one window
     * ({@code windowNanos}) ago (requests in flight then were sent at the old rate).
     *
     * @return true when the rate was cut
     */
    boolean decrease(long nowNanos, long windowNanos) {
        if (changed && nowNanos - lastChangeNanos < windowNanos && rate < ceiling()) {
            return false;
        }
        rate = Math.max(FLOOR * ceiling(), rate * DECREASE);
        lastChangeNanos = nowNanos;
        changed = true;
        return true;
    }
}
