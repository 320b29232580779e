package io.camelcj.component.cj;

import java.time.Instant;
import java.util.Objects;

/**
 * A failed CJ API call: carries the operation, HTTP status, CJ code and message, the request id and
 * a {@link CjErrorCategory}. The message never contains an API key or token.
 */
public class CjApiException extends RuntimeException {

    private final String operation;
    private final int httpStatus;
    private final Integer cjCode;
    private final String cjMessage;
    private final String requestId;
    private final CjErrorCategory category;
    private final boolean retryable;
    private final Instant resetAt;
    private final boolean outcomeUnknown;

    /** A failure without an HTTP exchange behind it (local refusal, exhausted budget...). */
    public CjApiException(String operation, CjErrorCategory category, String message) {
        this(operation, 0, null, message, null, category, category.isRetryable(), null, null);
    }

    /** A failure with everything known about it; {@code cause} and {@code resetAt} may be null. */
    public CjApiException(String operation, int httpStatus, Integer cjCode, String cjMessage, String requestId,
                          CjErrorCategory category, boolean retryable, Instant resetAt, Throwable cause) {
        this(operation, httpStatus, cjCode, cjMessage, requestId, category, retryable, resetAt, cause, false);
    }

    /**
     * As above; {@code outcomeUnknown} says that the request may have taken effect at CJ although it
     * failed here (see {@link #isOutcomeUnknown()}).
     */
    public CjApiException(String operation, int httpStatus, Integer cjCode, String cjMessage, String requestId,
                          CjErrorCategory category, boolean retryable, Instant resetAt, Throwable cause,
                          boolean outcomeUnknown) {
        super(describe(operation, httpStatus, cjCode, cjMessage, requestId, category, resetAt, outcomeUnknown), cause);
        this.operation = operation;
        this.httpStatus = httpStatus;
        this.cjCode = cjCode;
        this.cjMessage = cjMessage;
        this.requestId = requestId;
        this.category = Objects.requireNonNull(category, "category");
        this.retryable = retryable;
        this.resetAt = resetAt;
        this.outcomeUnknown = outcomeUnknown;
    }

    /**
     * The same failure, marked as one whose outcome at CJ is unknown: a write (e.g. an order create)
     * that may have been processed although no answer came back, and that could not be cleared up.
     */
    public CjApiException withOutcomeUnknown() {
        return outcomeUnknown ? this : copy(resetAt, true);
    }

    /** The same failure with another reset instant (the window of the quota it used up). */
    public CjApiException withResetAt(Instant reset) {
        return copy(reset, outcomeUnknown);
    }

    private CjApiException copy(Instant reset, boolean unknown) {
        CjApiException copy = new CjApiException(operation, httpStatus, cjCode, cjMessage, requestId, category,
                retryable, reset, getCause(), unknown);
        copy.setStackTrace(getStackTrace());
        for (Throwable s : getSuppressed()) {
            copy.addSuppressed(s);
        }
        return copy;
    }

    private static String describe(String operation, int httpStatus, Integer cjCode, String cjMessage,
                                   String requestId, CjErrorCategory category, Instant resetAt,
                                   boolean outcomeUnknown) {
        StringBuilder sb = new StringBuilder("CJ ").append(operation == null ? "call" : operation)
                .append(" failed (").append(category);
        if (cjCode != null) {
            sb.append(", code ").append(cjCode);
        }
        if (httpStatus != 0) {
            sb.append(", HTTP ").append(httpStatus);
        }
        if (requestId != null && !requestId.isEmpty()) {
            sb.append(", requestId ").append(requestId);
        }
        if (resetAt != null) {
            sb.append(", resets at ").append(resetAt);
        }
        if (outcomeUnknown) {
            sb.append(", outcome at CJ unknown");
        }
        sb.append(')');
        if (cjMessage != null && !cjMessage.isEmpty()) {
            sb.append(": ").append(cjMessage);
        }
        return sb.toString();
    }

    /** The operation path, e.g. {@code product/listV2}. */
    public String getOperation() {
        return operation;
    }

    /** The HTTP status of the answer, 0 when there was none (I/O failure, local refusal). */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** The envelope's {@code code}, null when the answer carried none. */
    public Integer getCjCode() {
        return cjCode;
    }

    /** The envelope's {@code message} (or the local reason). */
    public String getCjMessage() {
        return cjMessage;
    }

    /** CJ's {@code requestId}, null when the answer carried none. */
    public String getRequestId() {
        return requestId;
    }

    public CjErrorCategory getCategory() {
        return category;
    }

    /** Whether sending the same request again later may succeed. */
    public boolean isRetryable() {
        return retryable;
    }

    /** For {@link CjErrorCategory#DAILY_LIMIT}/{@link CjErrorCategory#POINTS_EXHAUSTED}: when calls may resume; else null. */
    public Instant getResetAt() {
        return resetAt;
    }

    /**
     * True when the request may have taken effect at CJ although this call failed: a write that
     * reached CJ (or may have) without an answer, e.g. an order create that timed out and whose
     * look-up by orderNumber could not tell either. Sending it again may do it twice; the caller has
     * to find out first (or park it for a person). False for every failure where CJ certainly did
     * nothing (an error answer, a refusal before sending, a connection that never opened) and for reads.
     */
    public boolean isOutcomeUnknown() {
        return outcomeUnknown;
    }
}
