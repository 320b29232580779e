package io.camelcj.component.cj.throttle;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * At most {@code maxPermits} in any sliding {@code window}: for CJ's strict auth-operation limits
 * (refreshAccessToken: 5 per minute). It never waits; the caller asks and, when refused, learns how long
 * until the next permit, so that a burst of renewals fails loudly instead of hammering CJ.
 */
public final class WindowRateLimiter {

    private final int maxPermits;
    private final long windowNanos;
    private final Ticker ticker;
    /** Grant times inside the current window, oldest first. */
    private final ArrayDeque<Long> grants = new ArrayDeque<>();

    public WindowRateLimiter(int maxPermits, Duration window, Ticker ticker) {
        if (maxPermits < 1) {
            throw new IllegalArgumentException("maxPermits must be >= 1, was " + maxPermits);
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        this.maxPermits = maxPermits;
        this.windowNanos = window.toNanos();
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    /** Takes a permit if the window has room; false (and nothing taken) otherwise. */
    public synchronized boolean tryAcquire() {
        long now = ticker.nanoTime();
        forgetExpired(now);
        if (grants.size() >= maxPermits) {
            return false;
        }
        grants.addLast(now);
        return true;
    }

    /** How long until {@link #tryAcquire()} can succeed; zero when it can now. */
    public synchronized Duration timeUntilNextPermit() {
        long now = ticker.nanoTime();
        forgetExpired(now);
        if (grants.size() < maxPermits) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(grants.peekFirst() + windowNanos - now);
    }

    private void forgetExpired(long now) {
        while (!grants.isEmpty() && now - grants.peekFirst() >= windowNanos) {
            grants.removeFirst();
        }
    }
}
