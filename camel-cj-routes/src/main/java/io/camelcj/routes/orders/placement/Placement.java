package io.camelcj.routes.orders.placement;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.routes.orders.model.OrderResult;

/**
 * How placing one order ended.
 */
public sealed interface Placement {

    /** The order exists in CJ (created now, recovered, or placed before). */
    record Placed(OrderResult result) implements Placement {
    }

    /** CJ refused the order for good; retrying cannot help. */
    record Refused(CjApiException failure) implements Placement {
    }

    /** The component gave up on a retryable failure; the order was not (known to be) placed. */
    record Exhausted(CjApiException lastFailure) implements Placement {
    }
}
