package io.camelcj.component.cj.client;

import io.camelcj.component.cj.throttle.RetryBackoff;

import java.time.Duration;

/**
 * How often and how patiently one call is repeated by {@link CjApiClient}, the component's only retry
 * layer (endpoint options {@code maxRetries}, {@code retryBackoff}, {@code retryBackoffMax}).
 *
 * @param maxRetries        retries after transient failures, and separately after 1600200 answers; 0 turns
 *                          retries off (an ambiguous create is still looked up before it is reported)
 * @param transientBackoff  the pauses before retrying a transient failure
 */
public record RetrySettings(int maxRetries, RetryBackoff transientBackoff) {

    public RetrySettings {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative, was " + maxRetries);
        }
        if (transientBackoff == null) {
            throw new IllegalArgumentException("transientBackoff must be set");
        }
    }

    /** {@code maxRetries}, first pause {@code retryBackoff} doubling up to {@code retryBackoffMax}. */
    public static RetrySettings of(int maxRetries, Duration retryBackoff, Duration retryBackoffMax) {
        if (retryBackoff == null || retryBackoff.isNegative()) {
            throw new IllegalArgumentException("retryBackoff must not be negative, was " + retryBackoff);
        }
        if (retryBackoffMax == null || retryBackoffMax.compareTo(retryBackoff) < 0) {
            throw new IllegalArgumentException("retryBackoffMax must not be below retryBackoff (" + retryBackoff
                    + "), was " + retryBackoffMax);
        }
        return new RetrySettings(maxRetries, RetryBackoff.forTransientFailures(retryBackoff, retryBackoffMax));
    }
}
