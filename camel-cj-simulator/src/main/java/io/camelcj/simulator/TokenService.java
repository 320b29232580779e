package io.camelcj.simulator;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Issues, refreshes and checks tokens; enforces the getAccessToken cool-down and the refresh limit. */
final class TokenService {

    static final DateTimeFormatter ISO_CN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final int REFRESH_PER_MINUTE = 5;

    private record Session(AccountState account, String accessToken, Instant accessExpiry, String refreshToken,
                           Instant refreshExpiry, Instant created) {
    }

    private final Map<String, AccountState> accountsByKey;
    private final SimClock clock;
    private final Duration cooldown;
    private final Duration accessTtl;
    private final Duration refreshTtl;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byAccess = new ConcurrentHashMap<>();
    private final Map<String, Session> byRefresh = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastIssued = new ConcurrentHashMap<>();
    private final Map<String, ArrayDeque<Instant>> refreshCalls = new ConcurrentHashMap<>();

    TokenService(Map<String, AccountState> accountsByKey, SimClock clock, Duration cooldown, Duration accessTtl,
                 Duration refreshTtl) {
        this.accountsByKey = accountsByKey;
        this.clock = clock;
        this.cooldown = cooldown;
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
    }

    synchronized Map<String, Object> getAccessToken(String apiKey) {
        AccountState account = accountsByKey.get(apiKey);
        if (account == null) {
            throw new CjError(1600005, "APIkey is wrong, please check and try again");
        }
        Instant now = clock.now();
        Instant last = lastIssued.get(apiKey);
        if (last != null && now.isBefore(last.plus(cooldown))) {
            throw new CjError(1600200, "Too Many Requests, getAccessToken limit is 1 time/" + cooldown.toSeconds()
                    + "second", true, 200, null);
        }
        lastIssued.put(apiKey, now);
        Session s = issue(account, now);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("openId", account.config.openId());
        data.putAll(describe(s));
        return data;
    }

    synchronized Map<String, Object> refresh(String refreshToken) {
        Session old = byRefresh.get(refreshToken);
        Instant now = clock.now();
        if (old == null || !now.isBefore(old.refreshExpiry())) {
            throw new CjError(1600003, "Invalid Refresh token");
        }
        ArrayDeque<Instant> calls = refreshCalls.computeIfAbsent(old.account().config.apiKey(), k -> new ArrayDeque<>());
        while (!calls.isEmpty() && !now.isBefore(calls.peekFirst().plusSeconds(60))) {
            calls.pollFirst();
        }
        if (calls.size() >= REFRESH_PER_MINUTE) {
            throw new CjError(1600200, "Too Many Requests, refreshAccessToken limit is " + REFRESH_PER_MINUTE
                    + " time/60second", true, 200, null);
        }
        calls.addLast(now);
        // the old access token and refresh token stop working
        byRefresh.remove(refreshToken);
        byAccess.remove(old.accessToken());
        return describe(issue(old.account(), now));
    }

    synchronized void logout(String accessToken) {
        Session s = byAccess.remove(accessToken);
        if (s != null) {
            byRefresh.remove(s.refreshToken());
        }
    }

    AccountState authenticate(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new CjError(1600002, "access token cannot be empty");
        }
        Session s = byAccess.get(accessToken.trim());
        if (s == null || !clock.now().isBefore(s.accessExpiry())) {
            throw new CjError(1600001, "Invalid API key or access token");
        }
        return s.account();
    }

    /** All access tokens of the key stop working (refresh tokens stay valid). */
    synchronized void revoke(String apiKey) {
        byAccess.values().removeIf(s -> s.account().config.apiKey().equals(apiKey));
    }

    private Session issue(AccountState account, Instant now) {
        Session s = new Session(account, newToken(account.config.openId(), "ACCESS"), now.plus(accessTtl),
                newToken(account.config.openId(), "REFRESH"), now.plus(refreshTtl), now);
        byAccess.put(s.accessToken(), s);
        byRefresh.put(s.refreshToken(), s);
        return s;
    }

    private static Map<String, Object> describe(Session s) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("accessToken", s.accessToken());
        data.put("accessTokenExpiryDate", ISO_CN.format(s.accessExpiry().atOffset(AccountState.CJ_ZONE)));
        data.put("refreshToken", s.refreshToken());
        data.put("refreshTokenExpiryDate", ISO_CN.format(s.refreshExpiry().atOffset(AccountState.CJ_ZONE)));
        data.put("createDate", ISO_CN.format(s.created().atOffset(AccountState.CJ_ZONE)));
        return data;
    }

    /** JWT-like tokens of about 560 characters, shaped like the newer live ones: {@code API@CJ<n>@CJ:<jwt>}. */
    private String newToken(long openId, String type) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"HS512\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        byte[] nonce = new byte[190];
        random.nextBytes(nonce);
        String payloadJson = "{\"id\":\"" + openId + "\",\"type\":\"" + type + "\",\"sub\":\""
                + b64.encodeToString(nonce) + "\",\"iat\":" + clock.now().getEpochSecond() + "}";
        byte[] sig = new byte[64];
        random.nextBytes(sig);
        return "API@CJ" + openId + "@CJ:" + header + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(sig);
    }
}
