package io.camelcj.examples.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelcj.simulator.CjSimulator;
import io.camelcj.testfixtures.SampleCreateOrder;

/**
 * Demo orders for the embedded mode, in the order push route's input shape (createOrderV3's fields). All but the
 * last two are valid; those two show the dead-letter topic at work: one lacks the destination country code, one
 * orders a quantity of 0.
 */
final class SampleOrders {

    private static final String[][] RECIPIENTS = {
        {"US", "United States", "California", "Los Angeles", "90001", "Alex Doe", "1200 Sunset Blvd"},
        {"DE", "Germany", "Berlin", "Berlin", "10115", "Maria Schmidt", "Invalidenstrasse 12"},
        {"FR", "France", "Ile-de-France", "Paris", "75001", "Louis Martin", "12 Rue de Rivoli"},
        {"GB", "United Kingdom", "England", "London", "SW1A 1AA", "Sam Taylor", "10 Downing Street"},
    };

    private SampleOrders() {
    }

    /** {@code count} orders keyed by order number, JSON values; the last two are invalid when count >= 4. */
    static Map<String, String> create(CjSimulator simulator, int count, String runTag) {
        List<String> vids = new ArrayList<>();
        for (String pid : simulator.catalogue().productIds()) {
            vids.addAll(simulator.catalogue().variantIds(pid));
            if (vids.size() >= count) {
                break;
            }
        }
        Map<String, String> orders = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String orderNumber = "demo-" + runTag + "-" + (i + 1);
            Map<String, Object> order = order(orderNumber, RECIPIENTS[i % RECIPIENTS.length],
                    vids.get(i % vids.size()), 1 + i % 3);
            if (count >= 4 && i == count - 2) {
                order.remove("shippingCountryCode");
            } else if (count >= 4 && i == count - 1) {
                @SuppressWarnings("unchecked")
                Map<String, Object> line = (Map<String, Object>) ((List<?>) order.get("products")).get(0);
                line.put("quantity", 0);
            }
            orders.put(orderNumber, SampleCreateOrder.json(order));
        }
        return orders;
    }

    /** The project's create-order sample ({@code camel-cj-test-fixtures}) sent to one of the demo recipients. */
    private static Map<String, Object> order(String orderNumber, String[] r, String vid, int quantity) {
        Map<String, Object> order = SampleCreateOrder.createOrder(orderNumber, vid, quantity);
        order.put("shippingCountryCode", r[0]);
        order.put("shippingCountry", r[1]);
        order.put("shippingProvince", r[2]);
        order.put("shippingCity", r[3]);
        order.put("shippingZip", r[4]);
        order.put("shippingCustomerName", r[5]);
        order.put("shippingAddress", r[6]);
        return order;
    }
}
