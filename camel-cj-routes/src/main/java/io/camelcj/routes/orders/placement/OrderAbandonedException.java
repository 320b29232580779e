package io.camelcj.routes.orders.placement;

/**
 * Thrown when an order is left without an outcome (the route is stopping or the thread was interrupted); its
 * input record is not committed, so it is delivered again and the placement check finds whatever a try did.
 */
public class OrderAbandonedException extends RuntimeException {

    public OrderAbandonedException(String message) {
        super(message);
    }
}
