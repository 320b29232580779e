package io.camelcj.routes.orders.placement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;

/**
 * A small CJ for placement tests: keeps orders by orderNumber, walks them through CJ's statuses, and fails calls
 * as scripted (before or after doing the work, like a time-out after the request was received).
 */
final class FakeCjOrderApi implements CjOrderApi {

    final Map<String, Map<String, Object>> orders = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    private final Map<String, Deque<Script>> failures = new HashMap<>();
    boolean balanceSufficient = true;
    boolean detailShowsShipmentOrderId = false;

    private record Script(CjApiException failure, boolean afterWork) {
    }

    void failNext(String operation, CjApiException failure) {
        failures.computeIfAbsent(operation, k -> new ArrayDeque<>()).add(new Script(failure, false));
    }

    /** The call does its work, then the answer is lost. */
    void failNextAfterWork(String operation, CjApiException failure) {
        failures.computeIfAbsent(operation, k -> new ArrayDeque<>()).add(new Script(failure, true));
    }

    static CjApiException failure(CjErrorCategory category, Integer code) {
        return new CjApiException("test", 0, code, "scripted " + category, "req-" + code, category,
                category.isRetryable(), null, null);
    }

    private CjReply handle(String operation, java.util.function.Supplier<CjReply> work) {
        calls.add(operation);
        Deque<Script> queue = failures.get(operation);
        Script script = queue == null ? null : queue.poll();
        if (script != null && !script.afterWork()) {
            throw script.failure();
        }
        CjReply reply = work.get();
        if (script != null) {
            throw script.failure();
        }
        return reply;
    }

    @Override
    public CjReply createOrder(Map<String, Object> body) {
        return handle("create", () -> {
            String number = (String) body.get("orderNumber");
            if (orders.containsKey(number)) {
                throw failure(CjErrorCategory.DUPLICATE_ORDER, 1603003);
            }
            Map<String, Object> order = new LinkedHashMap<>();
            order.put("orderId", "CJ-" + number);
            order.put("orderNum", number);
            order.put("orderStatus", "CREATED");
            order.put("shipmentOrderId", "SH-" + number);
            order.put("orderAmount", "12.34");
            order.put("productList", List.of(Map.of("vid", "V-1", "lineItemId", "LI-" + number, "storeLineItemId",
                    number + "-L1", "quantity", 2)));
            orders.put(number, order);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("orderNumber", number);
            data.put("orderId", "CJ-" + number);
            data.put("orderStatus", "CREATED");
            data.put("shipmentOrderId", "SH-" + number);
            data.put("orderAmount", 12.34);
            data.put("productAmount", "10.00");
            data.put("postageAmount", "");
            data.put("productInfoList", List.of(Map.of("variantId", "V-1", "lineItemId", "LI-" + number,
                    "storeLineItemId", number + "-L1", "quantity", 2)));
            return new CjReply(data, "req-create-" + number, false);
        });
    }

    @Override
    public Optional<CjReply> findOrder(String orderId) {
        CjReply reply = handle("find", () -> {
            Map<String, Object> order = byAnyId(orderId);
            if (order == null) {
                return null;
            }
            Map<String, Object> data = new LinkedHashMap<>(order);
            if (!detailShowsShipmentOrderId) {
                data.remove("shipmentOrderId");
            }
            return new CjReply(data, "req-find", false);
        });
        return Optional.ofNullable(reply);
    }

    private Map<String, Object> byAnyId(String id) {
        return orders.values().stream()
                .filter(o -> id.equals(o.get("orderNum")) || id.equals(o.get("orderId")))
                .findFirst().orElse(null);
    }

    private void move(String cjOrderId, String from, String to) {
        Map<String, Object> order = byAnyId(cjOrderId);
        if (order == null || !from.equals(order.get("orderStatus"))) {
            throw failure(CjErrorCategory.INVALID_PARAMETER, 1603001);
        }
        order.put("orderStatus", to);
    }

    @Override
    public CjReply addCart(String cjOrderId) {
        return handle("addCart", () -> {
            move(cjOrderId, "CREATED", "IN_CART");
            return new CjReply(Map.of("successCount", 1, "addSuccessOrders", List.of(cjOrderId)), "req-cart", false);
        });
    }

    @Override
    public CjReply addCartConfirm(String cjOrderId) {
        return handle("addCartConfirm", () -> {
            move(cjOrderId, "IN_CART", "UNPAID");
            String shipment = (String) byAnyId(cjOrderId).get("shipmentOrderId");
            return new CjReply(Map.of("submitSuccess", true, "shipmentsId", shipment), "req-confirm", false);
        });
    }

    @Override
    public CjReply saveGenerateParentOrder(String shipmentOrderId) {
        return handle("parent", () -> new CjReply(Map.of("payId", "PAY-" + shipmentOrderId), "req-parent", false));
    }

    @Override
    public CjReply payBalance(String shipmentOrderId, String payId) {
        return handle("pay", () -> {
            if (!balanceSufficient) {
                throw failure(CjErrorCategory.INSUFFICIENT_BALANCE, 1604000);
            }
            Map<String, Object> order = orders.values().stream()
                    .filter(o -> shipmentOrderId.equals(o.get("shipmentOrderId"))).findFirst().orElseThrow();
            if (!"UNPAID".equals(order.get("orderStatus")) || !payId.equals("PAY-" + shipmentOrderId)) {
                throw failure(CjErrorCategory.INVALID_PARAMETER, 1603101);
            }
            order.put("orderStatus", "UNSHIPPED");
            return new CjReply(Map.of(), "req-pay", false);
        });
    }

    long count(String operation) {
        return calls.stream().filter(operation::equals).count();
    }
}
