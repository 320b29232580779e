package io.camelcj.component.cj.throttle;

import io.camelcj.component.cj.CjErrorCategory;

import java.time.Duration;
import java.time.Instant;

/**
 * A request budget shared beyond this {@link AccountRateLimiter}: the account's QPS spent by several processes
 * (cluster mode), a per-IP limit spent by several accounts, an account-wide block seen by every node. Bind one
 * implementation in the Camel registry and every account of the context uses it; without one nothing changes.
 * <p>
 * The limiter calls {@link #acquire} after it has granted its own (local, first-come first-served) permit, and
 * reports what it learns from CJ ({@link #block}, {@link #backOff}) so that the other sharers learn it too.
 * Implementations must be thread-safe and must not log secrets (they only ever see account ids).
 */
public interface SharedRateBudget {

    /**
     * Waits until the account may send one more request within the shared budget.
     *
     * @param accountId        the {@code CjAccountId}, never the API key
     * @param permitsPerSecond the rate to space the account's requests at (every sharer must configure the same)
     * @param window           how CJ counts the account's allowed rate ({@link CjRateWindow#of}): the most requests
     *                         any window of its length may see arrive, whichever sharer sent them late
     * @param maxWait          how long it may wait
     * @throws RateLimitWaitTimeoutException          when no permit came within {@code maxWait}
     * @throws io.camelcj.component.cj.CjApiException DAILY_LIMIT or POINTS_EXHAUSTED (with the reset instant) while
     *                                                a sharer has recorded a {@link #block}
     */
    void acquire(String accountId, double permitsPerSecond, CjRateWindow window, Duration maxWait);

    /** Records an account-wide block (daily limit, points) so that every sharer stops until {@code resetAt}. */
    void block(String accountId, Instant resetAt, CjErrorCategory category, String reason);

    /** Pauses the account for every sharer (after a 1600200 per-second answer). */
    void backOff(String accountId, Duration pause);

    /**
     * The request this thread last took a permit for has been answered (or has failed) now. The time from the
     * permit to the answer tells how late the request may really have left (a pause between the permit and the
     * send); a budget that keeps send times can correct them. Nothing by default.
     *
     * @param operation the operation's path (answer times differ by operation)
     */
    default void answered(String accountId, String operation) {
    }
}
