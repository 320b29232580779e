package io.camelcj.routes.orders.model;

/**
 * How the route came to know the CJ order of a result record.
 */
public enum PlacementOutcome {
    /** This route created the order. */
    CREATED,
    /**
     * A create call failed ambiguously (time-out after sending) and the order was then found: by the component's
     * look-up within that call, or by the route's check at the start of its next try.
     */
    RECOVERED,
    /** The order already existed: a redelivered or duplicate record, found locally or by looking it up at CJ. */
    ALREADY_PLACED,
    /** CJ answered 1603003 (order exists) and the existing order was looked up. */
    DUPLICATE_REJECTED
}
