package io.camelcj.component.cj.throttle;

import java.time.Duration;

/**
 * A snapshot of an {@link AccountRateLimiter}'s counters, for metrics, health checks and benchmarks.
 *
 * @param permitsGranted    permits handed out since creation
 * @param totalWait         time spent waiting by all granted permits together
 * @param backOffs          calls of {@link AccountRateLimiter#backOff(Duration)} (one per 1600200 seen)
 * @param timeouts          acquires that gave up after {@code maxWait}
 * @param blockedRejections acquires refused at once because the account was blocked (daily limit, points)
 * @param queueLength       threads waiting right now
 * @param permitsPerSecond  the effective rate paced at now (adaptive: below {@code allowedRate} after a 1600200)
 * @param allowedRate       the account's rate as known (explicit {@code qps}, {@code setting/get}, or the limit a
 *                          1600200 message states); pacing never exceeds it
 * @param rateCuts          times the pacing slowed down after a 1600200
 */
public record LimiterStats(long permitsGranted, Duration totalWait, long backOffs, long timeouts,
                           long blockedRejections, int queueLength, double permitsPerSecond, double allowedRate,
                           long rateCuts) {

    /** The effective rate as a share of the allowed rate (1.0: pacing at the full allowed rate). */
    public double rateShare() {
        return permitsPerSecond / allowedRate;
    }

    /** The mean wait of a granted permit, zero when none was granted. */
    public Duration averageWait() {
        return permitsGranted == 0 ? Duration.ZERO : totalWait.dividedBy(permitsGranted);
    }
}
