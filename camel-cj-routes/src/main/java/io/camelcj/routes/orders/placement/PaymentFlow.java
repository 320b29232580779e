package io.camelcj.routes.orders.placement;

import java.util.List;
import java.util.Optional;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;

import io.camelcj.routes.orders.model.OrderResult;
import io.camelcj.routes.orders.model.PaymentState;
import io.camelcj.routes.orders.model.PaymentStatus;

/**
 * Pays a placed order from the CJ balance: addCart, addCartConfirm, saveGenerateParentOrder, payBalanceV2. The step
 * to take is derived from the order's CJ status (CREATED, IN_CART, UNPAID, then UNSHIPPED once paid), so running it
 * again after a crash or a retry resumes where CJ is instead of repeating a step.
 * <p>
 * Retryable and account-wide failures are thrown (the component has retried already; re-driving the record re-reads
 * the CJ status and resumes); refusals end in a {@link PaymentStatus} on the result: 1604000 parks the order
 * ({@link PaymentState#PARKED_INSUFFICIENT_BALANCE}).
 */
public final class PaymentFlow {

    private static final int MAX_STEPS = 4;

    private final CjOrderApi api;

    public PaymentFlow(CjOrderApi api) {
        this.api = api;
    }

    public OrderResult settle(OrderResult placed) {
        String cjOrderId = placed.cjOrderId();
        if (cjOrderId == null) {
            return placed.withPayment(status(PaymentState.INCOMPLETE,
                    "CJ returned no order id (non-CJ variant?); it arrives later by webhook, re-drive the order then"),
                    placed.shipmentOrderId());
        }
        String status = placed.status();
        String shipmentOrderId = placed.shipmentOrderId();
        if (status == null) {
            Optional<CjReply> detail = api.findOrder(cjOrderId);
            if (detail.isEmpty()) {
                return placed.withPayment(status(PaymentState.INCOMPLETE, "CJ does not find order " + cjOrderId),
                        shipmentOrderId);
            }
            status = detail.get().text("orderStatus");
            shipmentOrderId = firstNonNull(detail.get().text("shipmentOrderId"), shipmentOrderId);
        }
        try {
            for (int step = 0; step < MAX_STEPS; step++) {
                switch (status == null ? "" : status) {
                    case "CREATED" -> {
                        CjReply reply = api.addCart(cjOrderId);
                        Object added = reply.data().get("addSuccessOrders");
                        if (added instanceof List<?> list && !list.contains(cjOrderId)) {
                            return failed(placed, status, shipmentOrderId, "addCart did not add the order"
                                    + " (intercepted: " + reply.data().get("interceptOrders") + ")", reply);
                        }
                        status = "IN_CART";
                    }
                    case "IN_CART" -> {
                        CjReply reply = api.addCartConfirm(cjOrderId);
                        if (Boolean.FALSE.equals(reply.data().get("submitSuccess"))) {
                            return failed(placed, status, shipmentOrderId, "addCartConfirm was not accepted"
                                    + " (intercepted: " + reply.data().get("interceptOrders") + ")", reply);
                        }
                        shipmentOrderId = firstNonNull(reply.text("shipmentsId"), shipmentOrderId);
                        status = "UNPAID";
                    }
                    case "UNPAID" -> {
                        return pay(placed, shipmentOrderId);
                    }
                    case "UNSHIPPED", "SHIPPED", "DELIVERED" -> {
                        return placed.withStatus(status).withPayment(new PaymentStatus(PaymentState.PAID, null,
                                "CJ status " + status, null, null, null), shipmentOrderId);
                    }
                    case "CANCELLED" -> {
                        return placed.withStatus(status).withPayment(status(PaymentState.NOT_PAYABLE,
                                "the order is cancelled at CJ"), shipmentOrderId);
                    }
                    default -> {
                        return placed.withPayment(status(PaymentState.FAILED, "unexpected CJ order status '" + status
                                + "'"), shipmentOrderId);
                    }
                }
            }
            return placed.withStatus(status).withPayment(status(PaymentState.INCOMPLETE, "payment did not finish in "
                    + MAX_STEPS + " steps"), shipmentOrderId);
        } catch (CjApiException e) {
            return refused(placed.withStatus(status), shipmentOrderId, e);
        }
    }

    private OrderResult pay(OrderResult placed, String shipmentOrderId) {
        OrderResult unpaid = placed.withStatus("UNPAID");
        if (shipmentOrderId == null) {
            return unpaid.withPayment(status(PaymentState.FAILED,
                    "the shipment order id is unknown (CJ did not return it); pay this order in MyCJ"), null);
        }
        try {
            CjReply parent = api.saveGenerateParentOrder(shipmentOrderId);
            String payId = parent.text("payId");
            if (payId == null) {
                return failed(unpaid, "UNPAID", shipmentOrderId, "saveGenerateParentOrder returned no payId", parent);
            }
            api.payBalance(shipmentOrderId, payId);
            // CJ's status table: UNSHIPPED = "paid, wait for sending"
            return unpaid.withStatus("UNSHIPPED").withPayment(PaymentStatus.paid(payId), shipmentOrderId);
        } catch (CjApiException e) {
            return refused(unpaid, shipmentOrderId, e);
        }
    }

    private static OrderResult refused(OrderResult placed, String shipmentOrderId, CjApiException e) {
        if (e.isRetryable() || e.getCategory().isAccountWide()) {
            throw e;
        }
        PaymentState state = e.getCategory() == CjErrorCategory.INSUFFICIENT_BALANCE
                ? PaymentState.PARKED_INSUFFICIENT_BALANCE : PaymentState.FAILED;
        String reason = state == PaymentState.PARKED_INSUFFICIENT_BALANCE
                ? "balance is insufficient; top up and re-drive the order record to resume payment"
                : e.getOperation() + " was refused";
        return placed.withPayment(new PaymentStatus(state, null, reason, e.getCjCode(), e.getCjMessage(),
                e.getRequestId()),
                shipmentOrderId);
    }

    private static OrderResult failed(OrderResult placed, String status, String shipmentOrderId, String reason,
            CjReply reply) {
        return placed.withStatus(status).withPayment(new PaymentStatus(PaymentState.FAILED, null, reason, null, null,
                reply.requestId()), shipmentOrderId);
    }

    private static PaymentStatus status(PaymentState state, String reason) {
        return new PaymentStatus(state, null, reason, null, null, null);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
