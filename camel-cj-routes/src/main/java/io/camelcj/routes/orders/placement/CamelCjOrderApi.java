package io.camelcj.routes.orders.placement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.routes.support.CjCaller;
import org.apache.camel.ProducerTemplate;

/**
 * {@link CjOrderApi} over the {@code cj:} component, through {@link CjCaller}: each call is a fresh exchange outside
 * the route's error handler, so no Camel redelivery can re-send a create call behind the placement check.
 */
public final class CamelCjOrderApi implements CjOrderApi {

    private final CjCaller cj;
    private final String createOperation;

    /**
     * @param createOperation {@code createOrderV3} or {@code createOrderV2}
     */
    public CamelCjOrderApi(ProducerTemplate template, String createOperation) {
        this.cj = new CjCaller(template);
        this.createOperation = "shopping/order/" + createOperation;
    }

    @Override
    public CjReply createOrder(Map<String, Object> body) {
        return call(createOperation, body, null);
    }

    @Override
    public Optional<CjReply> findOrder(String orderId) {
        try {
            CjReply reply = call("shopping/order/getOrderDetail", null, Map.of("orderId", orderId));
            // a success without data describes no order
            return reply.data().isEmpty() ? Optional.empty() : Optional.of(reply);
        } catch (CjCallException e) {
            if (e.kind() == FailureKind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public CjReply addCart(String cjOrderId) {
        return call("shopping/order/addCart", Map.of("cjOrderIdList", List.of(cjOrderId)), null);
    }

    @Override
    public CjReply addCartConfirm(String cjOrderId) {
        return call("shopping/order/addCartConfirm", Map.of("cjOrderIdList", List.of(cjOrderId)), null);
    }

    @Override
    public CjReply saveGenerateParentOrder(String shipmentOrderId) {
        return call("shopping/order/saveGenerateParentOrder", Map.of("shipmentOrderId", shipmentOrderId), null);
    }

    @Override
    public CjReply payBalance(String shipmentOrderId, String payId) {
        return call("shopping/pay/payBalanceV2", Map.of("shipmentOrderId", shipmentOrderId, "payId", payId), null);
    }

    @SuppressWarnings("unchecked")
    private CjReply call(String operation, Map<String, Object> body, Map<String, Object> params) {
        CjCaller.Reply reply;
        try {
            reply = cj.call(operation, body, params);
        } catch (RuntimeException e) {
            throw translate(operation, e);
        }
        return new CjReply(reply.data() instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of(),
                reply.requestId(), reply.orderRecovered());
    }

    static CjCallException translate(String operation, Exception failure) {
        if (failure instanceof CjApiException e) {
            return new CjCallException(kindOf(e.getCategory()), operation, e.getCjCode(), e.getCjMessage(),
                    e.getRequestId(), e.getHttpStatus(), e);
        }
        // not an answer from CJ (I/O trouble the component did not classify): the outcome is unknown, so retry;
        // the next try starts with the look-up
        return new CjCallException(FailureKind.RETRYABLE, operation, null, String.valueOf(failure.getMessage()), null,
                0, failure);
    }

    static FailureKind kindOf(CjErrorCategory category) {
        return switch (category) {
            case TRANSIENT, RATE_LIMIT -> FailureKind.RETRYABLE;
            case DUPLICATE_ORDER -> FailureKind.DUPLICATE_ORDER;
            case NOT_FOUND -> FailureKind.NOT_FOUND;
            case INSUFFICIENT_BALANCE -> FailureKind.INSUFFICIENT_BALANCE;
            case INVALID_PARAMETER, PERMANENT -> FailureKind.REJECTED;
            case AUTHENTICATION, DAILY_LIMIT, POINTS_EXHAUSTED -> FailureKind.ACCOUNT_BLOCKED;
        };
    }
}
