package io.camelcj.routes.orders.placement;

import java.util.Map;

/**
 * A successful CJ answer: the envelope's {@code data} as a map (empty when CJ sent none), its requestId, and whether
 * the component recovered a create call by looking the order up after an ambiguous failure.
 */
public record CjReply(Map<String, Object> data, String requestId, boolean recovered) {

    public CjReply {
        data = data == null ? Map.of() : data;
    }

    /** The value of a data field as text, {@code null} when absent or blank. */
    public String text(String field) {
        Object value = data.get(field);
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.isBlank() ? null : s;
    }
}
