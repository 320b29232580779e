package io.camelcj.routes.orders.placement;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.routes.orders.model.OrderResult;
import io.camelcj.routes.orders.model.PaymentState;
import io.camelcj.routes.orders.model.PaymentStatus;
import io.camelcj.routes.orders.model.PlacementOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places one order in CJ at most once, in one try: the {@code cj:} component is the only layer that retries a call,
 * and the one that recovers an ambiguous create (it looks the order up by orderNumber before any re-send and
 * answers {@link PlacementOutcome#RECOVERED}).
 * <p>
 * The try starts with the local {@link PlacedOrderStore}: an order placed before is answered from it (or, when its
 * payment is unfinished, re-read from CJ to resume payment). CJ's duplicate answer (1603003) is resolved by looking
 * the existing order up. A retryable failure the component gave up on ends as {@link Placement.Exhausted} (or, when
 * the order exists, as placed with an incomplete payment); a refusal as {@link Placement.Refused}. An account-wide
 * failure ({@link CjErrorCategory#isAccountWide()}) is thrown: it is no fault of the order.
 */
public final class OrderPlacer {

    private static final Logger LOG = LoggerFactory.getLogger(OrderPlacer.class);

    private final CjOrderApi api;
    private final PlacedOrderStore store;
    private final boolean lookupBeforeCreate;
    private final PaymentFlow paymentFlow;
    private final OrderResults results;

    /**
     * @param lookupBeforeCreate ask CJ for the orderNumber before the first create (else CJ's 1603003 tells)
     * @param paymentFlow        {@code null} when orders are only created, not paid
     */
    public OrderPlacer(CjOrderApi api, PlacedOrderStore store, boolean lookupBeforeCreate, PaymentFlow paymentFlow,
            Clock clock) {
        this.api = api;
        this.store = store;
        this.lookupBeforeCreate = lookupBeforeCreate;
        this.paymentFlow = paymentFlow;
        this.results = new OrderResults(clock);
    }

    /**
     * @param orderNumber the order's idempotency key
     * @param body        the create-order request body
     * @throws CjApiException whose category is account-wide
     */
    public Placement place(String orderNumber, Map<String, Object> body) {
        try {
            return new Placement.Placed(placeOnce(orderNumber, body));
        } catch (CjApiException e) {
            if (e.getCategory().isAccountWide()) {
                throw e;
            }
            return e.isRetryable() ? exhausted(orderNumber, e) : new Placement.Refused(e);
        }
    }

    private OrderResult placeOnce(String orderNumber, Map<String, Object> body) {
        Optional<OrderResult> known = store.find(orderNumber);
        if (known.isPresent() && (paymentFlow == null || known.get().paymentSettled())) {
            return known.get().withOutcome(PlacementOutcome.ALREADY_PLACED);
        }
        OrderResult result;
        Optional<CjReply> existing = known.isPresent() || lookupBeforeCreate ? api.findOrder(orderNumber)
                : Optional.empty();
        if (existing.isPresent()) {
            result = results.from(orderNumber, existing.get(), PlacementOutcome.ALREADY_PLACED);
            if (result.shipmentOrderId() == null && known.isPresent()) {
                result = result.withPayment(null, known.get().shipmentOrderId());
            }
        } else if (known.isPresent()) {
            // placed by this route before, yet CJ no longer finds it: never re-create behind the operator's back
            LOG.warn("Order {} was placed before (CJ order {}) but CJ does not find it now; not creating it again",
                    orderNumber, known.get().cjOrderId());
            return known.get().withOutcome(PlacementOutcome.ALREADY_PLACED);
        } else {
            result = create(orderNumber, body);
        }
        store.record(result);
        if (paymentFlow != null && !result.paymentSettled()) {
            result = paymentFlow.settle(result);
            store.record(result);
        }
        return result;
    }

    private OrderResult create(String orderNumber, Map<String, Object> body) {
        try {
            CjReply reply = api.createOrder(body);
            return results.from(orderNumber, reply,
                    reply.recovered() ? PlacementOutcome.RECOVERED : PlacementOutcome.CREATED);
        } catch (CjApiException e) {
            if (e.getCategory() != CjErrorCategory.DUPLICATE_ORDER) {
                throw e;
            }
            return api.findOrder(orderNumber)
                    .map(existing -> results.from(orderNumber, existing, PlacementOutcome.DUPLICATE_REJECTED))
                    .orElseThrow(() -> new CjApiException(e.getOperation(), e.getHttpStatus(), e.getCjCode(),
                            "CJ answered 1603003 (order exists) but getOrderDetail does not find order " + orderNumber
                                    + " yet", e.getRequestId(), CjErrorCategory.TRANSIENT, true, null, e));
        }
    }

    /** An order that exists in CJ is reported as placed even when its payment could not finish. */
    private Placement exhausted(String orderNumber, CjApiException failure) {
        Optional<OrderResult> known = store.find(orderNumber);
        if (known.isPresent()) {
            PaymentStatus incomplete = new PaymentStatus(PaymentState.INCOMPLETE, null,
                    "retries exhausted; re-drive the order record to resume payment", failure.getCjCode(),
                    failure.getCjMessage(), failure.getRequestId());
            return new Placement.Placed(known.get().withPayment(incomplete, known.get().shipmentOrderId()));
        }
        return new Placement.Exhausted(failure);
    }
}
