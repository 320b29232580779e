package io.camelcj.routes.orders.validation;

/**
 * One reason why an order cannot be sent to CJ.
 *
 * @param field  the JSON path of the offending field, e.g. {@code products[1].quantity}
 * @param reason what is wrong, e.g. {@code must be greater than 0}
 */
public record Violation(String field, String reason) {

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
