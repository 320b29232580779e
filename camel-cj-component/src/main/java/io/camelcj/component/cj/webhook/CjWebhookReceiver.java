package io.camelcj.component.cj.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CJ webhook logic, independent of any HTTP server: size limit (413), signature (401), JSON shape
 * (400), de-duplication by {@code messageId}, hand-off to a {@link CjWebhookSink} and the answer.
 * Nothing slow happens here, so the answer goes out well inside CJ's 3 seconds.
 *
 * <p>Order matters: the signature is checked before the body is parsed (untrusted input is not
 * parsed) and before the message id is recorded (a forgery cannot poison the dedupe store).
 */
public final class CjWebhookReceiver {

    private static final Logger LOG = LoggerFactory.getLogger(CjWebhookReceiver.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final CjWebhookSignature signature;
    private final int maxBodySize;
    private final IdempotentRepository dedupe;
    private final CjWebhookSink sink;
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();

    /**
     * @param signature   the verifier; null only when verification is switched off on purpose
     * @param maxBodySize the largest body accepted, in bytes
     * @param dedupe      the store of message ids already accepted (must be started)
     * @param sink        where accepted messages go
     */
    public CjWebhookReceiver(CjWebhookSignature signature, int maxBodySize, IdempotentRepository dedupe,
                             CjWebhookSink sink) {
        if (maxBodySize <= 0) {
            throw new IllegalArgumentException("maxBodySize must be positive, was " + maxBodySize);
        }
        this.signature = signature;
        this.maxBodySize = maxBodySize;
        this.dedupe = Objects.requireNonNull(dedupe, "idempotentRepository");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * How many requests got each answer so far, by {@link CjWebhookResponse#reason()} (ACCEPTED, DUPLICATE,
     * FORGED, MALFORMED, TOO_LARGE, BUSY, FAILED): for monitoring.
     */
    public Map<String, Long> answerCounts() {
        Map<String, Long> counts = new TreeMap<>();
        answers.forEach((reason, count) -> counts.put(reason, count.sum()));
        return counts;
    }

    /** Handles a body given as a stream; {@code declaredLength} is the Content-Length or -1. */
    public CjWebhookResponse receive(InputStream body, long declaredLength, String signHeader) {
        return counted(read(body, declaredLength, signHeader));
    }

    /** Handles a body already in memory. */
    public CjWebhookResponse receive(byte[] raw, String signHeader) {
        return counted(check(raw, signHeader));
    }

    private CjWebhookResponse counted(CjWebhookResponse response) {
        answers.computeIfAbsent(response.reason(), r -> new LongAdder()).increment();
        return response;
    }

    private CjWebhookResponse read(InputStream body, long declaredLength, String signHeader) {
        byte[] raw;
        try {
            raw = BoundedBodyReader.read(body == null ? InputStream.nullInputStream() : body, declaredLength,
                    maxBodySize);
        } catch (BoundedBodyReader.TooLargeException e) {
            return CjWebhookResponse.TOO_LARGE;
        } catch (IOException e) {
            return CjWebhookResponse.malformed("body could not be read");
        }
        return check(raw, signHeader);
    }

    private CjWebhookResponse check(byte[] raw, String signHeader) {
        if (raw == null) {
            raw = new byte[0];
        }
        if (raw.length > maxBodySize) {
            return CjWebhookResponse.TOO_LARGE;
        }
        if (signature != null && !signature.verify(raw, signHeader)) {
            LOG.warn("Rejected CJ webhook with {} signature ({} bytes)",
                    signHeader == null || signHeader.isBlank() ? "no" : "a wrong", raw.length);
            return CjWebhookResponse.FORGED;
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        Map<String, Object> message;
        try {
            message = JSON.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            return CjWebhookResponse.malformed("body is not a JSON object");
        }
        if (message == null) {
            return CjWebhookResponse.malformed("body is not a JSON object");
        }
        String messageId = text(message, "messageId");
        if (messageId == null) {
            return CjWebhookResponse.malformed("field messageId is missing");
        }
        String type = text(message, "type");
        if (type == null) {
            return CjWebhookResponse.malformed("field type is missing");
        }
        Object params = message.get("params");
        if (params != null && !(params instanceof Map)) {
            return CjWebhookResponse.malformed("field params is not an object");
        }
        return handOff(message, messageId, type, text);
    }

    @SuppressWarnings("unchecked")
    private CjWebhookResponse handOff(Map<String, Object> message, String messageId, String type, String raw) {
        try {
            if (!dedupe.add(messageId)) {
                LOG.debug("Duplicate CJ webhook {} ignored", messageId);
                return CjWebhookResponse.DUPLICATE;
            }
        } catch (RuntimeException e) {
            LOG.error("Idempotent repository failed for CJ webhook {}", messageId, e);
            return CjWebhookResponse.FAILED;
        }
        Map<String, Object> params = (Map<String, Object>) message.get("params");
        String entityId = CjWebhookType.of(type).map(t -> t.entityId(params)).orElse(null);
        CjWebhookEvent event = new CjWebhookEvent(messageId, type, text(message, "messageType"), entityId, raw,
                message);
        boolean queued;
        try {
            queued = sink.offer(event);
        } catch (RuntimeException e) {
            LOG.error("Could not hand off CJ webhook {}", messageId, e);
            forget(messageId);
            return CjWebhookResponse.FAILED;
        }
        if (!queued) {
            // forget the id so that CJ's retry of this message is accepted
            forget(messageId);
            LOG.warn("CJ webhook queue full, answered 503 to message {}", messageId);
            return CjWebhookResponse.BUSY;
        }
        return CjWebhookResponse.ACCEPTED;
    }

    private void forget(String messageId) {
        try {
            dedupe.remove(messageId);
        } catch (RuntimeException e) {
            LOG.warn("Could not remove {} from the idempotent repository", messageId, e);
        }
    }

    private static String text(Map<String, Object> message, String field) {
        Object value = message.get(field);
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.isBlank() ? null : s;
    }

    /** The shared mapper settings for webhook bodies (BigDecimal for decimals: prices are money). */
    static ObjectMapper json() {
        return JSON;
    }
}
