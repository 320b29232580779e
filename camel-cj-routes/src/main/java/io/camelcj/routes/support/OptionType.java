package io.camelcj.routes.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The type of a route option: how its text is parsed, what is expected (for error messages) and how it is described
 * to tooling (Java type, allowed values). The one place where route option values are parsed.
 *
 * @param <T> the Java type of the option's value
 */
public final class OptionType<T> {

    private final Class<?> javaType;
    private final String expected;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;
    private final List<String> allowedValues;

    private OptionType(Class<?> javaType, String expected, Function<String, T> parser, Function<T, String> formatter,
                       List<String> allowedValues) {
        this.javaType = javaType;
        this.expected = expected;
        this.parser = parser;
        this.formatter = formatter;
        this.allowedValues = allowedValues;
    }

    /** Any non-blank text. */
    public static OptionType<String> string() {
        return new OptionType<>(String.class, "a text", s -> s, s -> s, List.of());
    }

    /** One of fixed texts, matched exactly (e.g. CJ operation names). */
    public static OptionType<String> oneOf(String... values) {
        List<String> allowed = List.of(values);
        return new OptionType<>(String.class, "one of " + allowed, s -> {
            if (!allowed.contains(s)) {
                throw new IllegalArgumentException();
            }
            return s;
        }, s -> s, allowed);
    }

    public static OptionType<Integer> integer(int min, int max) {
        return new OptionType<>(Integer.class, "an integer between " + min + " and " + max, s -> {
            int value = Integer.parseInt(s);
            if (value < min || value > max) {
                throw new IllegalArgumentException();
            }
            return value;
        }, String::valueOf, List.of());
    }

    public static OptionType<Boolean> bool() {
        return new OptionType<>(Boolean.class, "true or false", s -> switch (s.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException();
        }, String::valueOf, List.of("true", "false"));
    }

    /** ISO-8601 ({@code PT30S}), a number of milliseconds, or a number with {@code ms}, {@code s}, {@code m}, {@code h}, {@code d}. */
    public static OptionType<Duration> duration() {
        return new OptionType<>(Duration.class, "a duration such as PT30S, 30s, 5m, 2h or a number of milliseconds",
                s -> {
                    Duration d = parseDuration(s);
                    if (d == null || d.isNegative()) {
                        throw new IllegalArgumentException();
                    }
                    return d;
                }, OptionType::formatDuration, List.of());
    }

    public static OptionType<BigDecimal> decimal() {
        return new OptionType<>(BigDecimal.class, "a decimal number", BigDecimal::new, BigDecimal::toPlainString,
                List.of());
    }

    /** A comma-separated list; blanks are dropped. */
    public static OptionType<List<String>> list() {
        return new OptionType<>(List.class, "a comma-separated list",
                s -> Arrays.stream(s.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList(),
                l -> String.join(",", l), List.of());
    }

    /** An enum constant, case-insensitive, {@code -} accepted for {@code _}; described in kebab-case. */
    public static <E extends Enum<E>> OptionType<E> enumOf(Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(OptionType::kebab).toList();
        return new OptionType<>(type, "one of " + names, s -> {
            String normalized = s.toUpperCase(Locale.ROOT).replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(normalized)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException();
        }, OptionType::kebab, names);
    }

    /**
     * Parses a trimmed, non-blank text.
     *
     * @throws IllegalArgumentException with {@link #expected()} as message
     */
    public T parse(String raw) {
        try {
            return Objects.requireNonNull(parser.apply(raw));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(expected, e);
        }
    }

    /** The value as text in the form {@link #parse} accepts (for defaults in docs and IDE metadata). */
    public String format(T value) {
        return value == null ? null : formatter.apply(value);
    }

    /** Java type of the value, e.g. {@code Duration.class} (tooling maps it to its own type names). */
    public Class<?> javaType() {
        return javaType;
    }

    /** What a valid value looks like, e.g. {@code an integer between 1 and 100}. */
    public String expected() {
        return expected;
    }

    /** The accepted values when they are fixed (enums, booleans), else empty. */
    public List<String> allowedValues() {
        return allowedValues;
    }

    private static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String formatDuration(Duration d) {
        long ms = d.toMillis();
        if (ms != 0 && ms % 86_400_000 == 0) {
            return ms / 86_400_000 + "d";
        }
        if (ms != 0 && ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms != 0 && ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        if (ms != 0 && ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
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
