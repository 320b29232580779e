package io.camelcj.routes.orders.model;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The record written to the result topic for an order that exists in CJ. Amounts are USD as CJ reports them.
 *
 * @param orderNumber    the partner order number (the idempotency key and the record key)
 * @param cjOrderId      CJ's order id; CJ may omit it when a non-CJ vid was ordered (it then changes later)
 * @param outcome        how this route came to know the order
 * @param status         CJ's order status ({@code CREATED}, {@code IN_CART}, {@code UNPAID}, {@code UNSHIPPED}, ...)
 * @param shipmentOrderId CJ's shipment order id, needed for payment
 * @param payment        the payment flow's state, {@code null} when the payment flow is off
 * @param cjRequestId    CJ's requestId of the call that produced this result
 * @param recordedAt     ISO-8601 instant at which the route produced this record
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderResult(
        String orderNumber,
        String cjOrderId,
        PlacementOutcome outcome,
        String status,
        String shipmentOrderId,
        BigDecimal orderAmount,
        BigDecimal productAmount,
        BigDecimal postageAmount,
        BigDecimal actualPayment,
        BigDecimal totalDiscountAmount,
        List<OrderLineResult> lineItems,
        PaymentStatus payment,
        String cjRequestId,
        String recordedAt) {

    public OrderResult withOutcome(PlacementOutcome newOutcome) {
        return new OrderResult(orderNumber, cjOrderId, newOutcome, status, shipmentOrderId, orderAmount, productAmount,
                postageAmount, actualPayment, totalDiscountAmount, lineItems, payment, cjRequestId, recordedAt);
    }

    public OrderResult withStatus(String newStatus) {
        return new OrderResult(orderNumber, cjOrderId, outcome, newStatus, shipmentOrderId, orderAmount, productAmount,
                postageAmount, actualPayment, totalDiscountAmount, lineItems, payment, cjRequestId, recordedAt);
    }

    public OrderResult withPayment(PaymentStatus newPayment, String newShipmentOrderId) {
        return new OrderResult(orderNumber, cjOrderId, outcome, status, newShipmentOrderId, orderAmount, productAmount,
                postageAmount, actualPayment, totalDiscountAmount, lineItems, newPayment, cjRequestId, recordedAt);
    }

    /** Whether the payment flow has nothing left to do for this order. */
    public boolean paymentSettled() {
        return payment != null && payment.state().isFinal();
    }
}
