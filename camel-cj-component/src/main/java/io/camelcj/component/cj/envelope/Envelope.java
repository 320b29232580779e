package io.camelcj.component.cj.envelope;

import java.util.Map;

/**
 * A CJ answer as read from the wire, parsed once into plain Java (Map, List, String, BigDecimal, Integer/Long,
 * Boolean): what a route receives is {@code data} itself, not a copy. Any field may be absent (null): bodies carry
 * "some of" {@code code, result, success, message, data, requestId} (field notes).
 *
 * @param httpStatus the HTTP status
 * @param code       the {@code code} field (tolerates "200" as a string)
 * @param result     the {@code result} field
 * @param success    the {@code success} field
 * @param message    the {@code message} field
 * @param data       the {@code data} field (plain Java), null when absent or JSON null
 * @param requestId  the {@code requestId} field
 * @param pointsInfo the {@code pointsInfo} object CJ appends since 2026, or null
 * @param root       the whole body, null when it is not a JSON object
 */
public record Envelope(int httpStatus, Integer code, Boolean result, Boolean success, String message,
                       Object data, String requestId, Map<String, Object> pointsInfo, Map<String, Object> root) {

    /**
     * The success rule: HTTP 2xx, {@code code} 200, 0 or absent, and neither {@code result} nor
     * {@code success} false. The 1600200 rate-limit body has no {@code result} but has a code, so it
     * is a failure, not an empty success.
     */
    public boolean isSuccess() {
        boolean http2xx = httpStatus >= 200 && httpStatus < 300;
        boolean codeOk = code == null || code == 200 || code == 0;
        return http2xx && codeOk && !Boolean.FALSE.equals(result) && !Boolean.FALSE.equals(success);
    }

    /** {@code pointsInfo.remaining} (a number or a string number), null when absent. */
    public Long pointsRemaining() {
        Object remaining = pointsInfo == null ? null : pointsInfo.get("remaining");
        if (remaining == null) {
            return null;
        }
        if (remaining instanceof Number n && !(n instanceof java.math.BigDecimal)) {
            return n.longValue();
        }
        try {
            return Long.valueOf(remaining.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
