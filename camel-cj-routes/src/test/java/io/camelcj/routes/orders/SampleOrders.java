package io.camelcj.routes.orders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Order records for tests, as the JSON maps a shop would put on the input topic.
 */
public final class SampleOrders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleOrders() {
    }

    /** A complete, valid order of one line of {@code vid}. */
    public static Map<String, Object> order(String orderNumber, String vid) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("orderNumber", orderNumber);
        order.put("shippingZip", "10001");
        order.put("shippingCountry", "United States");
        order.put("shippingCountryCode", "US");
        order.put("shippingProvince", "New York");
        order.put("shippingCity", "New York");
        order.put("shippingPhone", "2125550100");
        order.put("shippingCustomerName", "Ada Lovelace");
        order.put("shippingAddress", "1 Main Street");
        order.put("logisticName", "CJPacket Ordinary");
        order.put("fromCountryCode", "CN");
        List<Map<String, Object>> products = new ArrayList<>();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("vid", vid);
        line.put("quantity", 2);
        line.put("storeLineItemId", orderNumber + "-L1");
        products.add(line);
        order.put("products", products);
        return order;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> firstLine(Map<String, Object> order) {
        return ((List<Map<String, Object>>) order.get("products")).get(0);
    }

    public static String json(Map<String, Object> order) {
        try {
            return JSON.writeValueAsString(order);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
