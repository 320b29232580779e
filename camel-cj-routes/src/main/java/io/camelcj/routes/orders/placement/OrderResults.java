package io.camelcj.routes.orders.placement;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelcj.routes.orders.model.OrderLineResult;
import io.camelcj.routes.orders.model.OrderResult;
import io.camelcj.routes.orders.model.PlacementOutcome;

/**
 * Turns CJ's order data into a result record. createOrderV2/V3 and getOrderDetail describe the same order with
 * different names ({@code orderNumber}/{@code orderNum}, {@code productInfoList}/{@code productList},
 * {@code variantId}/{@code vid}); numbers may arrive as strings or empty strings (see the field notes).
 */
final class OrderResults {

    private final Clock clock;

    OrderResults(Clock clock) {
        this.clock = clock;
    }

    OrderResult from(String orderNumber, CjReply reply, PlacementOutcome outcome) {
        Map<String, Object> d = reply.data();
        String number = firstText(d, "orderNumber", "orderNum");
        return new OrderResult(
                number != null ? number : orderNumber,
                reply.text("orderId"),
                outcome,
                reply.text("orderStatus"),
                reply.text("shipmentOrderId"),
                amount(d.get("orderAmount")),
                amount(d.get("productAmount")),
                amount(d.get("postageAmount")),
                amount(d.get("actualPayment")),
                amount(d.get("totalDiscountAmount")),
                lines(d.containsKey("productInfoList") ? d.get("productInfoList") : d.get("productList")),
                null,
                reply.requestId(),
                clock.instant().toString());
    }

    private static List<OrderLineResult> lines(Object raw) {
        List<OrderLineResult> lines = new ArrayList<>();
        if (raw instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> m) {
                    lines.add(new OrderLineResult(
                            text(m.get("storeLineItemId")),
                            text(m.get("lineItemId")),
                            text(m.get("variantId") != null ? m.get("variantId") : m.get("vid")),
                            integer(m.get("quantity"))));
                }
            }
        }
        return lines;
    }

    private static String firstText(Map<String, Object> d, String... fields) {
        for (String f : fields) {
            String t = text(d.get(f));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.isBlank() ? null : s;
    }

    /** CJ sends amounts as JSON numbers or as strings, sometimes empty; never go through double. */
    static BigDecimal amount(Object value) {
        if (value instanceof BigDecimal b) {
            return b;
        }
        String s = text(value);
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(Object value) {
        BigDecimal b = amount(value);
        return b == null ? null : b.intValue();
    }
}
