package io.camelcj.routes.feeds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link OrderWatchStore} in memory, indexed by order number and by CJ order id. */
public final class InMemoryOrderWatchStore implements OrderWatchStore {

    private final Map<String, OrderWatch> byNumber = new LinkedHashMap<>();
    private final Map<String, OrderWatch> byId = new LinkedHashMap<>();

    @Override
    public synchronized Optional<OrderWatch> find(String orderNumber, String orderId) {
        OrderWatch watch = orderNumber == null ? null : byNumber.get(orderNumber);
        if (watch == null && orderId != null) {
            watch = byId.get(orderId);
        }
        return Optional.ofNullable(watch);
    }

    @Override
    public synchronized void save(OrderWatch watch) {
        if (watch.orderNumber() != null) {
            byNumber.put(watch.orderNumber(), watch);
        }
        if (watch.orderId() != null) {
            byId.put(watch.orderId(), watch);
        }
    }

    @Override
    public synchronized Collection<OrderWatch> active() {
        Map<OrderWatch, Boolean> unique = new LinkedHashMap<>();
        byNumber.values().stream().filter(OrderWatch::active).forEach(w -> unique.put(w, true));
        byId.values().stream().filter(OrderWatch::active).forEach(w -> unique.put(w, true));
        return new ArrayList<>(unique.keySet());
    }
}
