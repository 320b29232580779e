package io.camelcj.routes.feeds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.routes.support.CjCaller;

/** A tiny in-memory CJ for poller unit tests: order/list (status filter as the reference), detail, trackInfo. */
final class FakeCj implements CjCalls {

    final Map<String, Map<String, Object>> orders = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> tracking = new LinkedHashMap<>();
    final List<CjOperation> calls = new ArrayList<>();
    final List<Map<String, Object>> callParams = new ArrayList<>();

    void order(String orderId, String orderNum, String status, String trackNumber) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("orderId", orderId);
        order.put("orderNum", orderNum);
        order.put("orderStatus", status);
        order.put("trackNumber", trackNumber);
        order.put("logisticName", "CJPacket Ordinary");
        orders.put(orderId, order);
    }

    void track(String number, String status) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("trackingNumber", number);
        item.put("trackingStatus", status);
        tracking.put(number, item);
    }

    void reset() {
        calls.clear();
        callParams.clear();
    }

    long count(CjOperation operation) {
        return calls.stream().filter(operation::equals).count();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object call(CjOperation operation, Map<String, Object> params) {
        calls.add(operation);
        callParams.add(params);
        switch (operation) {
            case ORDER_LIST -> {
                String status = (String) params.getOrDefault("status", "CANCELLED");
                List<String> ids = (List<String>) params.getOrDefault("orderIds", List.of());
                List<Object> list = orders.values().stream().filter(o -> status.equals(o.get("orderStatus")))
                        .filter(o -> ids.isEmpty() || ids.contains(o.get("orderId"))).map(o -> (Object) o).toList();
                int size = (Integer) params.get("pageSize");
                int page = (Integer) params.get("pageNum");
                List<Object> slice = list.subList(Math.min(list.size(), (page - 1) * size), Math.min(list.size(), page * size));
                return Map.of("pageNum", page, "pageSize", size, "total", list.size(), "list", slice);
            }
            case ORDER_DETAIL -> {
                String id = (String) params.get("orderId");
                return orders.values().stream().filter(o -> id.equals(o.get("orderId")) || id.equals(o.get("orderNum")))
                        .findFirst().orElseThrow(() -> new CjApiException(operation.path(), 200, 1600100, "order not found",
                                null, CjErrorCategory.INVALID_PARAMETER, false, null, null));
            }
            case TRACK_INFO -> {
                List<String> numbers = (List<String>) params.get("trackNumber");
                List<Object> items = new ArrayList<>();
                for (String number : numbers) {
                    if (tracking.containsKey(number)) {
                        Map<String, Object> item = new LinkedHashMap<>(tracking.get(number));
                        item.put("deliveryDay", String.valueOf(calls.size())); // a day counter: always moving
                        items.add(item);
                    }
                }
                return items;
            }
            default -> throw new IllegalArgumentException(operation.path());
        }
    }

    /** order/list pages as the component hands them over: the items and the page's total. */
    @Override
    @SuppressWarnings("unchecked")
    public CjCaller.Page page(CjOperation operation, Map<String, Object> params) {
        Map<String, Object> data = (Map<String, Object>) call(operation, params);
        return new CjCaller.Page((List<Map<String, Object>>) data.get("list"),
                ((Number) data.get("total")).longValue(), null);
    }
}
