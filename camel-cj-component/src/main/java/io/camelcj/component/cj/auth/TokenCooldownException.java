package io.camelcj.component.cj.auth;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;

import java.time.Instant;

/**
 * New tokens are needed, but getAccessToken was called for this account less than the cool-down ago
 * (CJ: once per 5 minutes per key; calling it anyway only extends the lock-out). Thrown without calling
 * CJ; not retryable before {@link #getNextAttemptAt()}.
 */
public class TokenCooldownException extends CjApiException {

    private final String accountId;
    private final Instant lastRequestAt;
    private final Instant nextAttemptAt;

    public TokenCooldownException(String accountId, Instant lastRequestAt, Instant nextAttemptAt) {
        super("authentication/getAccessToken", 0, null,
                "new tokens are needed for CJ account " + accountId + ", but getAccessToken was already called at "
                        + lastRequestAt + " and may be called again only from " + nextAttemptAt
                        + " (CJ's limit per API key); not calling it now",
                null, CjErrorCategory.AUTHENTICATION, false, null, null);
        this.accountId = accountId;
        this.lastRequestAt = lastRequestAt;
        this.nextAttemptAt = nextAttemptAt;
    }

    public String getAccountId() {
        return accountId;
    }

    public Instant getLastRequestAt() {
        return lastRequestAt;
    }

    /** The earliest instant at which getAccessToken will be tried again. */
    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}
