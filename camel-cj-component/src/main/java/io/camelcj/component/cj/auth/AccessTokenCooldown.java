package io.camelcj.component.cj.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * CJ allows getAccessToken once per 5 minutes per API key, and calling it anyway only extends the
 * lock-out. Remembers the last call, in the {@link CjTokenStore} (so that a restart honours it) and in
 * memory (in case the store keeps none or cannot be read).
 */
final class AccessTokenCooldown {

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenCooldown.class);

    private final String accountId;
    private final CjTokenStore store;
    private final Clock clock;
    private final Duration cooldown;
    /** This process's own record of its last getAccessToken call. */
    private volatile Instant lastRequest;
    /** A claim withdrawn after a transient failure: the store may still hold it (stores only move forward). */
    private volatile Instant withdrawn;

    AccessTokenCooldown(String accountId, CjTokenStore store, Clock clock, Duration cooldown) {
        this.accountId = accountId;
        this.store = store;
        this.clock = clock;
        this.cooldown = nonNegative(cooldown, "getAccessTokenCooldown");
    }

    /** The token manager's time options must not be negative (shared by its refreshAhead). */
    static Duration nonNegative(Duration value, String name) {
        java.util.Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }

    /**
     * Records a getAccessToken call about to be made, before it is made (a failed call counts against
     * CJ's limit too).
     *
     * @return the call recorded before this one, null when there was none (for {@link #withdraw})
     * @throws TokenCooldownException when the last call is less than the cool-down ago
     */
    Instant claim(Instant now) {
        Instant last = lastRequest(now);
        if (last != null && now.isBefore(last.plus(cooldown))) {
            throw new TokenCooldownException(accountId, last, last.plus(cooldown));
        }
        lastRequest = now;
        try {
            store.recordAccessTokenRequest(accountId, now);
        } catch (RuntimeException e) {
            LOG.warn("CJ account {}: could not record the getAccessToken time in the store: {}", accountId, e.toString());
        }
        return last;
    }

    /**
     * Takes back the claim made at {@code claimedAt} after the call failed transiently (5xx, reset, time-out): CJ
     * issued no token, so this process does not hold it against itself (src/docs/tokens-and-throttling.md). The
     * store keeps the record (a shared store only moves forward), so other processes still wait for the cool-down
     * or adopt the tokens this one obtains.
     */
    void withdraw(Instant claimedAt, Instant previous) {
        withdrawn = claimedAt;
        lastRequest = previous;
    }

    /** When getAccessToken may be called again, null when it may be called now (for health output). */
    Instant nextAllowedAt() {
        Instant last = lastRequest(clock.instant());
        return last == null ? null : last.plus(cooldown);
    }

    /** The later of the stored and the in-memory record of the last call, null when there is none. */
    private Instant lastRequest(Instant now) {
        Instant stored = null;
        try {
            stored = store.lastAccessTokenRequest(accountId).orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("CJ account {}: could not read the last getAccessToken time: {}", accountId, e.toString());
        }
        if (stored != null && stored.equals(withdrawn)) {
            stored = null; // this process's own withdrawn claim; lastRequest holds the call before it
        }
        if (stored != null && stored.isAfter(now.plus(cooldown))) {
            // a record from the future (clock set back): honouring it could lock the account out for long
            LOG.warn("CJ account {}: ignoring a getAccessToken time in the future ({})", accountId, stored);
            stored = null;
        }
        Instant own = lastRequest;
        if (own == null) {
            return stored;
        }
        return stored == null || own.isAfter(stored) ? own : stored;
    }
}
