package io.camelcj.routes.orders.placement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.routes.support.CjCaller;

/**
 * {@link CjOrderApi} over the {@code cj:} component, through {@link CjCaller}: each call is a fresh exchange outside
 * the route's error handler, so no Camel redelivery can re-send a create call; the component's own retries (with the
 * look-up of an ambiguous create) are the only ones.
 */
public final class CamelCjOrderApi implements CjOrderApi {

    private final CjCaller cj;
    private final CjOperation createOperation;

    /**
     * @param createOperation {@link CjOperation#CREATE_ORDER_V3} or {@link CjOperation#CREATE_ORDER_V2}
     */
    public CamelCjOrderApi(CjCaller cj, CjOperation createOperation) {
        this.cj = cj;
        this.createOperation = createOperation;
    }

    @Override
    public CjReply createOrder(Map<String, Object> body) {
        return call(createOperation, body, null);
    }

    @Override
    public Optional<CjReply> findOrder(String orderId) {
        try {
            CjReply reply = call(CjOperation.ORDER_DETAIL, null, Map.of("orderId", orderId));
            // a success without data describes no order
            return reply.data().isEmpty() ? Optional.empty() : Optional.of(reply);
        } catch (CjApiException e) {
            if (e.getCategory() == CjErrorCategory.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public CjReply addCart(String cjOrderId) {
        return call(CjOperation.ADD_CART, Map.of("cjOrderIdList", List.of(cjOrderId)), null);
    }

    @Override
    public CjReply addCartConfirm(String cjOrderId) {
        return call(CjOperation.ADD_CART_CONFIRM, Map.of("cjOrderIdList", List.of(cjOrderId)), null);
    }

    @Override
    public CjReply saveGenerateParentOrder(String shipmentOrderId) {
        return call(CjOperation.SAVE_GENERATE_PARENT_ORDER, Map.of("shipmentOrderId", shipmentOrderId), null);
    }

    @Override
    public CjReply payBalance(String shipmentOrderId, String payId) {
        return call(CjOperation.PAY_BALANCE_V2, Map.of("shipmentOrderId", shipmentOrderId, "payId", payId), null);
    }

    @SuppressWarnings("unchecked")
    private CjReply call(CjOperation operation, Map<String, Object> body, Map<String, Object> params) {
        CjCaller.Reply reply;
        try {
            reply = cj.call(operation, body, params);
        } catch (CjApiException e) {
            throw e;
        } catch (RuntimeException e) {
            // The component classifies every CJ answer and I/O failure; this one it did not, so whether CJ did the
            // work is unknown: treated like a transient failure (dead-lettered as retries exhausted, never re-sent).
            throw new CjApiException(operation.path(), 0, null, String.valueOf(e.getMessage()), null,
                    CjErrorCategory.TRANSIENT, true, null, e, true);
        }
        return new CjReply(reply.data() instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of(),
                reply.requestId(), reply.orderRecovered());
    }
}
