package io.camelcj.routes.orders;

/**
 * The input record cannot be read as an order (not JSON, or a field of the wrong type).
 */
public class MalformedOrderException extends Exception {

    private final String field;
    private final String reason;
    private final String orderNumber;

    public MalformedOrderException(String field, String reason, String orderNumber) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
        this.orderNumber = orderNumber;
    }

    /** JSON path of the offending field, {@code $} for the whole record. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    /** The record's orderNumber when it could still be read, else null. */
    public String orderNumber() {
        return orderNumber;
    }
}
