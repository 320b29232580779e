package io.camelcj.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Operations seen in CJ's own client (CJ-dropshipping/api-mcp), not in the reference: the order merge tasks
 * (shopping/mergeOrder/*), the cost of goods of orders (queryCogsBasicDataOrderInfoList) and the warehouse's
 * photos of orders (storehouseCenterWeb/syncStorehouseVideoRequests). All POST with a JSON body.
 * Merging: orders not yet confirmed (CREATED) with the same recipient, address and logistics are mergeable; a
 * submitted group becomes one new order and its members are CANCELLED. Tasks finish at once (progress 100).
 */
final class MergeOrderApi {

    private record Task(AccountState account, List<List<SimOrder>> groups, List<Map<String, Object>> merged) {
    }

    private final SimState state;
    private final OrderStore store;
    private final Events events;
    private final AtomicLong taskIds = new AtomicLong(7_000_000);
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();

    MergeOrderApi(SimState state, Events events) {
        this.state = state;
        this.store = state.orders;
        this.events = events;
    }

    void register(Routes r) {
        r.json("shopping/mergeOrder/autoMatchMergeOrderListV3", "POST", Envelope.RESULT, this::autoMatch);
        r.json("shopping/mergeOrder/autoMergeQueryProgress", "POST", Envelope.RESULT, this::progress);
        r.json("shopping/mergeOrder/autoMergeQueryResult", "POST", Envelope.RESULT, this::matchResult);
        r.json("shopping/mergeOrder/submitMergeOrderBatchV3", "POST", Envelope.RESULT, this::submit);
        r.json("shopping/mergeOrder/submitProgress", "POST", Envelope.RESULT, this::progress);
        r.json("shopping/mergeOrder/submitResult", "POST", Envelope.RESULT, this::submitResult);
        r.json("shopping/order/queryCogsBasicDataOrderInfoList", "POST", Envelope.RESULT, this::cogs);
        r.json("storehouseCenterWeb/syncStorehouseVideoRequests", "POST", Envelope.RESULT, this::warehousePictures);
    }

    private static String mergeKey(SimOrder o) {
        return String.join("\u0000", o.shipping.getOrDefault("shippingCountryCode", ""), o.shipping.getOrDefault("shippingProvince", ""),
                o.shipping.getOrDefault("shippingCity", ""), o.shipping.getOrDefault("shippingAddress", ""),
                o.shipping.getOrDefault("shippingCustomerName", ""), o.logisticName, o.fromCountryCode);
    }

    private Object autoMatch(ApiRequest r) {
        Integer orderStatus = r.integer("orderStatus", 100);
        if (orderStatus != 100) {
            throw CjError.param("orderStatus must be 100 (orders not yet confirmed)");
        }
        Map<String, List<SimOrder>> byKey = new LinkedHashMap<>();
        synchronized (store.lock()) {
            for (SimOrder o : store.of(r.account)) {
                if ("CREATED".equals(o.status)) {
                    byKey.computeIfAbsent(mergeKey(o), k -> new ArrayList<>()).add(o);
                }
            }
        }
        List<List<SimOrder>> groups = byKey.values().stream().filter(g -> g.size() > 1).toList();
        String taskId = String.valueOf(taskIds.incrementAndGet());
        tasks.put(taskId, new Task(r.account, groups, new ArrayList<>()));
        return Map.of("taskId", taskId);
    }

    private Task task(ApiRequest r) {
        String taskId = r.required("taskId", 50).trim();
        Task t = tasks.get(taskId);
        if (t == null || t.account() != r.account) {
            throw CjError.param("taskId " + taskId + " not found");
        }
        return t;
    }

    private Object progress(ApiRequest r) {
        task(r);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("taskId", r.str("taskId").trim());
        m.put("progress", 100);
        m.put("finished", true);
        return m;
    }

    private Object matchResult(ApiRequest r) {
        Task t = task(r);
        List<Map<String, Object>> groups = new ArrayList<>();
        for (int i = 0; i < t.groups().size(); i++) {
            List<SimOrder> g = t.groups().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("groupId", String.valueOf(i + 1));
            m.put("orderIds", g.stream().map(o -> o.orderId).toList());
            m.put("orderNumbers", g.stream().map(o -> o.orderNumber).toList());
            m.put("shippingCustomerName", g.get(0).shipping.get("shippingCustomerName"));
            m.put("shippingCountryCode", g.get(0).shipping.get("shippingCountryCode"));
            m.put("logisticName", g.get(0).logisticName);
            groups.add(m);
        }
        return Map.of("taskId", r.str("taskId").trim(), "mergeGroups", groups);
    }

    /** {taskId, groupIds?}: merges the auto-match task's groups (all when no groupIds); answers a submit task. */
    private Object submit(ApiRequest r) {
        Task matched = task(r);
        List<String> groupIds = r.list("groupIds");
        Task submitted = new Task(r.account, List.of(), new ArrayList<>());
        synchronized (store.lock()) {
            for (int i = 0; i < matched.groups().size(); i++) {
                if (!groupIds.isEmpty() && !groupIds.contains(String.valueOf(i + 1))) {
                    continue;
                }
                List<SimOrder> members = matched.groups().get(i).stream().filter(o -> "CREATED".equals(o.status)).toList();
                if (members.size() > 1) {
                    submitted.merged().add(merge(members));
                }
            }
        }
        String taskId = String.valueOf(taskIds.incrementAndGet());
        tasks.put(taskId, submitted);
        return Map.of("taskId", taskId);
    }

    private Map<String, Object> merge(List<SimOrder> members) {
        SimOrder first = members.get(0);
        List<SimOrder.Line> lines = new ArrayList<>();
        members.forEach(o -> lines.addAll(o.lines));
        int weight = lines.stream().mapToInt(l -> l.weight * l.quantity).sum();
        Freight.Channel channel = Freight.byName(first.logisticName);
        SimOrder merged = new SimOrder(store.nextOrderId(), first.orderNumber + "-M", first.account, first.shipping,
                first.logisticName, first.fromCountryCode, first.shopLogisticsType, first.storageId, lines,
                channel == null ? first.postageAmount : channel.price(weight), state.clock.now(), first.platform);
        store.add(merged);
        events.order(merged, "INSERT");
        for (SimOrder o : members) {
            o.status = "CANCELLED";
            o.updated = state.clock.now();
            events.order(o, "UPDATE");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orderId", merged.orderId);
        m.put("orderNumber", merged.orderNumber);
        m.put("mergedOrderIds", members.stream().map(o -> o.orderId).toList());
        return m;
    }

    private Object submitResult(ApiRequest r) {
        Task t = task(r);
        return Map.of("taskId", r.str("taskId").trim(), "mergedOrders", t.merged());
    }

    /** {orderCodesList}: what each order cost (CJ order ids or codes); unknown ones in unMatchOrderCodes. */
    private Object cogs(ApiRequest r) {
        List<String> codes = r.list("orderCodesList");
        if (codes.isEmpty()) {
            throw CjError.empty("orderCodesList");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        synchronized (store.lock()) {
            for (String code : codes) {
                SimOrder o = store.find(r.account, code);
                if (o == null) {
                    unknown.add(code);
                    continue;
                }
                List<Map<String, Object>> products = new ArrayList<>();
                for (SimOrder.Line l : o.lines) {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("sku", l.sku);
                    p.put("vid", l.vid);
                    p.put("quantity", l.quantity);
                    p.put("unitCost", l.sellPrice);
                    p.put("productCost", l.sellPrice.multiply(BigDecimal.valueOf(l.quantity)));
                    products.add(p);
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("orderCode", code.trim());
                m.put("orderId", o.orderId);
                m.put("orderNumber", o.orderNumber);
                m.put("productAmount", o.productAmount);
                m.put("postageAmount", o.postageAmount);
                m.put("taxAmount", BigDecimal.ZERO.setScale(2));
                m.put("totalAmount", o.orderAmount());
                m.put("currency", "USD");
                m.put("products", products);
                rows.add(m);
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("list", rows);
        data.put("unMatchOrderCodes", unknown);
        return data;
    }

    /** {orderIdList}: packing and outbound photos of orders that left the warehouse; none before. */
    private Object warehousePictures(ApiRequest r) {
        List<String> ids = r.list("orderIdList");
        if (ids.isEmpty()) {
            throw CjError.empty("orderIdList");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        synchronized (store.lock()) {
            for (String id : ids) {
                SimOrder o = store.find(r.account, id);
                if (o == null) {
                    continue;
                }
                boolean left = o.shipped != null;
                String base = "https://cc-west-usa.oss-us-west-1.aliyuncs.com/sim/warehouse/" + o.orderId;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("orderId", o.orderId);
                m.put("pictures", left ? List.of(Map.of("type", "PACKING", "url", base + "-packing.jpg"),
                        Map.of("type", "OUTBOUND", "url", base + "-outbound.jpg")) : List.of());
                m.put("videos", List.of());
                out.add(m);
            }
        }
        return out;
    }
}
