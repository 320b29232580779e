package io.camelcj.component.cj.client;

import io.camelcj.component.cj.auth.CjTokenStore;
import io.camelcj.component.cj.http.HttpSettings;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything that defines one CJ account connection. Endpoints with the same API key and base URL
 * share one {@link CjAccount} built from the first such settings.
 *
 * @param apiKey                 the API key (secret; never printed)
 * @param http                   base URL, time-outs, proxy
 * @param qps                    requests per second allowed for the account
 * @param rateLimitMargin        extra spacing that absorbs network jitter, see {@link #effectiveQps()}
 * @param maxPermitWait          longest wait for a request permit before failing
 * @param tokenStore             where tokens are kept between calls and restarts
 * @param getAccessTokenCooldown minimum spacing of getAccessToken calls (CJ: once per 5 minutes)
 * @param tokenRefreshAhead      refresh the access token this long before it expires
 * @param clock                  time source for token expiry (tests pass the simulator's clock)
 */
public record AccountSettings(String apiKey, HttpSettings http, double qps, Duration rateLimitMargin,
                              Duration maxPermitWait,
                              CjTokenStore tokenStore, Duration getAccessTokenCooldown, Duration tokenRefreshAhead,
                              Clock clock) {

    public AccountSettings {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must be set (component or endpoint option 'apiKey')");
        }
        Objects.requireNonNull(http, "http");
        if (!(qps > 0)) {
            throw new IllegalArgumentException("qps must be positive, was " + qps);
        }
        if (rateLimitMargin == null || rateLimitMargin.isNegative()) {
            throw new IllegalArgumentException("rateLimitMargin must not be negative");
        }
        Objects.requireNonNull(maxPermitWait, "maxPermitWait");
        Objects.requireNonNull(tokenStore, "tokenStore");
        Objects.requireNonNull(getAccessTokenCooldown, "getAccessTokenCooldown");
        Objects.requireNonNull(tokenRefreshAhead, "tokenRefreshAhead");
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * The rate the client actually sends at. CJ counts in a window on its side: with n = floor(qps) calls
     * allowed per n/qps seconds, calls k and k+n must arrive at least that window apart. Spacing them
     * {@code margin} further apart (margin/n per call) lets arrival times wobble by up to the margin
     * without a 1600200.
     */
    public double effectiveQps() {
        double n = Math.max(1, Math.floor(qps));
        double interval = 1.0 / qps + rateLimitMargin.toNanos() / 1e9 / n;
        return 1.0 / interval;
    }

    @Override
    public String toString() {
        return "AccountSettings[baseUrl=" + http.baseUrl() + ", qps=" + qps + "]";
    }
}
