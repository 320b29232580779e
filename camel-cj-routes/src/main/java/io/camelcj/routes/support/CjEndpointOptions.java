package io.camelcj.routes.support;

import java.time.Duration;
import java.util.StringJoiner;

import org.apache.camel.ProducerTemplate;

/**
 * The shared block every route family uses to reach {@code cj:}: {@code <prefix>.cj.component},
 * {@code <prefix>.cj.max-retries}, {@code <prefix>.cj.retry-backoff} and {@code <prefix>.cj.options}. The
 * component's {@code CjApiClient} is the only layer that retries a CJ call; a family that needs another policy
 * (order placement) sets it here, on its own endpoints, instead of wrapping the component's retries.
 */
public final class CjEndpointOptions {

    public final RouteOption<String> component;
    public final RouteOption<Integer> maxRetries;
    public final RouteOption<Duration> retryBackoff;
    public final RouteOption<String> options;

    private CjEndpointOptions(RouteOptions family, Integer defaultMaxRetries, Duration defaultRetryBackoff) {
        component = family.add("cj.component", OptionType.string(), "cj",
                "Name of the cj component the routes call (another name selects another configured account).");
        maxRetries = family.add("cj.max-retries", OptionType.integer(0, 100), defaultMaxRetries,
                "Retries of one CJ call after a transient failure or a per-second rate limit (the cj endpoint's"
                        + " maxRetries); unset: the component's setting.");
        retryBackoff = family.add("cj.retry-backoff", OptionType.duration(), defaultRetryBackoff,
                "First pause before such a retry, doubling each time (the cj endpoint's retryBackoff); unset: the"
                        + " component's setting.");
        options = family.add("cj.options", OptionType.string(), null,
                "Further cj endpoint options for every call of this family, e.g. platformToken=RAW(...).");
    }

    /** Adds the block to a family whose calls use the component's retry policy unless configured. */
    public static CjEndpointOptions addTo(RouteOptions family) {
        return new CjEndpointOptions(family, null, null);
    }

    /** Adds the block with the family's own default retry policy ({@code defaultRetryBackoff} may be null). */
    public static CjEndpointOptions addTo(RouteOptions family, int defaultMaxRetries, Duration defaultRetryBackoff) {
        return new CjEndpointOptions(family, defaultMaxRetries, defaultRetryBackoff);
    }

    /** How this family reaches cj:, as configured. */
    public Endpoint endpoint(RouteValues values) {
        StringJoiner query = new StringJoiner("&");
        values.find(maxRetries).ifPresent(n -> query.add("maxRetries=" + n));
        // milliseconds: understood whether the endpoint option is a long or a Duration
        values.find(retryBackoff).ifPresent(d -> query.add("retryBackoff=" + d.toMillis()));
        values.find(options).ifPresent(query::add);
        return new Endpoint(values.get(component), query.toString());
    }

    /**
     * A family's way to cj:.
     *
     * @param component the cj component's name
     * @param query     the endpoint options of every call, may be empty
     */
    public record Endpoint(String component, String query) {

        public CjCaller caller(ProducerTemplate template) {
            return new CjCaller(template, component, query);
        }
    }
}
