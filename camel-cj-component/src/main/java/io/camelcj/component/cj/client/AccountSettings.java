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
 * @param maxPermitWait          longest wait for a request permit before failing
 * @param tokenStore             where tokens are kept between calls and restarts
 * @param getAccessTokenCooldown minimum spacing of getAccessToken calls (CJ: once per 5 minutes)
 * @param tokenRefreshAhead      refresh the access token this long before it expires
 * @param clock                  time source for token expiry (tests pass the simulator's clock)
 */
public record AccountSettings(String apiKey, HttpSettings http, double qps, Duration maxPermitWait,
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
        Objects.requireNonNull(maxPermitWait, "maxPermitWait");
        Objects.requireNonNull(tokenStore, "tokenStore");
        Objects.requireNonNull(getAccessTokenCooldown, "getAccessTokenCooldown");
        Objects.requireNonNull(tokenRefreshAhead, "tokenRefreshAhead");
        Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String toString() {
        return "AccountSettings[baseUrl=" + http.baseUrl() + ", qps=" + qps + "]";
    }
}
