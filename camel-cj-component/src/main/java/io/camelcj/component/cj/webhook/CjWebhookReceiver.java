package io.camelcj.component.cj.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 *
 * <p>Order matters: the signature is checked before the body is parsed (untrusted input is not
 * parsed) and before the message id is looked up (a forgery cannot poison the dedupe store).
 *
 * <p>In {@link CjWebhookAnswerMode#AFTER_ROUTE} (the default) a message id is remembered only once the sink
 * has processed the message, and 200 is answered only then; a failure gives 500, no result within
 * {@code responseTimeout} 503, so CJ delivers again and nothing answered 200 can be lost. A copy arriving
 * while the first is still being processed waits for that one's result instead of being processed twice.
 */
public final class CjWebhookReceiver {

    private static final Logger LOG = LoggerFactory.getLogger(CjWebhookReceiver.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * How the receiver answers.
     *
     * @param maxBodySize     the largest body accepted, in bytes
     * @param answerMode      after the route (durable) or on receipt
     * @param responseTimeout AFTER_ROUTE: the longest wait for the sink before answering 503
     * @param removeOnFailure ON_RECEIPT: forget the id of a message whose processing failed
     */
    public record Settings(int maxBodySize, CjWebhookAnswerMode answerMode, Duration responseTimeout,
                           boolean removeOnFailure) {

        public Settings {
            if (maxBodySize <= 0) {
                throw new IllegalArgumentException("maxBodySize must be positive, was " + maxBodySize);
            }
            Objects.requireNonNull(answerMode, "answerMode");
            Objects.requireNonNull(responseTimeout, "responseTimeout");
        }

        /** The defaults of {@code cj:webhook} (AFTER_ROUTE, 2 s) with the given body limit. */
        public static Settings afterRoute(int maxBodySize) {
            return new Settings(maxBodySize, CjWebhookAnswerMode.AFTER_ROUTE, Duration.ofSeconds(2), true);
        }

        static Settings of(CjWebhookConfiguration c) {
            return new Settings(c.getMaxBodySize(), c.getAnswerMode(), c.getResponseTimeout(),
                    c.isRemoveOnFailure());
        }
    }

    private final CjWebhookSignature signature;
    private final Settings settings;
    private final IdempotentRepository dedupe;
    private final CjWebhookSink sink;
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    /** AFTER_ROUTE: messages being processed, by id, so that a concurrent copy waits for the same result. */
    private final Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
    private final Object activity = new Object();
    private int active;
    private volatile boolean stopping;

    /**
     * @param signature the verifier; null only when verification is switched off on purpose
     * @param settings  body limit and answer mode
     * @param dedupe    the store of message ids already processed (must be started)
     * @param sink      where accepted messages go
     */
    public CjWebhookReceiver(CjWebhookSignature signature, Settings settings, IdempotentRepository dedupe,
                             CjWebhookSink sink) {
        this.signature = signature;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dedupe = Objects.requireNonNull(dedupe, "idempotentRepository");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * How many requests got each answer so far, by {@link CjWebhookResponse#reason()} (ACCEPTED, DUPLICATE,
     * PING, FORGED, MALFORMED, TOO_LARGE, HEADERS_TOO_LARGE, BUSY, TIMEOUT, STOPPING, FAILED): for monitoring.
     */
    public Map<String, Long> answerCounts() {
        Map<String, Long> counts = new TreeMap<>();
        answers.forEach((reason, count) -> counts.put(reason, count.sum()));
        return counts;
    }

    /** Handles a body given as a stream; {@code declaredLength} is the Content-Length or -1. */
    public CjWebhookResponse receive(InputStream body, long declaredLength, String signHeader) {
        return receive(body, declaredLength, signHeader, () -> true);
    }

    /**
     * As {@link #receive(InputStream, long, String)}; {@code bodyRead} runs once the body is read and answers
     * whether the request may go on (the built-in server ends its read deadline there).
     */
    CjWebhookResponse receive(InputStream body, long declaredLength, String signHeader,
                              java.util.function.BooleanSupplier bodyRead) {
        if (!enter()) {
            return counted(CjWebhookResponse.STOPPING);
        }
        try {
            byte[] raw;
            try {
                raw = BoundedBodyReader.read(body == null ? InputStream.nullInputStream() : body, declaredLength,
                        settings.maxBodySize());
            } catch (BoundedBodyReader.TooLargeException e) {
                return counted(CjWebhookResponse.TOO_LARGE);
            } catch (IOException e) {
                return counted(CjWebhookResponse.malformed("body could not be read"));
            }
            if (!bodyRead.getAsBoolean()) {
                return counted(CjWebhookResponse.malformed("body not read in time"));
            }
            return counted(check(raw, signHeader));
        } finally {
            leave();
        }
    }

    /** Handles a body already in memory. */
    public CjWebhookResponse receive(byte[] raw, String signHeader) {
        if (!enter()) {
            return counted(CjWebhookResponse.STOPPING);
        }
        try {
            return counted(check(raw, signHeader));
        } finally {
            leave();
        }
    }

    /** From now on every request is answered 503 (CJ delivers it again, to this or another instance). */
    public void stopAccepting() {
        stopping = true;
    }

    /**
     * Waits until no request is being handled any more (each waits at most {@code responseTimeout} for its
     * route), at most {@code timeout}.
     *
     * @return whether all were answered in time
     */
    public boolean awaitAnswered(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (activity) {
            while (active > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(activity, left);
            }
        }
        return true;
    }

    private boolean enter() {
        synchronized (activity) {
            if (stopping) {
                return false;
            }
            active++;
            return true;
        }
    }

    private void leave() {
        synchronized (activity) {
            active--;
            activity.notifyAll();
        }
    }

    private CjWebhookResponse counted(CjWebhookResponse response) {
        answers.computeIfAbsent(response.reason(), r -> new LongAdder()).increment();
        return response;
    }

    private CjWebhookResponse check(byte[] raw, String signHeader) {
        if (raw == null) {
            raw = new byte[0];
        }
        if (raw.length > settings.maxBodySize()) {
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
        if (message.isEmpty()) {
            // a signed empty object: what webhook/set's check of the URL sends (the simulator; CJ does not
            // document its call): it must get 200 or the registration fails (1607003). Nothing to process.
            return CjWebhookResponse.PING;
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
        @SuppressWarnings("unchecked")
        String entityId = CjWebhookType.of(type).map(t -> t.entityId((Map<String, Object>) params)).orElse(null);
        CjWebhookEvent event = new CjWebhookEvent(messageId, type, text(message, "messageType"), entityId, text,
                message);
        try {
            return settings.answerMode() == CjWebhookAnswerMode.AFTER_ROUTE ? afterRoute(event) : onReceipt(event);
        } catch (RuntimeException e) {
            LOG.error("Idempotent repository failed for CJ webhook {}", messageId, e);
            return CjWebhookResponse.FAILED;
        }
    }

    private CjWebhookResponse afterRoute(CjWebhookEvent event) {
        String id = event.messageId();
        if (dedupe.contains(id)) {
            LOG.debug("Duplicate CJ webhook {} ignored", id);
            return CjWebhookResponse.DUPLICATE;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture<Void> running = inFlight.putIfAbsent(id, done);
        if (running != null) {
            return await(running, CjWebhookResponse.DUPLICATE, id);
        }
        if (dedupe.contains(id)) {
            // finished between the first look and putIfAbsent
            inFlight.remove(id, done);
            done.complete(null);
            return CjWebhookResponse.DUPLICATE;
        }
        CompletionStage<?> processing;
        try {
            processing = sink.deliver(event);
        } catch (RuntimeException e) {
            inFlight.remove(id, done);
            done.completeExceptionally(e);
            return handOffFailed(id, e);
        }
        processing.whenComplete((result, failure) -> {
            if (failure == null) {
                remember(id);
            }
            // remembered first: a copy arriving now finds the id in the store or the future in inFlight
            inFlight.remove(id, done);
            if (failure == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(failure);
            }
        });
        return await(done, CjWebhookResponse.ACCEPTED, id);
    }

    private CjWebhookResponse await(CompletableFuture<Void> processing, CjWebhookResponse success, String id) {
        try {
            processing.get(settings.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return success;
        } catch (TimeoutException e) {
            LOG.warn("CJ webhook {} not processed within {} ms: answered 503, CJ will deliver it again", id,
                    settings.responseTimeout().toMillis());
            return CjWebhookResponse.TIMEOUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CjWebhookResponse.STOPPING;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException && e.getCause().getCause() != null
                    ? e.getCause().getCause() : e.getCause();
            if (cause instanceof RejectedExecutionException) {
                return CjWebhookResponse.BUSY;
            }
            LOG.warn("CJ webhook {} failed in the route, answered 500 so that CJ delivers it again: {}", id,
                    cause == null ? e.toString() : cause.toString());
            return CjWebhookResponse.FAILED;
        }
    }

    private void remember(String id) {
        try {
            dedupe.add(id);
        } catch (RuntimeException e) {
            // the message is processed; answering 200 is right, a redelivery may be processed again
            LOG.warn("CJ webhook {} processed but its id could not be stored: a redelivery would be processed"
                    + " again ({})", id, e.toString());
        }
    }

    private CjWebhookResponse onReceipt(CjWebhookEvent event) {
        String id = event.messageId();
        if (!dedupe.add(id)) {
            LOG.debug("Duplicate CJ webhook {} ignored", id);
            return CjWebhookResponse.DUPLICATE;
        }
        CompletionStage<?> processing;
        try {
            processing = sink.deliver(event);
        } catch (RuntimeException e) {
            // forget the id so that CJ's retry of this message is accepted
            forget(id);
            return handOffFailed(id, e);
        }
        if (settings.removeOnFailure()) {
            processing.whenComplete((result, failure) -> {
                if (failure != null) {
                    forget(id);
                }
            });
        }
        return CjWebhookResponse.ACCEPTED;
    }

    private static CjWebhookResponse handOffFailed(String id, RuntimeException e) {
        if (e instanceof RejectedExecutionException) {
            LOG.warn("CJ webhook queue full, answered 503 to message {}", id);
            return CjWebhookResponse.BUSY;
        }
        LOG.error("Could not hand off CJ webhook {}", id, e);
        return CjWebhookResponse.FAILED;
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
