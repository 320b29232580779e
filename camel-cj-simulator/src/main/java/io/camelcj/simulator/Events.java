package io.camelcj.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the webhook messages of the reference's "List of topics" when data changes, and sends them. */
final class Events {

    private final SimState state;

    Events(SimState state) {
        this.state = state;
    }

    void product(ProductCore c, String messageType, List<String> fields) {
        Catalogue cat = state.catalogue;
        Map<String, Object> p = new LinkedHashMap<>();
        Categories.Level3 l3 = cat.category(c);
        p.put("categoryId", l3.id());
        p.put("categoryName", l3.name());
        p.put("pid", cat.pid(c));
        p.put("productDescription", cat.json.description(c));
        p.put("productImage", cat.image(c));
        p.put("productName", cat.nameCn(c));
        p.put("productNameEn", cat.nameEn(c));
        p.put("productProperty1", null);
        p.put("productProperty2", null);
        p.put("productProperty3", null);
        p.put("productSellPrice", cat.price(c));
        p.put("productSku", cat.sku(c));
        p.put("productStatus", c.delisted ? 2 : 3);
        p.put("fields", fields);
        toAll("PRODUCT", WebhookDispatcher.message("PRODUCT", messageType, p));
    }

    void variant(ProductCore c, int j, String messageType, List<String> fields) {
        Catalogue cat = state.catalogue;
        Map<String, Object> v = cat.json.variant(c, j, false);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("vid", v.get("vid"));
        p.put("variantName", v.get("variantNameEn"));
        p.put("variantWeight", cat.variantWeight(c, j));
        p.put("variantLength", v.get("variantLength"));
        p.put("variantWidth", v.get("variantWidth"));
        p.put("variantHeight", v.get("variantHeight"));
        p.put("variantImage", v.get("variantImage"));
        p.put("variantSku", v.get("variantSku"));
        p.put("variantKey", v.get("variantKey"));
        p.put("variantSellPrice", v.get("variantSellPrice"));
        p.put("variantStatus", c.delisted ? 0 : 1);
        p.put("variantValue1", cat.color(c, j));
        p.put("variantValue2", cat.size(c, j));
        p.put("variantValue3", null);
        p.put("fields", fields);
        toAll("VARIANT", WebhookDispatcher.message("VARIANT", messageType, p));
    }

    /** STOCK: {vid: [{vid, areaId, areaEn, countryCode, storageNum}]} for the given variants. */
    void stock(ProductCore c, List<Integer> variants) {
        Catalogue cat = state.catalogue;
        Map<String, Object> p = new LinkedHashMap<>();
        for (int j : variants) {
            String vid = cat.vid(c, j);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Warehouses.Area a : cat.warehouses.all()) {
                if ((c.whMask & a.bit()) != 0 || cat.inventory.stock(c, j, a) > 0) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("vid", vid);
                    row.put("areaId", String.valueOf(a.areaId()));
                    row.put("areaEn", a.areaEn());
                    row.put("countryCode", a.countryCode());
                    row.put("storageNum", cat.inventory.stock(c, j, a));
                    rows.add(row);
                }
            }
            p.put(vid, rows);
        }
        toAll("STOCK", WebhookDispatcher.message("STOCK", "UPDATE", p));
    }

    void order(SimOrder o, String messageType) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("orderNumber", o.orderNumber);
        p.put("orderNum", o.orderNumber);
        p.put("cjOrderId", Long.parseLong(o.orderId)); // a number in the reference's sample
        p.put("orderStatus", o.status);
        p.put("logisticName", o.logisticName);
        p.put("trackNumber", o.trackNumber);
        p.put("trackingUrl", o.trackNumber == null ? null : OrderStore.trackingUrl(o.trackNumber));
        p.put("createDate", OrderStore.plain(o.created));
        p.put("updateDate", OrderStore.plain(o.updated));
        p.put("payDate", OrderStore.plain(o.paid));
        p.put("deliveryDate", OrderStore.plain(o.shipped));
        p.put("completeDate", OrderStore.plain(o.delivered));
        List<Map<String, Object>> items = new ArrayList<>();
        for (SimOrder.Line l : o.lines) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("vid", l.vid);
            item.put("quantity", l.quantity);
            item.put("sellPrice", l.sellPrice);
            item.put("lineItemId", l.lineItemId);
            item.put("storeLineItemId", l.storeLineItemId);
            item.put("productionOrderStatus", o.isPaid() ? 2 : 1);
            item.put("abnormalType", List.of());
            items.add(item);
        }
        p.put("orderItems", items);
        state.webhooks.dispatch(o.account, "ORDER", WebhookDispatcher.message("ORDER", messageType, p));
    }

    /**
     * ORDERSPLIT: CJ split the order into parts (here: one per shipping warehouse), each with its own code
     * {@code <SD code>-<n>}, as the reference's sample shows.
     */
    void orderSplit(SimOrder o, List<List<SimOrder.Line>> parts) {
        List<Map<String, Object>> split = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            List<Map<String, Object>> products = new ArrayList<>();
            for (SimOrder.Line l : parts.get(i)) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("sku", l.sku);
                p.put("vid", l.vid);
                p.put("quantity", l.quantity);
                p.put("productCode", l.lineItemId);
                products.add(p);
            }
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("createAt", state.clock.now().toEpochMilli());
            part.put("orderCode", o.cjOrderId + "-" + (i + 1));
            part.put("orderStatus", 300);
            part.put("productList", products);
            split.add(part);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("originalOrderId", o.cjOrderId);
        p.put("splitOrderList", split);
        p.put("orderSplitTime", OrderStore.plainChina(state.clock.now()));
        state.webhooks.dispatch(o.account, "ORDERSPLIT", WebhookDispatcher.message("ORDERSPLIT", "UPDATE", p));
    }

    /** SOURCINGCREATE: the result of a sourcing request (product/sourcing/create). */
    void sourcingCreated(AccountState account, Map<String, Object> params) {
        state.webhooks.dispatch(account, "SOURCINGCREATE", WebhookDispatcher.message("SOURCINGCREATE", "UPDATE", params));
    }

    /** LOGISTIC, with the track events as a JSON string (as in the reference) and a top-level openId. */
    void logistic(SimOrder o, int trackingStatus, String activity) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("status", trackingStatus);
        event.put("activity", activity);
        event.put("location", o.shipping.get("shippingCity"));
        event.put("eventTime", OrderStore.plainChina(state.clock.now()));
        event.put("statusDesc", activity);
        String events;
        try {
            events = state.mapper.writeValueAsString(List.of(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("orderId", Long.parseLong(o.orderId));
        p.put("logisticName", o.logisticName);
        p.put("trackingNumber", o.trackNumber);
        p.put("trackingUrl", OrderStore.trackingUrl(o.trackNumber));
        p.put("trackingStatus", trackingStatus);
        p.put("logisticsTrackEvents", events);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("messageId", WebhookDispatcher.newMessageId());
        m.put("type", "LOGISTIC");
        m.put("messageType", "UPDATE");
        m.put("openId", o.account.config.openId());
        m.put("params", p);
        state.webhooks.dispatch(o.account, "LOGISTIC", m);
    }

    private void toAll(String type, Map<String, Object> message) {
        for (AccountState a : state.allAccounts()) {
            state.webhooks.dispatch(a, type, message);
        }
    }
}
