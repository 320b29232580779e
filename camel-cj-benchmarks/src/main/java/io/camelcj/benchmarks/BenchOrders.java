package io.camelcj.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelcj.simulator.CjSimulator;
import io.camelcj.testfixtures.SampleCreateOrder;

/** Valid order records in the order push route's input shape (createOrderV3's fields), one line each. */
final class BenchOrders {

    private BenchOrders() {
    }

    /** {@code count} orders keyed by order number, each for one unit of a different simulated variant. */
    static Map<String, String> create(CjSimulator sim, int count, String tag) {
        List<String> vids = new ArrayList<>();
        for (String pid : sim.catalogue().productIds()) {
            vids.addAll(sim.catalogue().variantIds(pid));
            if (vids.size() >= count) {
                break;
            }
        }
        Map<String, String> orders = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String orderNumber = "bench-" + tag + "-" + i;
            Map<String, Object> order = SampleCreateOrder.createOrder(orderNumber, vids.get(i % vids.size()), 1);
            orders.put(orderNumber, SampleCreateOrder.json(order));
        }
        return orders;
    }
}
