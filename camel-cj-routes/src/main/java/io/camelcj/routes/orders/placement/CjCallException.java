package io.camelcj.routes.orders.placement;

/**
 * A failed CJ call as the order route sees it: the kind decides what happens next; code, message and requestId go
 * to the dead-letter record. Never carries secrets: only what CJ answered.
 */
public class CjCallException extends RuntimeException {

    private final FailureKind kind;
    private final String operation;
    private final Integer cjCode;
    private final String cjMessage;
    private final String requestId;
    private final int httpStatus;

    public CjCallException(FailureKind kind, String operation, Integer cjCode, String cjMessage, String requestId,
            int httpStatus, Throwable cause) {
        super(operation + " failed (" + kind + (cjCode != null ? ", CJ code " + cjCode : "")
                + (httpStatus != 0 ? ", HTTP " + httpStatus : "") + "): " + cjMessage, cause);
        this.kind = kind;
        this.operation = operation;
        this.cjCode = cjCode;
        this.cjMessage = cjMessage;
        this.requestId = requestId;
        this.httpStatus = httpStatus;
    }

    public FailureKind kind() {
        return kind;
    }

    public String operation() {
        return operation;
    }

    public Integer cjCode() {
        return cjCode;
    }

    public String cjMessage() {
        return cjMessage;
    }

    public String requestId() {
        return requestId;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
