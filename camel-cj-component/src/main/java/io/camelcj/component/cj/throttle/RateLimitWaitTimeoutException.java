package io.camelcj.component.cj.throttle;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;

import java.time.Duration;

/**
 * No request permit came within the limiter's {@code maxWait}: the account's queue is longer than its
 * rate can serve. Not retryable as such (retrying would only queue again); slow the callers down,
 * raise {@code maxPermitWait}, or raise the account's QPS if CJ allows it.
 */
public class RateLimitWaitTimeoutException extends CjApiException {

    private final String accountId;
    private final int queueLength;
    private final double permitsPerSecond;
    private final Duration maxWait;

    public RateLimitWaitTimeoutException(String accountId, int queueLength, double permitsPerSecond, Duration maxWait) {
        super(null, 0, null, describe(accountId, queueLength, permitsPerSecond, maxWait), null,
                CjErrorCategory.RATE_LIMIT, false, null, null);
        this.accountId = accountId;
        this.queueLength = queueLength;
        this.permitsPerSecond = permitsPerSecond;
        this.maxWait = maxWait;
    }

    private static String describe(String accountId, int queueLength, double permitsPerSecond, Duration maxWait) {
        return String.format(java.util.Locale.ROOT,
                "no request permit for CJ account %s within %d ms: %d request(s) were queued at %s permits/second",
                accountId, maxWait.toMillis(), queueLength, permitsPerSecond);
    }

    /** The account id ({@code CjAccountId}), never the API key. */
    public String getAccountId() {
        return accountId;
    }

    /** Requests waiting in the account's queue (this one included) when the wait gave up. */
    public int getQueueLength() {
        return queueLength;
    }

    public double getPermitsPerSecond() {
        return permitsPerSecond;
    }

    public Duration getMaxWait() {
        return maxWait;
    }
}
