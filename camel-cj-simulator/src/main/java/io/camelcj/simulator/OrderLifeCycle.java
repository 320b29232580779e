package io.camelcj.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The order life cycle: cart, confirmation, deletion, warehouse change, and the admin's ship and deliver. */
final class OrderLifeCycle {

    private static final Set<String> UNPAID_STATES = Set.of("CREATED", "IN_CART", "UNPAID");

    private final SimState state;
    private final OrderStore store;
    private final Events events;

    OrderLifeCycle(SimState state, Events events) {
        this.state = state;
        this.store = state.orders;
        this.events = events;
    }

    SimOrder mustFind(ApiRequest r, String id) {
        SimOrder o = store.find(r.account, id);
        if (o == null) {
            throw new CjError(1603100, "Order not found, please check the CJ order id: " + id);
        }
        return o;
    }

    void moveTo(SimOrder o, String status) {
        o.status = status;
        o.updated = state.clock.now();
        events.order(o, "UPDATE");
    }

    void confirmOne(SimOrder o) {
        if (o.cjOrderId == null) {
            o.cjOrderId = store.nextCode("SD");
            store.alias(o, o.cjOrderId);
        }
        moveTo(o, "UNPAID");
    }

    Object addCart(ApiRequest r) {
        List<String> ids = r.list("cjOrderIdList");
        if (ids.isEmpty()) {
            throw CjError.empty("cjOrderIdList");
        }
        List<String> added = new ArrayList<>();
        List<String> intercepted = new ArrayList<>();
        synchronized (store.lock()) {
            for (String id : ids) {
                SimOrder o = store.find(r.account, id);
                if (o != null && "CREATED".equals(o.status)) {
                    moveTo(o, "IN_CART");
                    added.add(id);
                } else {
                    intercepted.add(id);
                }
            }
        }
        if (added.isEmpty()) {
            throw new CjError(1603001, "order confirm fail: no order in state CREATED among " + ids);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("successCount", added.size());
        data.put("addSuccessOrders", added);
        data.put("unInterceptAddressCount", 0);
        data.put("interceptOrders", intercepted);
        return data;
    }

    Object addCartConfirm(ApiRequest r) {
        List<String> ids = r.list("cjOrderIdList");
        if (ids.isEmpty()) {
            throw CjError.empty("cjOrderIdList");
        }
        List<SimOrder> confirmed = new ArrayList<>();
        List<String> intercepted = new ArrayList<>();
        OrderStore.Shipment shipment;
        synchronized (store.lock()) {
            for (String id : ids) {
                SimOrder o = store.find(r.account, id);
                if (o != null && "IN_CART".equals(o.status) && delistedProduct(o) == null) {
                    confirmed.add(o);
                } else {
                    intercepted.add(id);
                }
            }
            if (confirmed.isEmpty()) {
                for (String id : ids) {
                    SimOrder o = store.find(r.account, id);
                    String delisted = o == null ? null : delistedProduct(o);
                    if (delisted != null) {
                        // the reference's troubleshooting for 1602002: "Order confirm fail"
                        throw new CjError(1602002, "Product has been removed from shelves: " + delisted);
                    }
                }
                throw new CjError(1603001, "order confirm fail: no order in the cart among " + ids);
            }
            shipment = store.newShipment(confirmed);
            for (SimOrder o : confirmed) {
                o.shipmentOrderId = shipment.id;
                confirmOne(o);
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("successCount", confirmed.size());
        data.put("submitSuccess", true);
        data.put("shipmentsId", shipment.id);
        data.put("result", 0);
        data.put("interceptOrders", intercepted);
        return data;
    }

    OrderStore.Shipment shipment(ApiRequest r, String id) {
        OrderStore.Shipment s = store.shipment(id);
        if (s == null || s.orders.get(0).account != r.account) {
            throw new CjError(1603100, "Order not found, please check the CJ order id: shipment " + id);
        }
        return s;
    }

    Object delete(ApiRequest r) {
        String orderId = r.required("orderId", 200);
        synchronized (store.lock()) {
            SimOrder o = mustFind(r, orderId);
            if (!UNPAID_STATES.contains(o.status)) {
                throw new CjError(1603002, "Order delete fail: order is " + o.status);
            }
            moveTo(o, "CANCELLED");
            return o.orderId;
        }
    }

    Object confirm(ApiRequest r) {
        String orderId = r.required("orderId", 200);
        synchronized (store.lock()) {
            SimOrder o = mustFind(r, orderId);
            if (!"CREATED".equals(o.status) && !"IN_CART".equals(o.status)) {
                throw new CjError(1603001, "order confirm fail: order is " + o.status);
            }
            String delisted = delistedProduct(o);
            if (delisted != null) {
                throw new CjError(1602002, "Product has been removed from shelves: " + delisted);
            }
            confirmOne(o);
            return o.orderId;
        }
    }

    Object changeWarehouse(ApiRequest r) {
        String orderCode = r.required("orderCode", 200);
        String storageId = r.required("storageId", 200);
        synchronized (store.lock()) {
            SimOrder o = store.find(r.account, orderCode);
            if (o == null) {
                throw new CjError(1603001, "order query fail", false, 200, false);
            }
            if (o.shopLogisticsType == 2 || "SHIPPED".equals(o.status) || "DELIVERED".equals(o.status)
                    || "CANCELLED".equals(o.status)) {
                throw new CjError(1603001, "order query fail: the warehouse of this order cannot be changed", false, 200, false);
            }
            Warehouses.Area a = state.catalogue.warehouses.byStorageId(storageId.trim());
            if (a == null) {
                throw new CjError(1608001, "Warehouse info not found", false, 200, false);
            }
            o.storageId = a.storageId();
            o.updated = state.clock.now();
            return true;
        }
    }

    // ---------------------------------------------------------------- admin transitions

    void ship(String orderId, String trackingNumber) {
        synchronized (store.lock()) {
            SimOrder o = adminFind(orderId);
            if (!"UNSHIPPED".equals(o.status)) {
                throw new IllegalStateException("order " + orderId + " is " + o.status + ", only UNSHIPPED orders can ship");
            }
            if (o.account.config.sandbox()) {
                throw new IllegalStateException("orders of a sandbox account never ship");
            }
            store.trackNumber(o, trackingNumber);
            o.shipped = state.clock.now();
            moveTo(o, "SHIPPED");
            events.logistic(o, 1, "Warehouse outbound");
        }
    }

    void deliver(String orderId) {
        synchronized (store.lock()) {
            SimOrder o = adminFind(orderId);
            if (!"SHIPPED".equals(o.status)) {
                throw new IllegalStateException("order " + orderId + " is " + o.status + ", only SHIPPED orders can be delivered");
            }
            o.delivered = state.clock.now();
            moveTo(o, "DELIVERED");
            events.logistic(o, 12, "Delivered");
        }
    }

    private SimOrder adminFind(String id) {
        SimOrder o = store.findForAdmin(id);
        if (o == null) {
            throw new IllegalArgumentException("no order " + id);
        }
        return o;
    }

    /** Admin: the order's products are not associated in CJ yet (getOrderDetail isComplete 0). */
    void markIncomplete(String orderId) {
        synchronized (store.lock()) {
            adminFind(orderId).complete = false;
        }
    }

    /**
     * Admin: CJ has re-associated the products of an incomplete order; the ORDER message with messageType
     * ORDER_CONNNECTED (the reference's spelling) carries the real CJ order id.
     */
    void connect(String orderId) {
        synchronized (store.lock()) {
            SimOrder o = adminFind(orderId);
            if (o.complete) {
                throw new IllegalStateException("order " + orderId + " is complete already; mark it incomplete first");
            }
            o.complete = true;
            o.updated = state.clock.now();
            events.order(o, "ORDER_CONNNECTED");
        }
    }

    /** Admin: CJ splits a confirmed order into parts (lines by index); sends ORDERSPLIT. */
    void split(String orderId, List<List<Integer>> lineGroups) {
        synchronized (store.lock()) {
            SimOrder o = adminFind(orderId);
            if (o.cjOrderId == null) {
                throw new IllegalStateException("order " + orderId + " is " + o.status + "; only confirmed orders are split");
            }
            List<List<SimOrder.Line>> parts = new ArrayList<>();
            for (List<Integer> group : lineGroups) {
                List<SimOrder.Line> part = new ArrayList<>();
                for (int i : group) {
                    if (i < 0 || i >= o.lines.size()) {
                        throw new IllegalArgumentException("order " + orderId + " has no line " + i);
                    }
                    part.add(o.lines.get(i));
                }
                parts.add(part);
            }
            if (parts.size() < 2) {
                throw new IllegalArgumentException("a split needs at least two groups of lines");
            }
            events.orderSplit(o, parts);
        }
    }

    /** The pid of a line's product that was delisted since the order was created, or null. */
    private String delistedProduct(SimOrder o) {
        for (SimOrder.Line l : o.lines) {
            ProductCore c = state.catalogue.byPid(l.pid);
            if (c != null && c.delisted) {
                return l.pid;
            }
        }
        return null;
    }
}
