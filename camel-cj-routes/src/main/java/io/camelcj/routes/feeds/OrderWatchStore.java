package io.camelcj.routes.feeds;

import java.util.Collection;
import java.util.Optional;

/**
 * Where the status feed keeps the orders it follows and what it last reported. The default keeps them in
 * memory: after a restart the feed reports each followed order's current state once more (at-least-once).
 * Implement it over a database or a compacted topic to survive restarts without repeats.
 */
public interface OrderWatchStore {

    /** The watch of an order, looked up by the partner's order number or CJ's order id. */
    Optional<OrderWatch> find(String orderNumber, String orderId);

    /** Adds or replaces a watch (matched by order number, else by CJ order id). */
    void save(OrderWatch watch);

    /** Every watch still active. */
    Collection<OrderWatch> active();
}
