package io.camelcj.routes.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.camel.CamelContext;

/**
 * Typed, validated access to the properties under one prefix, one property at a time (values parsed by
 * {@link OptionType}). Every error names the full property key and the value that was rejected. Route families declare
 * their options in {@link RouteOptions} instead, which also refuses unknown keys; this class serves code that reads
 * a single property.
 */
public final class RouteProperties {

    private final String prefix;
    private final Function<String, Optional<String>> lookup;

    public RouteProperties(String prefix, Function<String, Optional<String>> lookup) {
        this.prefix = prefix;
        this.lookup = lookup;
    }

    /** Properties resolved through the context's properties component (so {@code {{...}}} placeholders work). */
    public static RouteProperties of(CamelContext context, String prefix) {
        return new RouteProperties(prefix, key -> context.getPropertiesComponent().resolveProperty(key));
    }

    public static RouteProperties of(Map<String, String> values, String prefix) {
        return new RouteProperties(prefix, key -> Optional.ofNullable(values.get(key)));
    }

    /** The full key of a property name under this prefix. */
    public String key(String name) {
        return prefix + "." + name;
    }

    /** A trimmed value; blank counts as absent. */
    public Optional<String> string(String name) {
        return lookup.apply(key(name)).map(String::trim).filter(s -> !s.isEmpty());
    }

    public String string(String name, String defaultValue) {
        return string(name).orElse(defaultValue);
    }

    public int integer(String name, int defaultValue, int min, int max) {
        return parse(name, OptionType.integer(min, max)).orElse(defaultValue);
    }

    public boolean bool(String name, boolean defaultValue) {
        return parse(name, OptionType.bool()).orElse(defaultValue);
    }

    /** See {@link OptionType#duration()}. */
    public Optional<Duration> duration(String name) {
        return parse(name, OptionType.duration());
    }

    public Duration duration(String name, Duration defaultValue) {
        return duration(name).orElse(defaultValue);
    }

    public Optional<BigDecimal> decimal(String name) {
        return parse(name, OptionType.decimal());
    }

    /** A comma-separated list; blanks are dropped. */
    public List<String> list(String name) {
        return parse(name, OptionType.list()).orElse(List.of());
    }

    /** An enum constant, case-insensitive, {@code -} accepted for {@code _}. */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type, E defaultValue) {
        return parse(name, OptionType.enumOf(type)).orElse(defaultValue);
    }

    private <T> Optional<T> parse(String name, OptionType<T> type) {
        Optional<String> raw = string(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(type.parse(raw.get()));
        } catch (IllegalArgumentException e) {
            throw invalid(name, raw.get(), type.expected());
        }
    }

    public RoutePropertyException invalid(String name, String value, String expected) {
        return new RoutePropertyException(key(name), "expected " + expected + ", got '" + value + "'");
    }
}
