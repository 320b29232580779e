package io.camelcj.routes.orders.placement;

/**
 * What the order route does about a failed CJ call.
 */
public enum FailureKind {
    /** Time-outs, 5xx, 1600200 per-second limit, system busy: try again after a pause. */
    RETRYABLE,
    /** 1603003: an order with this orderNumber exists; look it up and report it. */
    DUPLICATE_ORDER,
    /** CJ does not know the order / product / variant. */
    NOT_FOUND,
    /** 1604000: the balance is too low. */
    INSUFFICIENT_BALANCE,
    /** CJ refused the request for good (invalid parameter, delisted product, unknown logistics...). */
    REJECTED,
    /**
     * The account cannot make calls at all (bad API key, daily limit, points exhausted): every order would fail the
     * same way, so the route pauses and redelivers instead of dead-lettering the whole topic.
     */
    ACCOUNT_BLOCKED
}
