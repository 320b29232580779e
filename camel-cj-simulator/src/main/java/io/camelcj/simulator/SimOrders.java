package io.camelcj.simulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read-only view of the orders created through the API (as getOrderDetail shows them, plus "orderNumber"). */
public interface SimOrders {

    int count();

    Optional<Map<String, Object>> findByOrderNumber(String orderNumber);

    List<Map<String, Object>> all();
}
