package io.camelcj.routes.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The shared block of a route family that can write CloudEvents headers ({@link CloudEventHeaders}):
 * {@code <prefix>.cloud-events} (off by default) and {@code <prefix>.cloud-events-source}.
 */
public final class CloudEventOptions {

    public final RouteOption<Boolean> enabled;
    public final RouteOption<String> source;

    private CloudEventOptions(RouteOptions family, String defaultSource) {
        enabled = family.add("cloud-events", OptionType.bool(), false, "Write CloudEvents 1.0 headers (Kafka"
                + " binding, binary mode: ce_specversion, ce_id, ce_source, ce_type, ce_time, ce_subject,"
                + " content-type) on every record; the value is unchanged.");
        source = family.add("cloud-events-source", OptionType.string(), defaultSource, "The ce_source of the"
                + " records, a URI-reference naming the account or shop they come from (never a key or openId).");
    }

    /** Adds the block to a family; {@code defaultSource} is the ce_source when none is configured. */
    public static CloudEventOptions addTo(RouteOptions family, String defaultSource) {
        return new CloudEventOptions(family, defaultSource);
    }

    /** The ce_source to write, empty when CloudEvents headers are off. */
    public Optional<String> source(RouteValues values) {
        if (!values.get(enabled)) {
            return Optional.empty();
        }
        String value = values.get(source);
        try {
            new URI(value);
        } catch (URISyntaxException e) {
            throw new RoutePropertyException(source.key(), "expected a URI-reference, got '" + value + "'");
        }
        return Optional.of(value);
    }
}
