package io.camelcj.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.simulator.CjSimulator;

/** Valid order records in the order push route's input shape (createOrderV3's fields), one line each. */
final class BenchOrders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchOrders() {
    }

    /** {@code count} orders keyed by order number, each for one unit of a different simulated variant. */
    static Map<String, String> create(CjSimulator sim, int count, String tag) throws JsonProcessingException {
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
            Map<String, Object> order = new LinkedHashMap<>();
            order.put("orderNumber", orderNumber);
            order.put("shippingCountryCode", "US");
            order.put("shippingCountry", "United States");
            order.put("shippingProvince", "California");
            order.put("shippingCity", "Los Angeles");
            order.put("shippingZip", "90001");
            order.put("shippingCustomerName", "Alex Doe");
            order.put("shippingAddress", "1200 Sunset Blvd");
            order.put("logisticName", "CJPacket Ordinary");
            order.put("fromCountryCode", "CN");
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("vid", vids.get(i % vids.size()));
            line.put("quantity", 1);
            line.put("storeLineItemId", orderNumber + "-1");
            order.put("products", List.of(line));
            orders.put(orderNumber, JSON.writeValueAsString(order));
        }
        return orders;
    }
}
