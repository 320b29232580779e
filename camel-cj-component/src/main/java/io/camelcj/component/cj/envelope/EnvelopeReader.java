package io.camelcj.component.cj.envelope;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.throttle.QuotaWindow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Reads CJ bodies into {@link Envelope}s and turns failed ones into {@link CjApiException}s. */
public final class EnvelopeReader {

    private static final int MAX_BODY_IN_MESSAGE = 200;

    /** Reads a body straight into plain Java: the one parse of an answer (no tree, no copy of it afterwards). */
    private final ObjectReader plain;
    private final Clock clock;

    public EnvelopeReader(ObjectMapper mapper, Clock clock) {
        this.plain = mapper.readerFor(Object.class);
        this.clock = clock;
    }

    /**
     * Parses a body. A body that is not a JSON object yields an envelope with only the status
     * (and, as message, the start of the body) so that the status decides the category.
     */
    @SuppressWarnings("unchecked")
    public Envelope read(int httpStatus, byte[] body) {
        Object parsed;
        try {
            parsed = body == null || body.length == 0 ? null : plain.readValue(body);
        } catch (IOException e) {
            parsed = null;
        }
        if (!(parsed instanceof Map<?, ?>)) {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            String snippet = text.length() > MAX_BODY_IN_MESSAGE ? text.substring(0, MAX_BODY_IN_MESSAGE) + "..." : text;
            boolean http2xx = httpStatus >= 200 && httpStatus < 300;
            // A 2xx whose body is not a JSON envelope is not a success we can trust (proxy page, truncation).
            return new Envelope(httpStatus, null, http2xx ? Boolean.FALSE : null, null,
                    "unreadable response body: " + snippet, null, null, null, null);
        }
        Map<String, Object> root = (Map<String, Object>) parsed;
        return new Envelope(httpStatus, integer(root.get("code")), bool(root.get("result")), bool(root.get("success")),
                text(root.get("message")), root.get("data"), text(root.get("requestId")),
                root.get("pointsInfo") instanceof Map<?, ?> points ? (Map<String, Object>) points : null, root);
    }

    /** The exception describing a failed envelope. */
    public CjApiException failure(String operation, Envelope env) {
        CjErrorCategory category = CjErrorCodes.categorise(operation, env);
        Instant resetAt = category == CjErrorCategory.DAILY_LIMIT || category == CjErrorCategory.POINTS_EXHAUSTED
                ? QuotaWindow.DAY.nextReset(clock.instant()) : null; // refined by the account's quotas, if known
        return new CjApiException(operation, env.httpStatus(), env.code(), env.message(), env.requestId(), category,
                category.isRetryable(), resetAt, null);
    }

    private static Integer integer(Object n) {
        if (n == null) {
            return null;
        }
        if (n instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.valueOf(n.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean bool(Object n) {
        if (n == null) {
            return null;
        }
        if (n instanceof Boolean b) {
            return b;
        }
        String t = n.toString().trim();
        if ("true".equalsIgnoreCase(t)) {
            return Boolean.TRUE;
        }
        return "false".equalsIgnoreCase(t) ? Boolean.FALSE : null;
    }

    private static String text(Object n) {
        return n == null ? null : n.toString();
    }
}
