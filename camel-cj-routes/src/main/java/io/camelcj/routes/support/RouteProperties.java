package io.camelcj.routes.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.camel.CamelContext;

/**
 * Typed, validated access to the properties under one prefix (e.g. {@code camel.cj.sync}). Every error names the
 * full property key and the value that was rejected, so a typo in {@code application.properties} is easy to find.
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
        Optional<String> raw = string(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw invalid(name, raw.get(), "an integer between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid(name, raw.get(), "an integer between " + min + " and " + max);
        }
    }

    public boolean bool(String name, boolean defaultValue) {
        Optional<String> raw = string(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name, raw.get(), "true or false");
        };
    }

    /** ISO-8601 ({@code PT30S}), a number of milliseconds, or a number with {@code ms}, {@code s}, {@code m}, {@code h}, {@code d}. */
    public Optional<Duration> duration(String name) {
        Optional<String> raw = string(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Duration value = parseDuration(raw.get());
        if (value == null || value.isNegative()) {
            throw invalid(name, raw.get(), "a duration such as PT30S, 30s, 5m, 2h or a number of milliseconds");
        }
        return Optional.of(value);
    }

    public Duration duration(String name, Duration defaultValue) {
        return duration(name).orElse(defaultValue);
    }

    public Optional<BigDecimal> decimal(String name) {
        Optional<String> raw = string(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(raw.get()));
        } catch (NumberFormatException e) {
            throw invalid(name, raw.get(), "a decimal number");
        }
    }

    /** A comma-separated list; blanks are dropped. */
    public List<String> list(String name) {
        return string(name).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** An enum constant, case-insensitive, {@code -} accepted for {@code _}. */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type, E defaultValue) {
        Optional<String> raw = string(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        String normalized = raw.get().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalized)) {
                return constant;
            }
        }
        throw invalid(name, raw.get(), "one of " + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
    }

    public RoutePropertyException invalid(String name, String value, String expected) {
        return new RoutePropertyException(key(name), "expected " + expected + ", got '" + value + "'");
    }

    private static Duration parseDuration(String raw) {
        String s = raw.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("p")) {
                return Duration.parse(s.toUpperCase(Locale.ROOT));
            }
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2).trim()));
            }
            char unit = s.charAt(s.length() - 1);
            if (Character.isDigit(unit)) {
                return Duration.ofMillis(Long.parseLong(s));
            }
            long amount = Long.parseLong(s.substring(0, s.length() - 1).trim());
            return switch (unit) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> null;
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }
}
