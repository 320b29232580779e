package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One parsed API request: query parameters, JSON body or multipart parts, and the authenticated account. */
final class ApiRequest {

    private static final Set<String> SECRET_PARAMS = Set.of("apiKey", "refreshToken", "accessToken");
    /**
     * Query lists the reference (and the field notes) send as repeated keys: {@code features=a&features=b},
     * {@code trackNumber=x&trackNumber=y}, {@code orderIds=a&orderIds=b}. A comma-joined value is refused.
     */
    private static final Set<String> REPEATED_KEY_LISTS = Set.of("features", "trackNumber", "orderIds",
            "lv2categoryList", "lv3categoryList");

    final String operation;
    final Map<String, List<String>> query;
    final JsonNode body;
    final Map<String, Multipart.Part> parts;
    final String requestId;
    AccountState account;
    String accessToken;

    ApiRequest(String operation, Map<String, List<String>> query, JsonNode body, Map<String, Multipart.Part> parts,
               String requestId) {
        this.operation = operation;
        this.query = query;
        this.body = body;
        this.parts = parts;
        this.requestId = requestId;
    }

    /** A parameter as text from the JSON body, a multipart field or the query (null when absent or JSON null). */
    String str(String name) {
        if (body != null && body.has(name)) {
            JsonNode n = body.get(name);
            if (n.isNull()) {
                return null;
            }
            return n.isValueNode() ? n.asText() : n.toString();
        }
        if (parts != null && parts.containsKey(name)) {
            return parts.get(name).text();
        }
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A multi-valued parameter: repeated query keys ({@code a=1&a=2}), a JSON array, or one value. */
    List<String> list(String name) {
        List<String> out = new ArrayList<>();
        if (body != null && body.has(name)) {
            JsonNode n = body.get(name);
            if (n.isArray()) {
                n.forEach(e -> out.add(e.asText()));
            } else if (!n.isNull()) {
                out.add(n.asText());
            }
            return out;
        }
        List<String> values = query.get(name);
        if (values != null) {
            for (String v : values) {
                if (v.indexOf(',') >= 0 && REPEATED_KEY_LISTS.contains(name)) {
                    throw CjError.param(name + " must be sent as repeated keys (" + name + "=a&" + name
                            + "=b), not comma-joined: " + v);
                }
                if (!v.isEmpty()) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    JsonNode node(String name) {
        return body == null ? null : body.get(name);
    }

    String required(String name, int maxLength) {
        String v = str(name);
        if (v == null || v.isBlank()) {
            throw CjError.empty(name);
        }
        return checkLength(name, v, maxLength);
    }

    String optional(String name, int maxLength) {
        String v = str(name);
        return v == null ? null : checkLength(name, v, maxLength);
    }

    static String checkLength(String name, String v, int maxLength) {
        if (maxLength > 0 && v.length() > maxLength) {
            throw CjError.tooLong(name, maxLength);
        }
        return v;
    }

    Integer integer(String name, Integer defaultValue) {
        String v = str(name);
        if (v == null || v.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw CjError.param(name + " must be an integer");
        }
    }

    Long longValue(String name) {
        String v = str(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw CjError.param(name + " must be a number");
        }
    }

    BigDecimal decimal(String name) {
        String v = str(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(v.trim());
        } catch (NumberFormatException e) {
            throw CjError.param(name + " must be a decimal number");
        }
    }

    /** Parameters for the request log, secrets masked. */
    Map<String, Object> loggedParams(ObjectMapper mapper) {
        Map<String, Object> out = new LinkedHashMap<>();
        query.forEach((k, v) -> out.put(k, v.size() == 1 ? v.get(0) : List.copyOf(v)));
        if (body != null && body.isObject()) {
            Map<?, ?> m = mapper.convertValue(body, Map.class);
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
        }
        if (parts != null) {
            parts.values().forEach(p -> out.put(p.name(), p.filename() != null ? "<file " + p.filename() + ">" : p.text()));
        }
        SECRET_PARAMS.forEach(s -> out.computeIfPresent(s, (k, v) -> "***"));
        return out;
    }

    /** The {@code features} values (repeated keys or a JSON array). */
    Set<String> features() {
        Set<String> out = new LinkedHashSet<>();
        for (String f : list("features")) {
            if (!f.isBlank()) {
                out.add(f.trim());
            }
        }
        return out;
    }
}
