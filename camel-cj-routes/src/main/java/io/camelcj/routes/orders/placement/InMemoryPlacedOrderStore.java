package io.camelcj.routes.orders.placement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.camelcj.routes.orders.model.OrderResult;

/**
 * The default {@link PlacedOrderStore}: the most recent results of this JVM, bounded (least recently used entries
 * are dropped first).
 */
public final class InMemoryPlacedOrderStore implements PlacedOrderStore {

    private final Map<String, OrderResult> results;

    public InMemoryPlacedOrderStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.results = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, OrderResult> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized Optional<OrderResult> find(String orderNumber) {
        return Optional.ofNullable(results.get(orderNumber));
    }

    @Override
    public synchronized void record(OrderResult result) {
        results.put(result.orderNumber(), result);
    }

    public synchronized int size() {
        return results.size();
    }
}
