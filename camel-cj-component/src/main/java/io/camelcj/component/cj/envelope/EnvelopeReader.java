package io.camelcj.component.cj.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.throttle.QuotaWindow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/** Reads CJ bodies into {@link Envelope}s and turns failed ones into {@link CjApiException}s. */
public final class EnvelopeReader {

    private static final int MAX_BODY_IN_MESSAGE = 200;

    private final ObjectMapper mapper;
    private final Clock clock;

    public EnvelopeReader(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Parses a body. A body that is not a JSON object yields an envelope with only the status
     * (and, as message, the start of the body) so that the status decides the category.
     */
    public Envelope read(int httpStatus, byte[] body) {
        JsonNode root;
        try {
            root = body == null || body.length == 0 ? null : mapper.readTree(body);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            String snippet = text.length() > MAX_BODY_IN_MESSAGE ? text.substring(0, MAX_BODY_IN_MESSAGE) + "..." : text;
            boolean http2xx = httpStatus >= 200 && httpStatus < 300;
            // A 2xx whose body is not a JSON envelope is not a success we can trust (proxy page, truncation).
            return new Envelope(httpStatus, null, http2xx ? Boolean.FALSE : null, null,
                    "unreadable response body: " + snippet, null, null, null, root);
        }
        JsonNode data = root.get("data");
        return new Envelope(httpStatus, integer(root.get("code")), bool(root.get("result")), bool(root.get("success")),
                text(root.get("message")), data == null || data.isNull() ? null : data, text(root.get("requestId")),
                root.get("pointsInfo"), root);
    }

    /** The exception describing a failed envelope. */
    public CjApiException failure(String operation, Envelope env) {
        CjErrorCategory category = CjErrorCodes.categorise(operation, env);
        Instant resetAt = category == CjErrorCategory.DAILY_LIMIT || category == CjErrorCategory.POINTS_EXHAUSTED
                ? QuotaWindow.DAY.nextReset(clock.instant()) : null; // refined by the account's quotas, if known
        return new CjApiException(operation, env.httpStatus(), env.code(), env.message(), env.requestId(), category,
                category.isRetryable(), resetAt, null);
    }

    private static Integer integer(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.intValue();
        }
        try {
            return Integer.valueOf(n.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean bool(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        String t = n.asText().trim();
        if ("true".equalsIgnoreCase(t)) {
            return Boolean.TRUE;
        }
        return "false".equalsIgnoreCase(t) ? Boolean.FALSE : null;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
