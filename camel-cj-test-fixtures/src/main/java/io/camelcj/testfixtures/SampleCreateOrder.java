package io.camelcj.testfixtures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one create-order sample of the project's tests: a complete, valid createOrderV3 body of one line
 * ({@code create-order.json} next to this class), as a shop would put it on the order push route's input topic.
 * Every call returns a fresh, mutable copy, so a test may break it on purpose.
 */
public final class SampleCreateOrder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESOURCE = "create-order.json";

    private SampleCreateOrder() {
    }

    /** The sample for {@code orderNumber}, one line of {@code quantity} × {@code vid} ({@code <orderNumber>-L1}). */
    public static Map<String, Object> createOrder(String orderNumber, String vid, int quantity) {
        Map<String, Object> order = read();
        order.put("orderNumber", orderNumber);
        Map<String, Object> line = firstLine(order);
        line.put("vid", vid);
        line.put("quantity", quantity);
        line.put("storeLineItemId", orderNumber + "-L1");
        return order;
    }

    /** The sample with its line's quantity of 2. */
    public static Map<String, Object> createOrder(String orderNumber, String vid) {
        return createOrder(orderNumber, vid, 2);
    }

    /** The first (only) line of a sample order, mutable. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> firstLine(Map<String, Object> order) {
        return ((List<Map<String, Object>>) order.get("products")).get(0);
    }

    /** The order as JSON text, as it is written to Kafka. */
    public static String json(Map<String, Object> order) {
        try {
            return JSON.writeValueAsString(order);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> read() {
        try (InputStream in = SampleCreateOrder.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            // Jackson reads JSON objects and arrays as LinkedHashMap and ArrayList: mutable, in file order
            return JSON.readValue(in, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
