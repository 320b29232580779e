package io.camelcj.component.cj;

import io.camelcj.component.cj.auth.TokenState;
import io.camelcj.component.cj.client.AccountStatus;
import io.camelcj.component.cj.client.CjAccount;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

import java.util.Map;

/**
 * Producer health of one CJ account: DOWN when its tokens cannot authenticate, when it is blocked by a
 * daily limit or exhausted points, or when its latest call failed with an authentication error. Details
 * carry token state, expiry times and the last error; never a key or token.
 */
final class CjAccountHealthCheck implements HealthCheck {

    private final CjAccount account;
    private volatile boolean enabled = true;

    CjAccountHealthCheck(CjAccount account) {
        this.account = account;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return "producer:" + account.accountId(); // the account id already reads cj-<hash>
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        return false; // a CJ outage must not restart the application
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder b = HealthCheckResultBuilder.on(this);
        TokenState tokens = account.tokens().state();
        AccountStatus status = account.status();
        b.detail("cj.account", account.accountId());
        b.detail("cj.baseUrl", account.settings().http().baseUrl());
        b.detail("cj.token.status", tokens.status().name());
        detail(b, "cj.token.accessTokenExpiry", tokens.accessTokenExpiry());
        detail(b, "cj.token.refreshTokenExpiry", tokens.refreshTokenExpiry());
        detail(b, "cj.lastSuccess", status.lastSuccess());
        detail(b, "cj.pointsRemaining", status.pointsRemaining());
        AccountStatus.Failure failure = status.lastFailure();
        if (failure != null) {
            b.detail("cj.lastError.at", failure.at().toString());
            b.detail("cj.lastError.category", failure.category().name());
            detail(b, "cj.lastError.code", failure.cjCode());
            b.detail("cj.lastError.message", failure.message());
        }
        account.limiter().blockedUntil().ifPresent(t -> b.detail("cj.blockedUntil", t.toString()));
        if (!tokens.isHealthy()) {
            return b.message("CJ tokens cannot authenticate (" + tokens.status() + ")").down().build();
        }
        if (account.limiter().blockedUntil().isPresent()) {
            return b.message("CJ account blocked by its daily limit or points budget").down().build();
        }
        if (status.lastCallFailed() && failure.category() == CjErrorCategory.AUTHENTICATION) {
            return b.message("last CJ call failed to authenticate").down().build();
        }
        return b.up().build();
    }

    private static void detail(HealthCheckResultBuilder b, String key, Object value) {
        if (value != null) {
            b.detail(key, value.toString());
        }
    }
}
