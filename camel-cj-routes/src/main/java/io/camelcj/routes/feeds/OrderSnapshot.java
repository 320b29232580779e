package io.camelcj.routes.feeds;

import java.util.Map;
import java.util.Objects;

/**
 * The part of a CJ order the status feed watches: status, tracking number, logistics name.
 *
 * @param orderId      CJ's order id ({@code orderId} in order/list and getOrderDetail)
 * @param orderNumber  the partner's order number ({@code orderNum}; {@code orderNumber} in webhooks)
 * @param status       CJ order status: CREATED, IN_CART, UNPAID, UNSHIPPED, SHIPPED, DELIVERED, CANCELLED...
 * @param trackNumber  tracking number once shipped, else null
 * @param logisticName logistics channel name, may be null
 * @param trackingUrl  tracking URL when CJ gives one, may be null (not compared)
 */
public record OrderSnapshot(String orderId, String orderNumber, String status, String trackNumber,
                            String logisticName, String trackingUrl) {

    /** Reads an order as returned by shopping/order/list or getOrderDetail (ids as string or number). */
    public static OrderSnapshot of(Map<?, ?> order) {
        return new OrderSnapshot(text(order, "orderId"), firstText(order, "orderNum", "orderNumber"),
                text(order, "orderStatus"), text(order, "trackNumber"), text(order, "logisticName"),
                text(order, "trackingUrl"));
    }

    /** True when status, tracking number or logistics name differ (the fields the feed reports). */
    public boolean differsFrom(OrderSnapshot other) {
        return other == null || !Objects.equals(status, other.status) || !Objects.equals(trackNumber, other.trackNumber)
                || !Objects.equals(logisticName, other.logisticName);
    }

    private static String firstText(Map<?, ?> map, String... keys) {
        for (String key : keys) {
            String value = text(map, key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        String s = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString().trim();
        return s.isEmpty() ? null : s;
    }
}
