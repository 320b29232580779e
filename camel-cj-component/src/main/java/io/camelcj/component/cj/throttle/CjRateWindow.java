package io.camelcj.component.cj.throttle;

import java.util.concurrent.TimeUnit;

/**
 * How CJ counts an account's QPS: at most {@code requests} arrivals in any sliding window of {@code nanos}, with
 * {@code requests = floor(qps)} (at least 1) and the window {@code requests / qps} seconds ("limited to N
 * requests/second"; 0.5 means 1 request per 2 s). The simulator counts the same way. Every pacing that must keep to
 * CJ's rule takes it from here.
 *
 * @param requests arrivals allowed per window
 * @param nanos    the window's length
 */
public record CjRateWindow(int requests, long nanos) {

    public CjRateWindow {
        if (requests < 1 || nanos < 1) {
            throw new IllegalArgumentException("a window needs requests >= 1 and a positive length, was "
                    + requests + " per " + nanos + " ns");
        }
    }

    /** The window CJ applies to an account allowed {@code qps} requests per second. */
    public static CjRateWindow of(double qps) {
        if (!(qps > 0) || Double.isInfinite(qps)) {
            throw new IllegalArgumentException("qps must be a positive finite number, was " + qps);
        }
        int requests = Math.max(1, (int) Math.floor(qps));
        return new CjRateWindow(requests, Math.round(requests * TimeUnit.SECONDS.toNanos(1) / qps));
    }
}
