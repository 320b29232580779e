package io.camelcj.routes.orders.placement;

import io.camelcj.routes.orders.model.OrderResult;

/**
 * How placing one order ended.
 */
public sealed interface Placement {

    /** Number of tries it took (1 when the first try settled it). */
    int attempts();

    /** The order exists in CJ (created now, recovered, or placed before). */
    record Placed(OrderResult result, int attempts) implements Placement {
    }

    /** CJ refused the order for good; retrying cannot help. */
    record Refused(CjCallException failure, int attempts) implements Placement {
    }

    /** Every try failed with a retryable failure; the order was not (known to be) placed. */
    record Exhausted(CjCallException lastFailure, int attempts) implements Placement {
    }
}
