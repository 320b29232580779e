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
 * @param qps                    requests per second allowed for the account; null: learnt from {@code setting/get}
 *                               ({@code qpsLimit}, at most {@link #HIGHEST_TIER_QPS}), {@link #FALLBACK_QPS} until then
 * @param rateLimitMargin        absolute spacing added per CJ rate window, on top of the pacing's relative safety
 *                               (clock skew between cluster nodes); zero for none
 * @param maxPermitWait          longest wait for a request permit before failing
 * @param tokenStore             where tokens are kept between calls and restarts
 * @param getAccessTokenCooldown minimum spacing of getAccessToken calls (CJ: once per 5 minutes)
 * @param tokenRefreshAhead      refresh the access token this long before it expires
 * @param clock                  time source for token expiry (tests pass the simulator's clock)
 */
public record AccountSettings(String apiKey, HttpSettings http, Double qps, Duration rateLimitMargin,
                              Duration maxPermitWait,
                              CjTokenStore tokenStore, Duration getAccessTokenCooldown, Duration tokenRefreshAhead,
                              Clock clock) {

    /** The reference's highest tier (Advanced: 6 requests/second); a larger {@code qpsLimit} is not trusted. */
    public static final double HIGHEST_TIER_QPS = 6;
    /** The reference's lowest tier: the rate used while the account's own is unknown. */
    public static final double FALLBACK_QPS = 1;

    public AccountSettings {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must be set (component or endpoint option 'apiKey')");
        }
        Objects.requireNonNull(http, "http");
        if (qps != null && !(qps > 0)) {
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

    /** Whether {@code qps} was given; otherwise the account's rate is learnt from {@code setting/get}. */
    public boolean qpsGiven() {
        return qps != null;
    }

    /** The rate to start pacing at: the given {@code qps}, or {@link #FALLBACK_QPS} until setting/get tells. */
    public double initialQps() {
        return qps != null ? qps : FALLBACK_QPS;
    }

    @Override
    public String toString() {
        return "AccountSettings[baseUrl=" + http.baseUrl() + ", qps=" + (qps != null ? qps : "from setting/get") + "]";
    }
}
