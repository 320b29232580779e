package io.camelcj.component.cj.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Keeps tokens in this JVM only: the default. A restart calls getAccessToken again (cool-down permitting). */
public final class InMemoryTokenStore implements CjTokenStore {

    private final ConcurrentMap<String, CjTokens> tokens = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Instant> accessTokenRequests = new ConcurrentHashMap<>();

    @Override
    public Optional<CjTokens> load(String accountId) {
        return Optional.ofNullable(tokens.get(Objects.requireNonNull(accountId, "accountId")));
    }

    @Override
    public void save(String accountId, CjTokens t) {
        tokens.put(Objects.requireNonNull(accountId, "accountId"), Objects.requireNonNull(t, "tokens"));
    }

    @Override
    public void delete(String accountId) {
        tokens.remove(Objects.requireNonNull(accountId, "accountId"));
    }

    @Override
    public Optional<Instant> lastAccessTokenRequest(String accountId) {
        return Optional.ofNullable(accessTokenRequests.get(Objects.requireNonNull(accountId, "accountId")));
    }

    @Override
    public void recordAccessTokenRequest(String accountId, Instant at) {
        accessTokenRequests.put(Objects.requireNonNull(accountId, "accountId"), Objects.requireNonNull(at, "at"));
    }
}
