package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** shopping/order/* and shopping/pay/*: creation with validation, the order life cycle, payment, waybills. */
final class OrderApi {

    /** Required JSON fields of createOrderV2/V3 with the reference's maximum lengths. */
    private static final Object[][] REQUIRED = {
        {"orderNumber", 50}, {"shippingCountryCode", 20}, {"shippingCountry", 50}, {"shippingProvince", 50},
        {"shippingCity", 50}, {"shippingCustomerName", 50}, {"shippingAddress", 200}, {"logisticName", 50},
        {"fromCountryCode", 20}};
    private static final Object[][] OPTIONAL = {
        {"shippingZip", 20}, {"shippingCounty", 50}, {"shippingPhone", 20}, {"shippingAddress2", 200},
        {"houseNumber", 20}, {"email", 50}, {"taxId", 20}, {"remark", 500}, {"consigneeID", 20}, {"platform", 20},
        {"iossNumber", 10}, {"storageId", 40}};
    private static final Set<String> UNPAID_STATES = Set.of("CREATED", "IN_CART", "UNPAID");

    private final SimState state;
    private final OrderStore store;
    private final Events events;

    OrderApi(SimState state, Events events) {
        this.state = state;
        this.store = state.orders;
        this.events = events;
    }

    void register(Routes r) {
        r.json("shopping/order/createOrderV2", "POST", Envelope.RESULT, req -> create(req, true));
        r.json("shopping/order/createOrderV3", "POST", Envelope.RESULT, req -> create(req, false));
        r.json("shopping/order/addCart", "POST", Envelope.CART, this::addCart);
        r.json("shopping/order/addCartConfirm", "POST", Envelope.CART, this::addCartConfirm);
        r.json("shopping/order/saveGenerateParentOrder", "POST", Envelope.SUCCESS_NO_CODE, this::saveParentOrder);
        r.get("shopping/order/list", Envelope.RESULT, 1, this::list);
        r.get("shopping/order/getOrderDetail", Envelope.RESULT, 1, this::detail);
        r.add(new Route("shopping/order/deleteOrder", "DELETE", Route.Input.QUERY, Envelope.RESULT, true, 1, this::delete));
        r.json("shopping/order/confirmOrder", "PATCH", Envelope.RESULT, this::confirm);
        r.json("shopping/order/changeWarehouse", "POST", Envelope.RESULT_SUCCESS, this::changeWarehouse);
        r.add(new Route("shopping/order/uploadWaybillInfo", "POST", Route.Input.MULTIPART, Envelope.WAYBILL, true, 1,
                req -> waybill(req, false)));
        r.add(new Route("shopping/order/updateWaybillInfo", "POST", Route.Input.MULTIPART, Envelope.WAYBILL, true, 1,
                req -> waybill(req, true)));
        r.json("shopping/order/podProductCustomPicturesEdit", "POST", Envelope.RESULT_SUCCESS, this::podPictures);
        r.get("shopping/pay/getBalance", Envelope.RESULT, 1, this::balance);
        r.json("shopping/pay/payBalance", "POST", Envelope.RESULT, this::payBalance);
        r.json("shopping/pay/payBalanceV2", "POST", Envelope.RESULT, this::payBalanceV2);
    }

    // ---------------------------------------------------------------- create

    private Object create(ApiRequest r, boolean v2) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Object[] f : REQUIRED) {
            fields.put((String) f[0], r.required((String) f[0], (Integer) f[1]).trim());
        }
        for (Object[] f : OPTIONAL) {
            String v = r.optional((String) f[0], (Integer) f[1]);
            if (v != null) {
                fields.put((String) f[0], v);
            }
        }
        Integer payType = v2 ? r.integer("payType", null) : null;
        if (payType != null && payType != 2 && payType != 3) {
            throw CjError.param("payType must be 2 or 3");
        }
        int shopLogisticsType = r.integer("shopLogisticsType", 2);
        if (shopLogisticsType < 1 || shopLogisticsType > 3) {
            throw CjError.param("shopLogisticsType must be 1, 2 or 3");
        }
        Integer iossType = r.integer("iossType", null);
        if (iossType != null && (iossType < 1 || iossType > 3)) {
            throw CjError.param("iossType must be 1, 2 or 3");
        }
        r.decimal("shopAmount"); // validated only: CJ computes the amounts itself
        JsonNode products = r.node("products");
        if (products == null || !products.isArray() || products.isEmpty()) {
            throw CjError.empty("products");
        }
        List<SimOrder.Line> lines = lines(products);
        if (!state.countries.exists(fields.get("shippingCountryCode"))) {
            throw new CjError(1605002, "country code not found: shippingCountryCode " + fields.get("shippingCountryCode"));
        }
        if (!state.countries.exists(fields.get("fromCountryCode"))) {
            throw new CjError(1605002, "country code not found: fromCountryCode " + fields.get("fromCountryCode"));
        }
        String storageId = fields.get("storageId");
        if (shopLogisticsType == 1) {
            if (storageId == null || storageId.isBlank()) {
                throw CjError.param("storageId can not be empty when shopLogisticsType is 1");
            }
            if (state.catalogue.warehouses.byStorageId(storageId.trim()) == null) {
                throw new CjError(1608001, "Warehouse info not found: storageId " + storageId);
            }
        } else {
            storageId = null;
        }
        Freight.Channel channel = Freight.byName(fields.get("logisticName"));
        if (channel == null || !channel.serves(fields.get("fromCountryCode"), fields.get("shippingCountryCode"))) {
            throw new CjError(1605001, "Logistic invalid, please reference freight calculate. logisticName: "
                    + fields.get("logisticName"));
        }
        SimOrder order;
        synchronized (store.lock()) {
            if (store.byOrderNumber(r.account, fields.get("orderNumber")) != null) {
                throw new CjError(1603003, "Order exist, please do not duplicate create");
            }
            int weight = lines.stream().mapToInt(l -> l.weight * l.quantity).sum();
            order = new SimOrder(store.nextOrderId(), fields.get("orderNumber"), r.account, fields, channel.name(),
                    fields.get("fromCountryCode").toUpperCase(), shopLogisticsType, storageId, lines,
                    channel.price(weight), state.clock.now(), fields.getOrDefault("platform", "Api"));
            store.add(order);
            events.order(order, "INSERT");
            if (payType != null && payType == 2) {
                // payType 2: CJ adds the order to the cart, confirms it and pays it from the balance
                moveTo(order, "IN_CART");
                confirmOne(order);
                if (order.account.balance.compareTo(order.orderAmount()) >= 0) {
                    pay(List.of(order));
                }
            }
        }
        return createAnswer(order, v2);
    }

    private List<SimOrder.Line> lines(JsonNode products) {
        List<SimOrder.Line> lines = new ArrayList<>();
        Catalogue cat = state.catalogue;
        for (int i = 0; i < products.size(); i++) {
            JsonNode p = products.get(i);
            String prefix = "products[" + i + "].";
            String vid = text(p, "vid");
            String sku = text(p, "sku");
            if ((vid == null || vid.isBlank()) && (sku == null || sku.isBlank())) {
                throw CjError.param(prefix + "vid and " + prefix + "sku can not both be empty");
            }
            if (vid != null) {
                ApiRequest.checkLength(prefix + "vid", vid, 50);
            }
            if (sku != null) {
                ApiRequest.checkLength(prefix + "sku", sku, 50);
            }
            JsonNode q = p.get("quantity");
            if (q == null || q.isNull() || q.asText().isBlank()) {
                throw CjError.empty(prefix + "quantity");
            }
            int quantity;
            try {
                quantity = Integer.parseInt(q.asText().trim());
            } catch (NumberFormatException e) {
                throw CjError.param(prefix + "quantity must be an integer");
            }
            if (quantity < 1) {
                throw CjError.param(prefix + "quantity must be at least 1");
            }
            String storeLineItemId = text(p, "storeLineItemId");
            if (storeLineItemId != null) {
                ApiRequest.checkLength(prefix + "storeLineItemId", storeLineItemId, 125);
            }
            String pod = p.has("podProperties") && !p.get("podProperties").isNull()
                    ? (p.get("podProperties").isTextual() ? p.get("podProperties").asText() : p.get("podProperties").toString())
                    : null;
            if (pod != null) {
                ApiRequest.checkLength(prefix + "podProperties", pod, 500);
            }
            Catalogue.VariantRef v = vid != null && !vid.isBlank() ? cat.byVid(vid) : cat.byVariantSku(sku.trim());
            if (v == null) {
                throw new CjError(1602000, "Variant not found: " + (vid != null && !vid.isBlank() ? vid : sku));
            }
            if (vid != null && !vid.isBlank() && sku != null && !sku.isBlank()
                    && !cat.variantSku(v.product(), v.j()).equals(sku.trim())) {
                throw CjError.param(prefix + "sku does not belong to " + prefix + "vid");
            }
            if (v.product().delisted) {
                throw new CjError(1602003, "Variant has been removed from shelves: " + cat.vid(v.product(), v.j()));
            }
            lines.add(new SimOrder.Line(cat.vid(v.product(), v.j()), cat.pid(v.product()), cat.variantSku(v.product(), v.j()),
                    quantity, cat.variantPrice(v.product(), v.j()), store.nextCode(""), storeLineItemId, pod,
                    cat.variantWeight(v.product(), v.j())));
        }
        return lines;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** V2 shows every amount as a string; V3 shows the ioss/postage amounts as numbers (as in the reference). */
    private Map<String, Object> createAnswer(SimOrder o, boolean v2) {
        synchronized (store.lock()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("orderNumber", o.orderNumber);
            m.put("orderId", o.orderId);
            m.put("shipmentOrderId", o.shipmentOrderId == null ? "" : o.shipmentOrderId);
            m.put("iossAmount", v2 ? "0.00" : BigDecimal.ZERO.setScale(2));
            m.put("iossTaxHandlingFee", v2 ? "0.00" : BigDecimal.ZERO.setScale(2));
            m.put("postageAmount", v2 ? o.postageAmount.toPlainString() : o.postageAmount);
            m.put("productAmount", o.productAmount.toPlainString());
            m.put("productOriginalAmount", o.productAmount.toPlainString());
            m.put("productDiscountAmount", "0.00");
            m.put("postageDiscountAmount", "0.00");
            m.put("postageOriginalAmount", o.postageAmount.toPlainString());
            m.put("totalDiscountAmount", "0.00");
            m.put("actualPayment", o.orderAmount().toPlainString());
            m.put("orderOriginalAmount", o.orderAmount().toPlainString());
            m.put("cjPayUrl", "https://cjdropshipping.com/sim/pay?orderId=" + o.orderId);
            m.put("orderAmount", o.orderAmount().toPlainString());
            m.put("logisticsMiss", "false");
            List<Map<String, Object>> infos = new ArrayList<>();
            for (SimOrder.Line l : o.lines) {
                Map<String, Object> info = new LinkedHashMap<>();
                info.put("storeLineItemId", l.storeLineItemId);
                info.put("lineItemId", l.lineItemId);
                info.put("variantId", l.vid);
                info.put("isGroup", false);
                info.put("quantity", l.quantity);
                info.put("subOrderProducts", List.of());
                infos.add(info);
            }
            m.put("productInfoList", infos);
            m.put("orderStatus", o.status);
            m.put("interceptOrderReasons", List.of());
            return m;
        }
    }

    // ---------------------------------------------------------------- life cycle

    private SimOrder mustFind(ApiRequest r, String id) {
        SimOrder o = store.find(r.account, id);
        if (o == null) {
            throw new CjError(1603100, "Order not found, please check the CJ order id: " + id);
        }
        return o;
    }

    private void moveTo(SimOrder o, String status) {
        o.status = status;
        o.updated = state.clock.now();
        events.order(o, "UPDATE");
    }

    private void confirmOne(SimOrder o) {
        if (o.cjOrderId == null) {
            o.cjOrderId = store.nextCode("SD");
            store.alias(o, o.cjOrderId);
        }
        moveTo(o, "UNPAID");
    }

    private Object addCart(ApiRequest r) {
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

    private Object addCartConfirm(ApiRequest r) {
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
                if (o != null && "IN_CART".equals(o.status)) {
                    confirmed.add(o);
                } else {
                    intercepted.add(id);
                }
            }
            if (confirmed.isEmpty()) {
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

    private Object saveParentOrder(ApiRequest r) {
        String shipmentOrderId = r.required("shipmentOrderId", 200);
        synchronized (store.lock()) {
            OrderStore.Shipment s = shipment(r, shipmentOrderId);
            List<SimOrder> unpaid = s.orders.stream().filter(o -> "UNPAID".equals(o.status)).toList();
            if (unpaid.isEmpty()) {
                throw new CjError(1603001, "order confirm fail: shipment " + shipmentOrderId + " has no unpaid order");
            }
            if (s.payId == null) {
                s.payId = store.nextCode("PAY");
            }
            BigDecimal products = unpaid.stream().map(o -> o.productAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal postage = unpaid.stream().map(o -> o.postageAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal total = products.add(postage);
            Map<String, Object> payment = new LinkedHashMap<>();
            payment.put("actualPayment", total);
            payment.put("balanceDeduction", total.min(r.account.balance.max(BigDecimal.ZERO)));
            payment.put("billAmount", total);
            payment.put("canDeduct", r.account.balance.compareTo(total) >= 0);
            payment.put("commodityDiscount", BigDecimal.ZERO.setScale(2));
            payment.put("commodityTotalAmount", products);
            payment.put("couponAmount", BigDecimal.ZERO.setScale(2));
            payment.put("freight", postage);
            payment.put("iossAmount", BigDecimal.ZERO.setScale(2));
            payment.put("iossNumber", null);
            payment.put("iossTaxHandlingFee", BigDecimal.ZERO.setScale(2));
            payment.put("iossTaxes", BigDecimal.ZERO.setScale(2));
            payment.put("iossType", 1);
            payment.put("orderOriginalAmount", total);
            payment.put("orderProductAmount", products);
            payment.put("payableAmount", total);
            payment.put("postageDiscount", BigDecimal.ZERO.setScale(2));
            payment.put("serviceFee", BigDecimal.ZERO.setScale(2));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("orderMoney", total);
            data.put("payExpireTime", OrderStore.plain(state.clock.now().plus(Duration.ofDays(1))));
            data.put("payId", s.payId);
            data.put("result", 0);
            data.put("submitSuccess", true);
            data.put("unMatchOrderCodes", List.of());
            data.put("successOrders", unpaid.stream().map(o -> o.cjOrderId).toList());
            data.put("unMatchProductCodes", List.of());
            data.put("paymentInformation", payment);
            data.put("interceptOrders", List.of());
            return data;
        }
    }

    private OrderStore.Shipment shipment(ApiRequest r, String id) {
        OrderStore.Shipment s = store.shipment(id);
        if (s == null || s.orders.get(0).account != r.account) {
            throw new CjError(1603100, "Order not found, please check the CJ order id: shipment " + id);
        }
        return s;
    }

    private Object list(ApiRequest r) {
        int pageNum = Math.max(1, r.integer("pageNum", 1));
        int pageSize = Math.min(200, Math.max(1, r.integer("pageSize", 20)));
        // The reference: "status ... default: CANCELLED". Without a status only cancelled orders are listed.
        String status = r.optional("status", 200);
        String wanted = status == null || status.isBlank() ? "CANCELLED" : status.trim().toUpperCase();
        List<String> orderIds = r.list("orderIds");
        String shipmentOrderId = r.optional("shipmentOrderId", 100);
        List<Map<String, Object>> matches = new ArrayList<>();
        synchronized (store.lock()) {
            for (SimOrder o : store.of(r.account)) {
                boolean statusOk = "OTHER".equals(wanted) ? !Set.of("CREATED", "IN_CART", "UNPAID", "UNSHIPPED",
                        "SHIPPED", "DELIVERED", "CANCELLED").contains(o.status) : wanted.equals(o.status);
                if (!statusOk) {
                    continue;
                }
                if (!orderIds.isEmpty() && !orderIds.contains(o.orderId) && !orderIds.contains(o.cjOrderId)) {
                    continue;
                }
                if (shipmentOrderId != null && !shipmentOrderId.isBlank() && !shipmentOrderId.equals(o.shipmentOrderId)) {
                    continue;
                }
                matches.add(store.listView(o));
            }
        }
        int from = (int) Math.min((long) (pageNum - 1) * pageSize, matches.size());
        int to = Math.min(from + pageSize, matches.size());
        return ProductApi.page(pageNum, pageSize, matches.size(), matches.subList(from, to), false);
    }

    private Object detail(ApiRequest r) {
        String orderId = r.str("orderId");
        if (orderId == null || orderId.isBlank()) {
            throw new CjError(CjError.PARAM_ERROR, "orderId must be not empty");
        }
        ApiRequest.checkLength("orderId", orderId, 200);
        List<String> features = r.list("features");
        if (features.size() > 20) {
            throw new CjError(CjError.PARAM_ERROR, "The maximum number of features is 20");
        }
        SimOrder o = store.find(r.account, orderId);
        if (o == null) {
            throw new CjError(CjError.PARAM_ERROR, "order not found");
        }
        synchronized (store.lock()) {
            return store.detailView(o, features.contains("LOGISTICS_TIMELINESS"));
        }
    }

    private Object delete(ApiRequest r) {
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

    private Object confirm(ApiRequest r) {
        String orderId = r.required("orderId", 200);
        synchronized (store.lock()) {
            SimOrder o = mustFind(r, orderId);
            if (!"CREATED".equals(o.status) && !"IN_CART".equals(o.status)) {
                throw new CjError(1603001, "order confirm fail: order is " + o.status);
            }
            confirmOne(o);
            return o.orderId;
        }
    }

    private Object changeWarehouse(ApiRequest r) {
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

    private Object waybill(ApiRequest r, boolean update) {
        String orderId = r.required("orderId", 200);
        String cjOrderId = r.required("cjOrderId", 200);
        String company = r.required("cjShippingCompanyName", 200);
        String trackNumber = r.required("trackNumber", 200);
        Multipart.Part file = r.parts.get("waybillFile");
        if (file == null || file.content().length == 0) {
            throw CjError.empty("waybillFile");
        }
        synchronized (store.lock()) {
            SimOrder o = mustFind(r, orderId);
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

    private Object podPictures(ApiRequest r) {
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
        String v = text(n, field);
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

    // ---------------------------------------------------------------- payment

    private Object balance(ApiRequest r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("amount", r.account.balance);
        data.put("noWithdrawalAmount", null);
        data.put("freezeAmount", null);
        return data;
    }

    private Object payBalance(ApiRequest r) {
        String orderId = r.required("orderId", 200);
        synchronized (store.lock()) {
            SimOrder o = mustFind(r, orderId);
            if (!"UNPAID".equals(o.status)) {
                throw new CjError(1603101, "Order pay fail, please contact CJ order center: order is " + o.status);
            }
            pay(List.of(o));
            return null;
        }
    }

    private Object payBalanceV2(ApiRequest r) {
        String shipmentOrderId = r.required("shipmentOrderId", 200);
        String payId = r.required("payId", 200);
        synchronized (store.lock()) {
            OrderStore.Shipment s = shipment(r, shipmentOrderId);
            if (s.payId == null || !s.payId.equals(payId.trim())) {
                throw new CjError(1603101, "Order pay fail, please contact CJ order center: unknown payId " + payId);
            }
            List<SimOrder> unpaid = s.orders.stream().filter(o -> "UNPAID".equals(o.status)).toList();
            if (unpaid.isEmpty()) {
                throw new CjError(1603101, "Order pay fail, please contact CJ order center: nothing left to pay");
            }
            pay(unpaid);
            return null;
        }
    }

    /** Deducts the balance (1604000 when short), marks the orders UNSHIPPED and takes the stock. */
    private void pay(List<SimOrder> orders) {
        AccountState account = orders.get(0).account;
        BigDecimal total = orders.stream().map(SimOrder::orderAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        synchronized (account) {
            if (account.balance.compareTo(total) < 0) {
                throw new CjError(1604000, "Balance is insufficient");
            }
            account.balance = account.balance.subtract(total);
        }
        for (SimOrder o : orders) {
            o.paid = state.clock.now();
            moveTo(o, "UNSHIPPED");
            takeStock(o);
        }
    }

    private void takeStock(SimOrder o) {
        Catalogue cat = state.catalogue;
        for (SimOrder.Line l : o.lines) {
            Catalogue.VariantRef v = cat.byVid(l.vid);
            if (v == null) {
                continue;
            }
            Warehouses.Area from = cat.warehouses.byCountry(o.fromCountryCode);
            if (from == null || cat.stock(v.product(), v.j(), from) == 0) {
                from = cat.primaryArea(v.product());
            }
            int left = Math.max(0, cat.stock(v.product(), v.j(), from) - l.quantity);
            cat.setStock(v.product(), v.j(), from, left);
            events.stock(v.product(), List.of(v.j()));
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
        SimOrder o = store.find(null, id);
        if (o == null) {
            throw new IllegalArgumentException("no order " + id);
        }
        return o;
    }
}
