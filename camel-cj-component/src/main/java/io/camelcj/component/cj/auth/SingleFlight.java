package io.camelcj.component.cj.auth;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One token renewal in progress: the thread that started it (the leader) performs it, every other thread
 * that needs new tokens meanwhile waits for the same outcome, so that one call is made however many
 * threads ask.
 */
final class SingleFlight {

    /** The access token this renewal was started to replace; null when started for expiry. */
    private final String rejected;
    private final CompletableFuture<CjTokens> result = new CompletableFuture<>();

    SingleFlight(String rejected) {
        this.rejected = rejected;
    }

    String rejected() {
        return rejected;
    }

    void complete(CjTokens tokens) {
        result.complete(tokens);
    }

    void fail(CjApiException failure) {
        result.completeExceptionally(failure);
    }

    /** The leader's outcome; every waiter rethrows the leader's exception (its category and message are what it needs). */
    CjTokens await(String accountId) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw (CjApiException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CjApiException(null, CjErrorCategory.TRANSIENT,
                    "interrupted while waiting for the access token of CJ account " + accountId);
        }
    }
}
