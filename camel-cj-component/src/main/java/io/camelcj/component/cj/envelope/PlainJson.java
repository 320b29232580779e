package io.camelcj.component.cj.envelope;

import java.util.Map;

/** Reading the plain Java an answer is parsed into ({@link Envelope}): fields and numbers, tolerant as CJ needs. */
public final class PlainJson {

    private PlainJson() {
    }

    /** {@code object}'s field {@code name}; null when {@code object} is not a JSON object or lacks the field. */
    public static Object field(Object object, String name) {
        return object instanceof Map<?, ?> map && name != null ? map.get(name) : null;
    }

    /** A whole number, or a string holding one ("285", field notes); null when absent or not one. */
    public static Long wholeNumber(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A number, or a string holding one ("0.5"); {@code fallback} when absent or not a number. */
    public static double number(Object value, double fallback) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }
}
