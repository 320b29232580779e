package io.camelcj.component.cj.auth;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.component.cj.envelope.CjErrorCodes;
import io.camelcj.component.cj.throttle.Ticker;
import io.camelcj.component.cj.throttle.WindowRateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Owns the tokens of one CJ account (one per API key, shared by every endpoint of that account).
 * <ul>
 * <li>Tokens come from the {@link CjTokenStore} first; getAccessToken is called only when there are none
 * or the refresh token is dead (1600003 or past its expiry), and never twice within the cool-down, even
 * across restarts (the store records the last call).</li>
 * <li>The access token is refreshed {@code refreshAhead} before its expiry (taken from CJ's answer,
 * never assumed). If that early renewal fails (a refresh error, or getAccessToken still in its
 * cool-down), the still-valid token keeps being used and the renewal is retried a minute later.
 * refreshAccessToken is held to CJ's 5 calls per minute.</li>
 * <li>Renewals are single-flight: however many threads need a new token, one call is made and they all
 * get its outcome. Across processes the store can serialise renewals
 * ({@link CjTokenStore#underRenewalLock}); the renewal reloads the store first and adopts tokens another
 * process saved.</li>
 * </ul>
 * No token or API key is ever logged or put in a message.
 */
public final class TokenManager {

    /** CJ's limit on refreshAccessToken (reference, "Base Frequency"): 5 per minute. */
    static final int REFRESH_CALLS_PER_WINDOW = 5;
    static final Duration REFRESH_WINDOW = Duration.ofMinutes(1);
    /** After a failed early renewal (the access token still works) wait this long before trying again. */
    static final Duration REFRESH_RETRY_PAUSE = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);
    private static final String REFRESH_OPERATION = CjOperation.REFRESH_ACCESS_TOKEN.path();

    private final String apiKey;
    private final String accountId;
    private final TokenApi api;
    private final CjTokenStore store;
    private final Clock clock;
    private final Duration refreshAhead;
    private final AccessTokenCooldown accessTokenCooldown;
    private final WindowRateLimiter refreshLimiter;

    private final Object lock = new Object();
    private volatile CjTokens current;
    /** Set after a failed early renewal: until then the valid token is used as it is. */
    private volatile Instant nextRefreshAttempt;
    private volatile Instant lastRenewalAt;
    private volatile boolean failing;
    private volatile Failure lastFailure;
    private final AtomicLong refreshes = new AtomicLong();
    private final AtomicLong obtains = new AtomicLong();
    // guarded by lock
    private boolean loaded;
    private SingleFlight inFlight;

    /**
     * @param refreshAhead           renew this long before the access token expires (option tokenRefreshAhead)
     * @param getAccessTokenCooldown minimum spacing of getAccessToken calls (option getAccessTokenCooldown)
     */
    public TokenManager(String apiKey, TokenApi api, CjTokenStore store, Clock clock,
                        Duration refreshAhead, Duration getAccessTokenCooldown) {
        this.accountId = CjAccountId.of(apiKey);
        this.apiKey = apiKey;
        this.api = Objects.requireNonNull(api, "api");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshAhead = AccessTokenCooldown.nonNegative(refreshAhead, "refreshAhead");
        this.accessTokenCooldown = new AccessTokenCooldown(accountId, store, clock, getAccessTokenCooldown);
        this.refreshLimiter = new WindowRateLimiter(REFRESH_CALLS_PER_WINDOW, REFRESH_WINDOW, Ticker.of(clock));
    }

    public String accountId() {
        return accountId;
    }

    /**
     * A valid access token, refreshing or obtaining one first when needed (single-flight).
     *
     * @throws CjApiException when no valid token can be had; {@link TokenCooldownException} when only
     *                        getAccessToken could help and its cool-down has not passed
     */
    public String accessToken() {
        CjTokens t = current;
        if (t != null && isFresh(t, clock.instant())) {
            return t.accessToken();
        }
        return renew(null).accessToken();
    }

    /**
     * After CJ answered 1600001 to a call made with {@code rejectedAccessToken}: returns the token to
     * replay with. If another thread has already renewed, that token is returned without a call;
     * otherwise the refresh token is used once (getAccessToken if it is dead).
     */
    public String renewAfterRejection(String rejectedAccessToken) {
        Objects.requireNonNull(rejectedAccessToken, "rejectedAccessToken");
        CjTokens t = current;
        if (t != null && isReplacementFor(t, rejectedAccessToken, clock.instant())) {
            return t.accessToken();
        }
        return renew(rejectedAccessToken).accessToken();
    }

    /**
     * Logs the account out at CJ (both tokens stop working) and forgets them locally. New tokens will
     * need getAccessToken, subject to its cool-down. An access token CJ already rejects counts as logged out.
     */
    public void logout() {
        synchronized (lock) {
            loadOnce();
            CjTokens t = current;
            if (t == null) {
                return;
            }
            if (t.isAccessTokenValidAt(clock.instant())) {
                try {
                    api.logout(t.accessToken());
                } catch (CjApiException e) {
                    if (e.getCategory() != CjErrorCategory.AUTHENTICATION) {
                        throw e;
                    }
                    LOG.info("CJ account {}: token already invalid at logout ({})", accountId, e.getCjCode());
                }
            }
            current = null;
            nextRefreshAttempt = null;
            failing = false;
            store.delete(accountId);
            LOG.info("CJ account {} logged out", accountId);
        }
    }

    /** Access tokens renewed with refreshAccessToken by this manager since it was created (for metrics). */
    public long refreshCount() {
        return refreshes.get();
    }

    /** Tokens obtained with getAccessToken (the API key) by this manager since it was created (for metrics). */
    public long obtainCount() {
        return obtains.get();
    }

    /** Status, expiries, last renewal failure and cool-down for health checks; contains no secret. */
    public TokenState state() {
        synchronized (lock) {
            loadOnce();
        }
        CjTokens t = current;
        Instant now = clock.instant();
        Failure f = lastFailure;
        return new TokenState(accountId, status(t, now),
                t == null ? null : t.accessTokenExpiry(), t == null ? null : t.refreshTokenExpiry(),
                t == null ? null : t.obtainedAt(), lastRenewalAt,
                f == null ? null : f.category, f == null ? null : f.code, f == null ? null : f.at,
                accessTokenCooldown.nextAllowedAt());
    }

    private TokenStatus status(CjTokens t, Instant now) {
        if (t == null) {
            return failing ? TokenStatus.FAILED : TokenStatus.NONE;
        }
        if (!t.isAccessTokenValidAt(now)) {
            return failing ? TokenStatus.FAILED : TokenStatus.EXPIRED;
        }
        if (failing) {
            return TokenStatus.REFRESH_FAILED;
        }
        return isRefreshDue(t, now) ? TokenStatus.EXPIRING : TokenStatus.VALID;
    }

    // ---- freshness rules ----

    /** Usable without any call: valid, and either not due for refresh or an early refresh just failed. */
    private boolean isFresh(CjTokens t, Instant now) {
        if (!t.isAccessTokenValidAt(now)) {
            return false;
        }
        Instant retryAt = nextRefreshAttempt;
        return !isRefreshDue(t, now) || (retryAt != null && now.isBefore(retryAt));
    }

    private boolean isReplacementFor(CjTokens t, String rejected, Instant now) {
        return !t.accessToken().equals(rejected) && t.isAccessTokenValidAt(now);
    }

    private boolean satisfies(CjTokens t, String rejected, Instant now) {
        return rejected == null ? isFresh(t, now) : isReplacementFor(t, rejected, now);
    }

    /**
     * Due {@code refreshAhead} before expiry, but never in the first half of the token's life: with short
     * lifetimes (a test server) a one-day margin would otherwise refresh on every call.
     */
    private boolean isRefreshDue(CjTokens t, Instant now) {
        Duration ahead = refreshAhead;
        if (t.obtainedAt() != null) {
            Duration halfLife = Duration.between(t.obtainedAt(), t.accessTokenExpiry()).dividedBy(2);
            if (!halfLife.isNegative() && halfLife.compareTo(ahead) < 0) {
                ahead = halfLife;
            }
        }
        return !now.isBefore(t.accessTokenExpiry().minus(ahead));
    }

    // ---- single flight ----

    private CjTokens renew(String rejected) {
        while (true) {
            SingleFlight flight;
            boolean leader = false;
            synchronized (lock) {
                loadOnce();
                CjTokens t = current;
                if (t != null && satisfies(t, rejected, clock.instant())) {
                    return t;
                }
                if (inFlight == null) {
                    inFlight = new SingleFlight(rejected);
                    leader = true;
                }
                flight = inFlight;
            }
            if (leader) {
                lead(flight);
            }
            CjTokens result = flight.await(accountId);
            // a flight started for expiry may have kept the very token this caller saw rejected: go again
            if (rejected == null || rejected.equals(flight.rejected()) || !result.accessToken().equals(rejected)) {
                return result;
            }
        }
    }

    private void lead(SingleFlight flight) {
        CjTokens result = null;
        CjApiException failure = null;
        Error fatal = null;
        try {
            result = store.underRenewalLock(accountId, () -> renewNow(flight.rejected()));
            if (result == null) {
                throw new IllegalStateException("the token store's underRenewalLock returned no tokens");
            }
        } catch (CjApiException e) {
            failure = e;
        } catch (RuntimeException | Error e) {
            // a token store that fails (lock, I/O, database): a CjApiException like every other call failure
            failure = new CjApiException(REFRESH_OPERATION, 0, null, "token renewal for CJ account " + accountId
                    + " failed in the token store: " + e.getClass().getSimpleName(), null,
                    CjErrorCategory.TRANSIENT, true, null, e);
            fatal = e instanceof Error err ? err : null;
        }
        if (failure != null) {
            recordFailure(failure);
        }
        synchronized (lock) {
            inFlight = null; // cleared before completing, so late callers see the outcome, not the old flight
        }
        if (failure != null) {
            flight.fail(failure);
        } else {
            flight.complete(result);
        }
        if (fatal != null) {
            throw fatal;
        }
    }

    // ---- the renewal itself (leader only) ----

    private CjTokens renewNow(String rejected) {
        Instant now = clock.instant();
        CjTokens stored = loadFromStore();
        if (stored != null && satisfies(stored, rejected, now)) {
            current = stored; // another process renewed already
            LOG.debug("CJ account {}: adopted tokens from the store", accountId);
            return stored;
        }
        CjTokens known = CjTokens.newest(current, stored);
        try {
            if (known != null && known.hasRefreshTokenValidAt(now)) {
                Optional<CjTokens> refreshed = refresh(known, now);
                if (refreshed.isPresent()) {
                    return refreshed.get();
                }
            }
            return obtain(now, known);
        } catch (CjApiException e) {
            if (known == null || !known.isAccessTokenValidAt(now) || known.accessToken().equals(rejected)) {
                throw e;
            }
            // an early renewal failed but the token still works: keep it rather than fail the call
            recordFailure(e);
            nextRefreshAttempt = now.plus(REFRESH_RETRY_PAUSE);
            current = known;
            LOG.warn("CJ account {}: early token renewal failed ({}); the access token stays valid until {}, "
                    + "retrying after {}", accountId, e.getMessage(), known.accessTokenExpiry(), nextRefreshAttempt);
            return known;
        }
    }

    /** Refreshed tokens, or empty when CJ says the refresh token is dead (1600003). */
    private Optional<CjTokens> refresh(CjTokens known, Instant now) {
        if (!refreshLimiter.tryAcquire()) {
            throw new CjApiException(REFRESH_OPERATION, 0, null,
                    "refreshAccessToken for CJ account " + accountId + " is limited to " + REFRESH_CALLS_PER_WINDOW
                            + " calls per minute; next call possible in " + refreshLimiter.timeUntilNextPermit().toMillis() + " ms",
                    null, CjErrorCategory.RATE_LIMIT, false, null, null);
        }
        try {
            CjTokens fresh = api.refreshAccessToken(known.refreshToken());
            CjTokens merged = new CjTokens(fresh.accessToken(), fresh.accessTokenExpiry(),
                    fresh.refreshToken() != null ? fresh.refreshToken() : known.refreshToken(),
                    fresh.refreshToken() != null ? fresh.refreshTokenExpiry() : known.refreshTokenExpiry(),
                    fresh.obtainedAt() != null ? fresh.obtainedAt() : now);
            install(merged, now);
            refreshes.incrementAndGet();
            LOG.info("CJ account {}: access token refreshed, valid until {}", accountId, merged.accessTokenExpiry());
            return Optional.of(merged);
        } catch (CjApiException e) {
            if (!CjErrorCodes.isRefreshTokenDead(e.getCjCode())) {
                throw e;
            }
            recordFailure(e);
            LOG.info("CJ account {}: refresh token rejected (1600003); new tokens needed", accountId);
            return Optional.empty();
        }
    }

    private CjTokens obtain(Instant now, CjTokens known) {
        Instant previous = accessTokenCooldown.claim(now);
        CjTokens fresh;
        try {
            fresh = api.getAccessToken(apiKey);
        } catch (CjApiException e) {
            if (e.getCategory() == CjErrorCategory.TRANSIENT) {
                // no token was issued: the caller's retry loop may try again before the cool-down has passed
                accessTokenCooldown.withdraw(now, previous);
            }
            throw e;
        }
        CjTokens stamped = fresh.obtainedAt() != null ? fresh
                : new CjTokens(fresh.accessToken(), fresh.accessTokenExpiry(), fresh.refreshToken(),
                fresh.refreshTokenExpiry(), now);
        install(stamped, now);
        obtains.incrementAndGet();
        LOG.info("CJ account {}: obtained {} tokens with the API key, access token valid until {}",
                accountId, known == null ? "first" : "new", stamped.accessTokenExpiry());
        return stamped;
    }

    private void install(CjTokens tokens, Instant now) {
        current = tokens;
        nextRefreshAttempt = null;
        lastRenewalAt = now;
        failing = false;
        try {
            store.save(accountId, tokens);
        } catch (RuntimeException e) {
            // the tokens in memory are good (and the old refresh token may be spent): keep going
            LOG.warn("CJ account {}: could not save tokens to the store: {}", accountId, e.toString());
        }
    }

    private void recordFailure(CjApiException e) {
        lastFailure = new Failure(e.getCategory(), e.getCjCode(), clock.instant());
        failing = true;
    }

    private record Failure(CjErrorCategory category, Integer code, Instant at) {
    }

    // ---- store access ----

    /** Called with {@code lock} held. */
    private void loadOnce() {
        if (!loaded) {
            current = CjTokens.newest(current, loadFromStore());
            loaded = true;
        }
    }

    private CjTokens loadFromStore() {
        try {
            return store.load(accountId).orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("CJ account {}: could not read tokens from the store: {}", accountId, e.toString());
            return null;
        }
    }
}
