package io.camelcj.component.cj.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where an account's tokens live between calls, restarts and (with a shared implementation) processes.
 * Keys are {@link CjAccountId account ids}, never API keys. Implementations must be thread-safe and must
 * store tokens whole (~560 characters; use a TEXT column, not VARCHAR(255)).
 * <p>
 * Shipped: {@link InMemoryTokenStore} (default, one JVM) and {@link FileTokenStore} (survives restarts).
 * See {@code src/docs/tokens-and-throttling.md} for plugging a database or a Kafka compacted topic.
 */
public interface CjTokenStore {

    Optional<CjTokens> load(String accountId);

    void save(String accountId, CjTokens tokens);

    /** Forgets the tokens (after logout). The last getAccessToken time must survive this. */
    void delete(String accountId);

    /**
     * When getAccessToken was last called for the account (successful or not), so that its cool-down
     * holds across restarts and processes. The default remembers nothing: a store that does not override
     * this and {@link #recordAccessTokenRequest} protects only within one {@link TokenManager}'s life.
     */
    default Optional<Instant> lastAccessTokenRequest(String accountId) {
        return Optional.empty();
    }

    /** Records a getAccessToken call, made just before it is sent. */
    default void recordAccessTokenRequest(String accountId, Instant at) {
    }

    /**
     * Runs one token renewal of the account so that no other process renews the same account at the
     * same time (a row lock, an advisory lock, a lease...). {@link TokenManager} already allows only one
     * renewal per account inside a JVM and reloads the store inside this call, so a process that waited
     * here adopts the tokens the other one saved instead of calling CJ again. The default adds no
     * cross-process lock.
     */
    default <T> T underRenewalLock(String accountId, Supplier<T> renewal) {
        return renewal.get();
    }
}
