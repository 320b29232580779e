package io.camelcj.component.cj.auth;

/** The health of an account's tokens, as seen by {@link TokenManager#state()}. */
public enum TokenStatus {
    /** No tokens yet (none stored, or logged out); the next call obtains them. */
    NONE,
    /** The access token is valid and not yet due for refresh. */
    VALID,
    /** The access token is within the refresh-ahead window; the next call refreshes it. */
    EXPIRING,
    /** The access token has expired; the next call renews it. */
    EXPIRED,
    /** The last renewal failed, but the access token is still valid, so calls go on; retried later. */
    REFRESH_FAILED,
    /** The last renewal failed and there is no valid access token: calls fail until renewal succeeds. */
    FAILED;

    /** Whether calls can currently be authenticated (or will be on the next attempt). */
    public boolean isHealthy() {
        return this != FAILED;
    }
}
