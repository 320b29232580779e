package io.camelcj.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * shopping/order/* and shopping/pay/*: the operation table, order creation and the order views; validation,
 * life cycle, attachments and payment are their own classes.
 */
final class OrderApi {

    /** getOrderDetail's own error table names 1600300 for its three errors (not 1600100 like the others). */
    private static final int ORDER_DETAIL_PARAM_ERROR = 1600300;

    private final SimState state;
    private final OrderStore store;
    private final Events events;
    private final OrderValidation validation;
    private final OrderLifeCycle life;
    private final OrderAttachments attachments;
    private final OrderPayment payment;

    OrderApi(SimState state, Events events) {
        this.state = state;
        this.store = state.orders;
        this.events = events;
        this.validation = new OrderValidation(state);
        this.life = new OrderLifeCycle(state, events);
        this.attachments = new OrderAttachments(state, life);
        this.payment = new OrderPayment(state, events, life);
    }

    /** The admin's order transitions (ship, deliver). */
    OrderLifeCycle lifeCycle() {
        return life;
    }

    void register(Routes r) {
        r.json("shopping/order/createOrderV2", "POST", Envelope.RESULT, req -> create(req, true));
        r.json("shopping/order/createOrderV3", "POST", Envelope.RESULT, req -> create(req, false));
        // seen in CJ's own client (CJ-dropshipping/api-mcp), not in the reference: the older create, served as V2
        r.json("shopping/order/createOrder", "POST", Envelope.RESULT, req -> create(req, true));
        r.json("shopping/order/addCart", "POST", Envelope.CART, life::addCart);
        r.json("shopping/order/addCartConfirm", "POST", Envelope.CART, life::addCartConfirm);
        r.json("shopping/order/saveGenerateParentOrder", "POST", Envelope.SUCCESS_NO_CODE, payment::saveParentOrder);
        r.get("shopping/order/list", Envelope.RESULT, 1, this::list);
        r.get("shopping/order/getOrderDetail", Envelope.RESULT, 1, this::detail);
        r.add(new Route("shopping/order/deleteOrder", "DELETE", Route.Input.QUERY, Envelope.RESULT, true, 1, life::delete));
        r.json("shopping/order/confirmOrder", "PATCH", Envelope.RESULT, life::confirm);
        r.json("shopping/order/changeWarehouse", "POST", Envelope.RESULT_SUCCESS, life::changeWarehouse);
        r.add(new Route("shopping/order/uploadWaybillInfo", "POST", Route.Input.MULTIPART, Envelope.WAYBILL, true, 1,
                req -> attachments.waybill(req, false)));
        r.add(new Route("shopping/order/updateWaybillInfo", "POST", Route.Input.MULTIPART, Envelope.WAYBILL, true, 1,
                req -> attachments.waybill(req, true)));
        r.json("shopping/order/podProductCustomPicturesEdit", "POST", Envelope.RESULT_SUCCESS, attachments::podPictures);
        r.get("shopping/pay/getBalance", Envelope.RESULT, 1, payment::balance);
        r.json("shopping/pay/payBalance", "POST", Envelope.RESULT, payment::payBalance);
        r.json("shopping/pay/payBalanceV2", "POST", Envelope.RESULT, payment::payBalanceV2);
    }

    // ---------------------------------------------------------------- create

    private Object create(ApiRequest r, boolean v2) {
        OrderValidation.Draft d = validation.validate(r, v2);
        Map<String, String> fields = d.fields();
        List<SimOrder.Line> lines = d.lines();
        Freight.Channel channel = d.channel();
        Integer payType = d.payType();
        SimOrder order;
        synchronized (store.lock()) {
            if (store.byOrderNumber(r.account, fields.get("orderNumber")) != null) {
                throw new CjError(1603003, "Order exist, please do not duplicate create");
            }
            int weight = lines.stream().mapToInt(l -> l.weight * l.quantity).sum();
            order = new SimOrder(store.nextOrderId(), fields.get("orderNumber"), r.account, fields, channel.name(),
                    fields.get("fromCountryCode").toUpperCase(), d.shopLogisticsType(), d.storageId(), lines,
                    channel.price(weight), state.clock.now(), fields.getOrDefault("platform", "Api"));
            store.add(order);
            events.order(order, "INSERT");
            if (payType != null && payType == 2) {
                // payType 2: CJ adds the order to the cart, confirms it and pays it from the balance
                life.moveTo(order, "IN_CART");
                life.confirmOne(order);
                if (!order.account.balancePaymentRestricted && order.account.balance.compareTo(order.orderAmount()) >= 0) {
                    payment.pay(List.of(order));
                }
            }
        }
        return createAnswer(order, v2);
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
        return Paging.page(pageNum, pageSize, matches.size(), Paging.slice(matches, pageNum, pageSize), false);
    }

    private Object detail(ApiRequest r) {
        String orderId = r.str("orderId");
        if (orderId == null || orderId.isBlank()) {
            throw new CjError(ORDER_DETAIL_PARAM_ERROR, "orderId must be not empty");
        }
        ApiRequest.checkLength("orderId", orderId, 200);
        List<String> features = r.list("features");
        if (features.size() > 20) {
            throw new CjError(ORDER_DETAIL_PARAM_ERROR, "The maximum number of features is 20");
        }
        SimOrder o = store.findByCjIdOrOrderNumber(r.account, orderId);
        if (o == null) {
            throw new CjError(ORDER_DETAIL_PARAM_ERROR, "order not found");
        }
        synchronized (store.lock()) {
            return store.detailView(o, features.contains("LOGISTICS_TIMELINESS"));
        }
    }
}
