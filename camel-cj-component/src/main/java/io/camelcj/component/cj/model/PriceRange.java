package io.camelcj.component.cj.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A price or weight that CJ sends as a number, a string number ("11.85") or a range ("1.20-3.50",
 * "2.09 -- 7.46"). A single value is a range with min == max.
 *
 * @param min lower bound
 * @param max upper bound (equal to min for a single value)
 */
public record PriceRange(BigDecimal min, BigDecimal max) {

    private static final Pattern RANGE = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*-+\\s*([0-9]+(?:\\.[0-9]+)?)\\s*");

    public PriceRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("range max " + max + " is below min " + min);
        }
    }

    /** Reads "11.85", "1.20-3.50" or "2.09 -- 7.46"; null or blank gives null. */
    @JsonCreator
    public static PriceRange parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = RANGE.matcher(text);
        if (m.matches()) {
            return new PriceRange(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)));
        }
        try {
            BigDecimal v = new BigDecimal(text.trim());
            return new PriceRange(v, v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number or range: '" + text + "'", e);
        }
    }

    @JsonCreator
    public static PriceRange of(BigDecimal value) {
        return value == null ? null : new PriceRange(value, value);
    }

    public boolean isRange() {
        return min.compareTo(max) != 0;
    }

    /** "11.85" or "1.20-3.50". */
    @JsonValue
    @Override
    public String toString() {
        return isRange() ? min.toPlainString() + "-" + max.toPlainString() : min.toPlainString();
    }
}
