package io.camelcj.routes.orders;

/**
 * Kafka record headers the order route writes on result and dead-letter records (string values). They do not
 * start with {@code Camel} or {@code kafka.} so that camel-kafka passes them on as record headers.
 */
public final class OrderHeaders {

    /** The order's orderNumber (also the record key), when it could be read. */
    public static final String ORDER_NUMBER = "cj-order-number";
    /** Input record the outcome belongs to: {@code topic/partition/offset}. */
    public static final String SOURCE = "cj-order-source";
    /** Result records: {@link io.camelcj.routes.orders.model.PlacementOutcome}. */
    public static final String OUTCOME = "cj-order-outcome";
    /** Result records: CJ's order id. */
    public static final String CJ_ORDER_ID = "cj-order-id";
    /** Result records with the payment flow on: {@link io.camelcj.routes.orders.model.PaymentState}. */
    public static final String PAYMENT_STATE = "cj-order-payment-state";

    /** Dead-letter records: {@link DeadLetterType}. */
    public static final String ERROR_TYPE = "cj-order-error-type";
    /** Dead-letter records: JSON path of the field at fault (MALFORMED, INVALID). */
    public static final String ERROR_FIELD = "cj-order-error-field";
    /** Dead-letter records: why, in words (for INVALID the first violation). */
    public static final String ERROR_REASON = "cj-order-error-reason";
    /** Dead-letter records of INVALID orders: every violation, {@code field: reason} joined by {@code "; "}. */
    public static final String VIOLATIONS = "cj-order-violations";
    /**
     * Dead-letter records of CJ failures: {@code true} when the call may have taken effect at CJ (the order may exist;
     * a re-drive finds it through CJ's duplicate check).
     */
    public static final String OUTCOME_UNKNOWN = "cj-order-outcome-unknown";
    /** Dead-letter records: {@code true} when the value is a bounded summary, not the record itself. */
    public static final String SUMMARY = "cj-order-summary";
    /** Dead-letter records of CJ failures: the CJ operation, code, message and requestId. */
    public static final String CJ_OPERATION = "cj-operation";
    public static final String CJ_CODE = "cj-code";
    public static final String CJ_MESSAGE = "cj-message";
    public static final String CJ_REQUEST_ID = "cj-request-id";

    private OrderHeaders() {
    }

    /** Why an order record is on the dead-letter topic. */
    public enum DeadLetterType {
        /** Not JSON, not an object, or a field of the wrong type. Never retried. */
        MALFORMED,
        /** Fails the reference's rules (required, length, country code, quantity, vid or sku...). Never retried. */
        INVALID,
        /** CJ refused it for good (invalid parameter, delisted product, unknown logistics, balance...). */
        REFUSED,
        /** Retryable failures lasted through every try; safe to re-drive (the route checks before creating). */
        RETRIES_EXHAUSTED,
        /** Larger than {@code max-record-size}: dead-lettered as a summary, nothing sent to CJ. */
        TOO_LARGE
    }
}
