package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a client attaches to an order: the waybill of store-platform logistics and POD pictures. */
final class OrderAttachments {

    private final SimState state;
    private final OrderStore store;
    private final OrderLifeCycle life;

    OrderAttachments(SimState state, OrderLifeCycle life) {
        this.state = state;
        this.store = state.orders;
        this.life = life;
    }

    Object waybill(ApiRequest r, boolean update) {
        String orderId = r.required("orderId", 200);
        String cjOrderId = r.required("cjOrderId", 200);
        String company = r.required("cjShippingCompanyName", 200);
        String trackNumber = r.required("trackNumber", 200);
        Multipart.Part file = r.parts.get("waybillFile");
        if (file == null || file.content().length == 0) {
            throw CjError.empty("waybillFile");
        }
        synchronized (store.lock()) {
            SimOrder o = life.mustFind(r, orderId);
            if (o.cjOrderId != null && !o.cjOrderId.equals(cjOrderId.trim()) && !o.orderId.equals(cjOrderId.trim())) {
                throw CjError.param("cjOrderId does not belong to orderId");
            }
            if (!o.isPaid()) {
                throw CjError.param("the waybill can only be uploaded after CJ order payment");
            }
            if (o.shopLogisticsType != 1) {
                throw new CjError(804, "This order does not use store platform logistics. Label upload not supported.");
            }
            Warehouses.Area a = state.catalogue.warehouses.byStorageId(o.storageId);
            if (a == null || a.brands().stream().noneMatch(b -> b.equalsIgnoreCase(company.trim()))) {
                throw new CjError(806, "Warehouse “" + (a == null ? null : a.storageName())
                        + "” does not support logistics carrier “" + company + "”.");
            }
            if (update && o.waybill == null) {
                throw CjError.param("no waybill uploaded yet for this order, use uploadWaybillInfo");
            }
            if (!update && o.waybill != null) {
                throw CjError.param("a waybill was already uploaded for this order, use updateWaybillInfo");
            }
            o.waybill = new SimOrder.Waybill(company.trim(), trackNumber.trim(), file.filename(), file.content().length);
            o.updated = state.clock.now();
            return true;
        }
    }

    Object podPictures(ApiRequest r) {
        JsonNode params = r.node("podPicturesEditParams");
        if (params == null || !params.isArray() || params.isEmpty()) {
            throw CjError.empty("podPicturesEditParams");
        }
        List<Map<String, Object>> results = new ArrayList<>();
        synchronized (store.lock()) {
            for (int i = 0; i < params.size(); i++) {
                JsonNode p = params.get(i);
                String prefix = "podPicturesEditParams[" + i + "].";
                String orderCode = required(p, prefix, "orderCode");
                String lineItemId = required(p, prefix, "lineItemId");
                List<String> effect = strings(p, prefix, "effectImgList");
                List<String> production = strings(p, prefix, "productionImgList");
                Map<String, Object> res = new LinkedHashMap<>();
                res.put("orderCode", orderCode);
                res.put("lineItemId", lineItemId);
                SimOrder o = store.find(r.account, orderCode);
                SimOrder.Line line = o == null ? null
                        : o.lines.stream().filter(l -> l.lineItemId.equals(lineItemId)).findFirst().orElse(null);
                if (o == null) {
                    res.put("result", 0);
                    res.put("failedMessage", "No matching order number found");
                } else if (line == null) {
                    res.put("result", 0);
                    res.put("failedMessage", "No matching line item found");
                } else if ("SHIPPED".equals(o.status) || "DELIVERED".equals(o.status)) {
                    res.put("result", 0);
                    res.put("failedMessage", "The order has already been shipped");
                } else {
                    line.effectImgs = effect;
                    line.productionImgs = production;
                    res.put("result", 2);
                    res.put("failedMessage", null);
                }
                results.add(res);
            }
        }
        return new Route.Reply(Map.of("list", results), "Congratulation! Well done!");
    }

    private static String required(JsonNode n, String prefix, String field) {
        String v = OrderValidation.text(n, field);
        if (v == null || v.isBlank()) {
            throw CjError.empty(prefix + field);
        }
        return ApiRequest.checkLength(prefix + field, v, 200);
    }

    private static List<String> strings(JsonNode n, String prefix, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw CjError.empty(prefix + field);
        }
        List<String> out = new ArrayList<>();
        v.forEach(e -> out.add(e.asText()));
        return out;
    }
}
