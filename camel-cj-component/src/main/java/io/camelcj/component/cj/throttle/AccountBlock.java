package io.camelcj.component.cj.throttle;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * An account-wide block until a reset instant (daily limit, points, a quota for every URL): while it lasts every
 * permit is refused at once. Not thread-safe: the {@link AccountRateLimiter} calls it under its lock.
 */
final class AccountBlock {

    private static final Logger LOG = LoggerFactory.getLogger(AccountBlock.class);

    private final String accountId;
    private Instant until;
    private CjErrorCategory category;
    private String reason;

    AccountBlock(String accountId) {
        this.accountId = accountId;
    }

    /** Blocks until {@code resetAt} unless a later block is already in place; returns whether it changed. */
    boolean extend(Instant resetAt, CjErrorCategory category, String reason) {
        if (until != null && !resetAt.isAfter(until)) {
            return false;
        }
        this.until = resetAt;
        this.category = category;
        this.reason = reason == null || reason.isBlank() ? category.name().toLowerCase(Locale.ROOT) : reason;
        LOG.warn("CJ account {} blocked until {}: {}", accountId, resetAt, this.reason);
        return true;
    }

    /**
     * Lifts a block whose reset has passed.
     *
     * @throws CjApiException of the block's category, with its reset instant, while it lasts
     */
    void failIfBlocked(Instant now) {
        if (until == null) {
            return;
        }
        if (now.isBefore(until)) {
            throw new CjApiException(null, 0, null, "CJ account " + accountId + " is blocked: " + reason
                    + "; requests resume at " + until, null, category, false, until, null);
        }
        LOG.info("CJ account {} unblocked: {} reset at {}", accountId, reason, until);
        until = null;
        category = null;
        reason = null;
    }

    Optional<Instant> until(Instant now) {
        return until != null && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }
}
