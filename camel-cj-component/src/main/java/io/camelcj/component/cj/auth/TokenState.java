package io.camelcj.component.cj.auth;

import io.camelcj.component.cj.CjErrorCategory;

import java.time.Instant;

/**
 * A secret-free snapshot of an account's token situation, for health checks and metrics. Any field
 * but {@code accountId} and {@code status} may be null when not known or not applicable.
 *
 * @param accountId                  the {@link CjAccountId}
 * @param status                     see {@link TokenStatus}
 * @param accessTokenExpiry          when the current access token expires
 * @param refreshTokenExpiry         when the current refresh token expires
 * @param obtainedAt                 when the current tokens were issued
 * @param lastRenewalAt              when this manager last refreshed or obtained tokens
 * @param lastErrorCategory          category of the last renewal failure (null if it was not a CjApiException)
 * @param lastErrorCode              CJ code of the last renewal failure
 * @param lastErrorAt                when the last renewal failed
 * @param nextAccessTokenRequestAt   the earliest time getAccessToken may be called again (cool-down)
 */
public record TokenState(String accountId, TokenStatus status, Instant accessTokenExpiry, Instant refreshTokenExpiry,
                         Instant obtainedAt, Instant lastRenewalAt, CjErrorCategory lastErrorCategory,
                         Integer lastErrorCode, Instant lastErrorAt, Instant nextAccessTokenRequestAt) {

    public boolean isHealthy() {
        return status.isHealthy();
    }
}
