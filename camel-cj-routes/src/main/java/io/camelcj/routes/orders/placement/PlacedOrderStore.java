package io.camelcj.routes.orders.placement;

import java.util.Optional;

import io.camelcj.routes.orders.model.OrderResult;

/**
 * A cheap record of orders this route has placed, checked before any CJ call so that a redelivered or duplicated
 * record costs nothing. It is an optimisation, not the guarantee: an order missing here (new process, evicted
 * entry) is still found by the CJ look-up or CJ's own duplicate check (1603003).
 */
public interface PlacedOrderStore {

    Optional<OrderResult> find(String orderNumber);

    void record(OrderResult result);
}
