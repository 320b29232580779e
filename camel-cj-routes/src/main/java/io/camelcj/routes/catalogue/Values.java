package io.camelcj.routes.catalogue;

import java.math.BigDecimal;
import java.util.Map;

/** Tolerant reading of CJ values, which arrive as numbers or as strings ("11.85", "1.20-3.50", "2.09 -- 7.46"). */
final class Values {

    private Values() {
    }

    static String text(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v == null ? null : String.valueOf(v);
    }

    static long toLong(Object value, long fallback) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return new BigDecimal(s.trim()).longValue();
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    /** The low end of a price that may be a single value or a range; null if absent or unreadable. */
    static BigDecimal priceLow(Object value) {
        BigDecimal[] range = priceRange(value);
        return range == null ? null : range[0];
    }

    /** The high end of a price that may be a single value or a range; null if absent or unreadable. */
    static BigDecimal priceHigh(Object value) {
        BigDecimal[] range = priceRange(value);
        return range == null ? null : range[1];
    }

    /** A single decimal (BigDecimal, never through double text artefacts); null if absent or a range. */
    static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal b) {
            return b;
        }
        try {
            return new BigDecimal(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal[] priceRange(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number) {
            BigDecimal d = decimal(value);
            return new BigDecimal[] {d, d};
        }
        String s = String.valueOf(value).trim();
        if (s.isEmpty()) {
            return null;
        }
        // "1.20-3.50" or "2.09 -- 7.46": split on the dash(es) between two numbers
        String[] parts = s.split("\\s*-+\\s*");
        try {
            if (parts.length == 2 && !parts[0].isEmpty()) {
                return new BigDecimal[] {new BigDecimal(parts[0]), new BigDecimal(parts[1])};
            }
            BigDecimal d = new BigDecimal(s);
            return new BigDecimal[] {d, d};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
