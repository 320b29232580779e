package io.camelcj.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Payment: the balance, the parent order of a shipment, payBalance/payBalanceV2 and the stock a payment takes. */
final class OrderPayment {

    private final SimState state;
    private final OrderStore store;
    private final Events events;
    private final OrderLifeCycle life;

    OrderPayment(SimState state, Events events, OrderLifeCycle life) {
        this.state = state;
        this.store = state.orders;
        this.events = events;
        this.life = life;
    }

    Object saveParentOrder(ApiRequest r) {
        String shipmentOrderId = r.required("shipmentOrderId", 200);
        synchronized (store.lock()) {
            OrderStore.Shipment s = life.shipment(r, shipmentOrderId);
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

    Object balance(ApiRequest r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("amount", r.account.balance);
        data.put("noWithdrawalAmount", null);
        data.put("freezeAmount", null);
        return data;
    }

    Object payBalance(ApiRequest r) {
        String orderId = r.required("orderId", 200);
        synchronized (store.lock()) {
            SimOrder o = life.mustFind(r, orderId);
            if (!"UNPAID".equals(o.status)) {
                throw new CjError(1603101, "Order pay fail, please contact CJ order center: order is " + o.status);
            }
            pay(List.of(o));
            return null;
        }
    }

    Object payBalanceV2(ApiRequest r) {
        String shipmentOrderId = r.required("shipmentOrderId", 200);
        String payId = r.required("payId", 200);
        synchronized (store.lock()) {
            OrderStore.Shipment s = life.shipment(r, shipmentOrderId);
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
    void pay(List<SimOrder> orders) {
        AccountState account = orders.get(0).account;
        if (account.balancePaymentRestricted) {
            throw new CjError(1604001, "The balance payment function is temporarily restricted. Please log in to My CJ"
                    + " and make the order payment on the page");
        }
        BigDecimal total = orders.stream().map(SimOrder::orderAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        synchronized (account) {
            if (account.balance.compareTo(total) < 0) {
                throw new CjError(1604000, "Balance is insufficient");
            }
            account.balance = account.balance.subtract(total);
        }
        for (SimOrder o : orders) {
            o.paid = state.clock.now();
            life.moveTo(o, "UNSHIPPED");
            takeStock(o);
        }
    }

    /**
     * Takes each line's stock from the order's fromCountry warehouse, or the variant's main one when that has
     * none; an order whose lines leave from different warehouses is split by CJ (ORDERSPLIT webhook).
     */
    private void takeStock(SimOrder o) {
        Catalogue cat = state.catalogue;
        Map<Warehouses.Area, List<SimOrder.Line>> byWarehouse = new LinkedHashMap<>();
        for (SimOrder.Line l : o.lines) {
            Catalogue.VariantRef v = cat.byVid(l.vid);
            if (v == null) {
                continue;
            }
            Warehouses.Area from = cat.warehouses.byCountry(o.fromCountryCode);
            if (from == null || cat.inventory.stock(v.product(), v.j(), from) == 0) {
                from = cat.primaryArea(v.product());
            }
            int left = Math.max(0, cat.inventory.stock(v.product(), v.j(), from) - l.quantity);
            cat.inventory.setStock(v.product(), v.j(), from, left);
            events.stock(v.product(), List.of(v.j()));
            byWarehouse.computeIfAbsent(from, a -> new ArrayList<>()).add(l);
        }
        if (byWarehouse.size() > 1) {
            events.orderSplit(o, new ArrayList<>(byWarehouse.values()));
        }
    }
}
