package io.camelcj.component.cj.client;

import java.time.Duration;

/**
 * How often and how patiently one call is repeated.
 *
 * @param maxRetries   retries after transient failures, and separately after 1600200 answers
 * @param retryBackoff first pause before a retry after a transient failure; doubles each time (max 30 s)
 */
public record RetrySettings(int maxRetries, Duration retryBackoff) {

    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    public RetrySettings {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative, was " + maxRetries);
        }
        if (retryBackoff == null || retryBackoff.isNegative()) {
            throw new IllegalArgumentException("retryBackoff must not be negative");
        }
    }

    /** The pause before retry number {@code attempt} (1-based): exponential, capped. */
    Duration backoff(int attempt) {
        long millis = retryBackoff.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }
}
