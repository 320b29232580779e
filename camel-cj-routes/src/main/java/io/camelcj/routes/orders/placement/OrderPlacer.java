package io.camelcj.routes.orders.placement;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import io.camelcj.routes.orders.model.OrderResult;
import io.camelcj.routes.orders.model.PaymentState;
import io.camelcj.routes.orders.model.PaymentStatus;
import io.camelcj.routes.orders.model.PlacementOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places one order in CJ at most once.
 * <p>
 * Every try starts by asking whether the order exists: first the local {@link PlacedOrderStore}, then (unless
 * switched off) CJ itself via getOrderDetail with the orderNumber. Only then is the create call made, and a 1603003
 * answer is resolved by looking the existing order up. Because each retry starts from that check, a retry can never
 * re-send an order a previous try may have created; the {@code cj:} component adds its own look-up after a time-out
 * within one try.
 * <p>
 * Retryable failures are tried again after {@link RetrySchedule} pauses, up to its attempts; then the order is
 * reported {@link Placement.Exhausted}. Refusals end at once. {@link FailureKind#ACCOUNT_BLOCKED} is thrown: it is
 * no fault of the order.
 */
public final class OrderPlacer {

    private static final Logger LOG = LoggerFactory.getLogger(OrderPlacer.class);

    private final CjOrderApi api;
    private final PlacedOrderStore store;
    private final RetrySchedule retry;
    private final boolean lookupBeforeCreate;
    private final PaymentFlow paymentFlow;
    private final Sleeper sleeper;
    private final OrderResults results;

    /**
     * @param paymentFlow {@code null} when orders are only created, not paid
     */
    public OrderPlacer(CjOrderApi api, PlacedOrderStore store, RetrySchedule retry, boolean lookupBeforeCreate,
            PaymentFlow paymentFlow, Sleeper sleeper, Clock clock) {
        this.api = api;
        this.store = store;
        this.retry = retry;
        this.lookupBeforeCreate = lookupBeforeCreate;
        this.paymentFlow = paymentFlow;
        this.sleeper = sleeper;
        this.results = new OrderResults(clock);
    }

    /**
     * @param orderNumber the order's idempotency key
     * @param body        the create-order request body
     * @param keepGoing   answers false when the route is stopping: the order is then abandoned without an outcome
     *                    (its record is not committed and comes back)
     * @throws CjCallException       of kind {@link FailureKind#ACCOUNT_BLOCKED}
     * @throws OrderAbandonedException when interrupted or stopping between tries
     */
    public Placement place(String orderNumber, Map<String, Object> body, BooleanSupplier keepGoing) {
        Tries tries = new Tries();
        for (int attempt = 1;; attempt++) {
            CjCallException failure;
            try {
                return new Placement.Placed(placeOnce(orderNumber, body, tries), attempt);
            } catch (CjCallException e) {
                failure = e;
            }
            switch (failure.kind()) {
                case ACCOUNT_BLOCKED -> throw failure;
                case RETRYABLE -> LOG.debug("Order {} try {} failed: {}", orderNumber, attempt, failure.getMessage());
                default -> {
                    return new Placement.Refused(failure, attempt);
                }
            }
            if (attempt >= retry.maxAttempts()) {
                return exhausted(orderNumber, failure, attempt);
            }
            pause(orderNumber, attempt, keepGoing);
        }
    }

    private OrderResult placeOnce(String orderNumber, Map<String, Object> body, Tries tries) {
        Optional<OrderResult> known = store.find(orderNumber);
        if (known.isPresent() && (paymentFlow == null || known.get().paymentSettled())) {
            return known.get().withOutcome(PlacementOutcome.ALREADY_PLACED);
        }
        OrderResult result;
        // a try after a create call that may have reached CJ always looks first, whatever lookupBeforeCreate says
        boolean lookUp = known.isPresent() || lookupBeforeCreate || tries.createSent;
        Optional<CjReply> existing = lookUp ? api.findOrder(orderNumber) : Optional.empty();
        if (existing.isPresent()) {
            // found after an earlier try of ours sent the create and lost the answer: that try created it
            result = results.from(orderNumber, existing.get(),
                    tries.createSent ? PlacementOutcome.RECOVERED : PlacementOutcome.ALREADY_PLACED);
            if (result.shipmentOrderId() == null && known.isPresent()) {
                result = result.withPayment(null, known.get().shipmentOrderId());
            }
        } else if (known.isPresent()) {
            // placed by this route before, yet CJ no longer finds it: never re-create behind the operator's back
            LOG.warn("Order {} was placed before (CJ order {}) but CJ does not find it now; not creating it again",
                    orderNumber, known.get().cjOrderId());
            return known.get().withOutcome(PlacementOutcome.ALREADY_PLACED);
        } else {
            tries.createSent = true;
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
        } catch (CjCallException e) {
            if (e.kind() != FailureKind.DUPLICATE_ORDER) {
                throw e;
            }
            return api.findOrder(orderNumber)
                    .map(existing -> results.from(orderNumber, existing, PlacementOutcome.DUPLICATE_REJECTED))
                    .orElseThrow(() -> new CjCallException(FailureKind.RETRYABLE, e.operation(), e.cjCode(),
                            "CJ answered 1603003 (order exists) but getOrderDetail does not find order " + orderNumber
                                    + " yet",
                            e.requestId(), e.httpStatus(), e));
        }
    }

    /** An order that exists in CJ is reported as placed even when its payment could not finish. */
    private Placement exhausted(String orderNumber, CjCallException failure, int attempts) {
        Optional<OrderResult> known = store.find(orderNumber);
        if (known.isPresent()) {
            PaymentStatus incomplete = new PaymentStatus(PaymentState.INCOMPLETE, null,
                    "retries exhausted; re-drive the order record to resume payment", failure.cjCode(),
                    failure.cjMessage(), failure.requestId());
            return new Placement.Placed(known.get().withPayment(incomplete, known.get().shipmentOrderId()), attempts);
        }
        return new Placement.Exhausted(failure, attempts);
    }

    /** What the tries for one order have done so far. */
    private static final class Tries {
        boolean createSent;
    }

    private void pause(String orderNumber, int attempt, BooleanSupplier keepGoing) {
        if (!keepGoing.getAsBoolean()) {
            throw new OrderAbandonedException("stopping: order " + orderNumber + " left for redelivery");
        }
        try {
            sleeper.sleep(retry.delayAfter(attempt), keepGoing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrderAbandonedException("interrupted: order " + orderNumber + " left for redelivery");
        }
        if (!keepGoing.getAsBoolean()) {
            throw new OrderAbandonedException("stopping: order " + orderNumber + " left for redelivery");
        }
    }
}
