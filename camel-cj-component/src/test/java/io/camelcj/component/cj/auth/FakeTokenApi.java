package io.camelcj.component.cj.auth;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory CJ auth server: issues ~560-character tokens with lifetimes in the answer, counts calls,
 * and fails on demand.
 */
final class FakeTokenApi implements TokenApi {

    static final String API_KEY = "CJ1234567@api@0123456789abcdef0123456789abcdef";

    final AtomicInteger getCalls = new AtomicInteger();
    final AtomicInteger refreshCalls = new AtomicInteger();
    final List<String> loggedOut = new CopyOnWriteArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final Clock clock;

    volatile Duration accessLifetime = Duration.ofDays(15);
    volatile Duration refreshLifetime = Duration.ofDays(180);
    /** Thrown by the next refresh calls when set. */
    volatile CjApiException refreshFailure;
    volatile CjApiException getFailure;
    /** Run inside refreshAccessToken before it answers (e.g. to hold the call while threads pile up). */
    volatile Runnable duringRefresh = () -> { };

    FakeTokenApi(Clock clock) {
        this.clock = clock;
    }

    static CjApiException cjError(int code, CjErrorCategory category) {
        return new CjApiException("authentication/test", 200, code, "fake failure " + code, "req-1", category,
                category.isRetryable(), null, null);
    }

    /** A JWT-like token of 560 characters, unique per call. */
    static String token(String kind, int n) {
        StringBuilder sb = new StringBuilder("API@CJ1234567@CJ:" + kind + n + ".");
        while (sb.length() < 560) {
            sb.append((char) ('a' + (sb.length() * 7 + n) % 26));
        }
        return sb.toString();
    }

    private CjTokens issue() {
        int n = issued.incrementAndGet();
        return new CjTokens(token("access", n), clock.instant().plus(accessLifetime),
                token("refresh", n), clock.instant().plus(refreshLifetime), clock.instant());
    }

    @Override
    public CjTokens getAccessToken(String apiKey) {
        getCalls.incrementAndGet();
        if (!API_KEY.equals(apiKey)) {
            throw cjError(1600005, CjErrorCategory.AUTHENTICATION);
        }
        if (getFailure != null) {
            throw getFailure;
        }
        return issue();
    }

    @Override
    public CjTokens refreshAccessToken(String refreshToken) {
        refreshCalls.incrementAndGet();
        duringRefresh.run();
        if (refreshFailure != null) {
            throw refreshFailure;
        }
        return issue();
    }

    @Override
    public void logout(String accessToken) {
        loggedOut.add(accessToken);
    }
}
