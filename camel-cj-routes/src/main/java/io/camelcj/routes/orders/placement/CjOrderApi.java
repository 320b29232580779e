package io.camelcj.routes.orders.placement;

import java.util.Map;
import java.util.Optional;

/**
 * The CJ calls the order route makes. Each method throws the component's {@link io.camelcj.component.cj.CjApiException} when CJ
 * refuses or cannot be reached. The Camel implementation ({@link CamelCjOrderApi}) goes through the {@code cj:} component, which owns
 * tokens, rate limiting, retries and the look-up-before-resend of create calls after an ambiguous failure.
 */
public interface CjOrderApi {

    /** {@code shopping/order/createOrderV3} (or V2, as configured) with the order as JSON body. */
    CjReply createOrder(Map<String, Object> body);

    /** {@code shopping/order/getOrderDetail}; accepts the partner order number or CJ's order id. */
    Optional<CjReply> findOrder(String orderId);

    /** {@code shopping/order/addCart} for one CJ order. */
    CjReply addCart(String cjOrderId);

    /** {@code shopping/order/addCartConfirm} for one CJ order. */
    CjReply addCartConfirm(String cjOrderId);

    /** {@code shopping/order/saveGenerateParentOrder}: returns the payId. */
    CjReply saveGenerateParentOrder(String shipmentOrderId);

    /** {@code shopping/pay/payBalanceV2}. */
    CjReply payBalance(String shipmentOrderId, String payId);
}
