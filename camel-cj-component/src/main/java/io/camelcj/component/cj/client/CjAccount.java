package io.camelcj.component.cj.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.component.cj.auth.CjAccountId;
import io.camelcj.component.cj.auth.TokenState;
import io.camelcj.component.cj.auth.TokenManager;
import io.camelcj.component.cj.envelope.EnvelopeReader;
import io.camelcj.component.cj.http.CjHttpTransport;
import io.camelcj.component.cj.throttle.AccountRateLimiter;
import io.camelcj.component.cj.throttle.Ticker;

import java.time.Clock;

/**
 * One CJ account as seen by this process: its HTTP client, token manager, rate limiter and status.
 * Shared by every endpoint and route using the same API key and base URL.
 */
public final class CjAccount {

    private final String accountId;
    private final AccountSettings settings;
    private final AccountRateLimiter limiter;
    private final TokenManager tokens;
    private final CjApiClient client;
    private final AccountStatus status = new AccountStatus();
    private final AccountSettingCache setting;
    private final AccountQuotas quotas;
    /** Null when {@code qps} was given. */
    private final AccountRateSource rateSource;

    public CjAccount(AccountSettings settings, ObjectMapper mapper) {
        this.settings = settings;
        this.accountId = CjAccountId.of(settings.apiKey());
        Clock clock = settings.clock();
        CjHttpTransport transport = new CjHttpTransport(settings.http());
        EnvelopeReader reader = new EnvelopeReader(mapper, clock);
        this.limiter = new AccountRateLimiter(accountId, settings.initialQps(), AccountRateLimiter.SAFETY,
                settings.rateLimitMargin(), settings.maxPermitWait(), Ticker.system(clock));
        this.setting = new AccountSettingCache(clock);
        this.quotas = new AccountQuotas(setting);
        this.rateSource = settings.qpsGiven() ? null : new AccountRateSource(accountId, setting, limiter, clock);
        RequestSender sender = new RequestSender(transport, reader, limiter);
        RequestFactory requests = new RequestFactory(mapper);
        this.tokens = new TokenManager(settings.apiKey(), new CjAuthApi(sender, requests, clock),
                settings.tokenStore(), clock, settings.tokenRefreshAhead(), settings.getAccessTokenCooldown());
        this.client = new CjApiClient(this, sender, requests);
    }

    /**
     * Performs an authentication operation through the token manager, so that its limits and the token
     * store are respected: getAccessToken makes sure a valid token exists, refreshAccessToken forces a
     * renewal, logout invalidates the tokens. Returns the secret-free token state.
     */
    public TokenState authenticate(CjOperation op) {
        switch (op) {
            case GET_ACCESS_TOKEN:
                tokens.accessToken();
                break;
            case REFRESH_ACCESS_TOKEN:
                tokens.renewAfterRejection(tokens.accessToken());
                break;
            case LOGOUT:
                tokens.logout();
                break;
            default:
                throw new IllegalArgumentException(op.path() + " is not an authentication operation");
        }
        return tokens.state();
    }

    /** The SHA-256-based id ({@link CjAccountId}); safe to log. */
    public String accountId() {
        return accountId;
    }

    public AccountSettings settings() {
        return settings;
    }

    public AccountRateLimiter limiter() {
        return limiter;
    }

    public TokenManager tokens() {
        return tokens;
    }

    public CjApiClient client() {
        return client;
    }

    public AccountStatus status() {
        return status;
    }

    /** Null when the account's rate was given ({@code qps}); else what learns it from setting/get. */
    AccountRateSource rateSource() {
        return rateSource;
    }

    AccountQuotas quotas() {
        return quotas;
    }

    Clock clock() {
        return settings.clock();
    }

    @Override
    public String toString() {
        return "CjAccount[" + accountId + " @ " + settings.http().baseUrl() + "]";
    }
}
