package io.camelcj.routes.feeds;

/**
 * One order the status feed knows about.
 *
 * @param orderId     CJ's order id, null while only the order number is known
 * @param orderNumber the partner's order number, may be null (orders found by listing the account)
 * @param last        the last snapshot reported, null before the first
 * @param statusHint  the status the order had when it was handed over (e.g. from cj.orders.out), may be null
 * @param active      false once the order reached a final state (kept so it is not reported again)
 * @param misses      consecutive polls in which CJ did not know the order
 */
public record OrderWatch(String orderId, String orderNumber, OrderSnapshot last, String statusHint, boolean active,
                         int misses) {

    /** The id to look the order up with: CJ's id, else the order number (getOrderDetail takes both). */
    public String lookupId() {
        return orderId != null ? orderId : orderNumber;
    }

    /** The status CJ is expected to report: the last one reported, else the hint. */
    public String expectedStatus() {
        return last != null ? last.status() : statusHint;
    }

    OrderWatch withLast(OrderSnapshot snapshot, boolean stillActive) {
        return new OrderWatch(snapshot.orderId() != null ? snapshot.orderId() : orderId,
                orderNumber != null ? orderNumber : snapshot.orderNumber(), snapshot, statusHint, stillActive, 0);
    }

    OrderWatch withMisses(int newMisses) {
        return new OrderWatch(orderId, orderNumber, last, statusHint, active, newMisses);
    }

    OrderWatch withIds(String newOrderId, String newOrderNumber) {
        return new OrderWatch(orderId != null ? orderId : newOrderId,
                orderNumber != null ? orderNumber : newOrderNumber, last, statusHint, active, misses);
    }

    OrderWatch stopped() {
        return new OrderWatch(orderId, orderNumber, last, statusHint, false, misses);
    }
}
