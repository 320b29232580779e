package io.camelcj.routes.orders;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import io.camelcj.component.cj.CjApiException;

import io.camelcj.routes.orders.OrderHeaders.DeadLetterType;
import io.camelcj.routes.orders.model.OrderRequest;
import io.camelcj.routes.orders.model.OrderResult;
import io.camelcj.routes.orders.placement.OrderAbandonedException;
import io.camelcj.routes.orders.placement.OrderPlacer;
import io.camelcj.routes.orders.placement.Placement;
import io.camelcj.routes.orders.validation.OrderValidator;
import io.camelcj.routes.orders.validation.Violation;
import io.camelcj.routes.support.KafkaHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.ShutdownPrepared;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides the outcome of one order record: reads and validates it, places it, and leaves the exchange ready for
 * the result topic (body = result JSON) or the dead-letter topic (body = the record unchanged, reasons in headers),
 * as said by the {@link #TARGET} property. Throws only when the record must come back later without an outcome
 * (an account-wide failure, after a pause; the route stopping during that pause).
 */
public final class OrderPushProcessor extends ServiceSupport implements Processor, ShutdownPrepared {

    /** Exchange property naming the topic the outcome goes to. */
    public static final String TARGET = "CjOrderTarget";
    public static final String TARGET_RESULT = "result";
    public static final String TARGET_DEAD_LETTER = "dead-letter";
    /** The record is moved past without an outcome record (see {@link PoisonRecords}). */
    public static final String TARGET_SKIP = "skip";

    private static final Logger LOG = LoggerFactory.getLogger(OrderPushProcessor.class);

    private final OrderCodec codec;
    private final OrderValidator validator;
    private final OrderDefaults defaults;
    private final OrderPlacer placer;
    private final Duration accountBlockedPause;
    private final PoisonRecords poison;
    private volatile boolean stopping;

    public OrderPushProcessor(OrderCodec codec, OrderValidator validator, OrderDefaults defaults, OrderPlacer placer,
            Duration accountBlockedPause, PoisonRecords poison) {
        this.codec = codec;
        this.validator = validator;
        this.defaults = defaults;
        this.placer = placer;
        this.accountBlockedPause = accountBlockedPause;
        this.poison = poison;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getIn();
        String source = in.getHeader(KafkaHeaders.TOPIC) + "/" + in.getHeader(KafkaHeaders.PARTITION) + "/"
                + in.getHeader(KafkaHeaders.OFFSET);
        in.setHeader(OrderHeaders.SOURCE, source);
        if (poison.overDelivered(source)) {
            poison.skip(exchange, source);
            exchange.setProperty(TARGET, TARGET_SKIP);
            return;
        }
        String value = in.getBody(String.class);
        if (poison.rejectIfTooLarge(exchange, value)) {
            return;
        }
        OrderRequest order;
        try {
            order = codec.parse(value);
        } catch (MalformedOrderException e) {
            deadLetter(exchange, e.orderNumber(), DeadLetterType.MALFORMED, e.field(), e.reason());
            return;
        }
        warnIfKeyIsNotTheOrderNumber(in.getHeader(KafkaHeaders.KEY), order.getOrderNumber());
        defaults.applyTo(order);
        List<Violation> violations = validator.validate(order);
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            deadLetter(exchange, order.getOrderNumber(), DeadLetterType.INVALID, first.field(), first.reason());
            in.setHeader(OrderHeaders.VIOLATIONS,
                    violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
            return;
        }
        Placement placement;
        try {
            placement = placer.place(order.getOrderNumber(), codec.toRequestBody(order));
        } catch (CjApiException e) {
            poison.done(source); // an account block is no fault of the record: its deliveries do not count
            abandonIfStopping(exchange, order.getOrderNumber());
            // account-wide: every order would fail the same way, so the record waits instead of being dead-lettered
            LOG.error("CJ account cannot place orders ({}); order {} will be redelivered after {}",
                    e.getMessage(), order.getOrderNumber(), accountBlockedPause);
            pause(exchange);
            throw e;
        }
        if (!(placement instanceof Placement.Placed)) {
            abandonIfStopping(exchange, order.getOrderNumber());
        }
        if (placement instanceof Placement.Placed placed) {
            result(exchange, placed.result());
        } else if (placement instanceof Placement.Refused refused) {
            cjDeadLetter(exchange, order.getOrderNumber(), DeadLetterType.REFUSED, "CJ refused the order",
                    refused.failure());
        } else if (placement instanceof Placement.Exhausted exhausted) {
            cjDeadLetter(exchange, order.getOrderNumber(), DeadLetterType.RETRIES_EXHAUSTED,
                    "retries exhausted (the cj endpoint's maxRetries)", exhausted.lastFailure());
        }
    }

    /**
     * A failure that ends while the route stops is not dead-lettered: the record is left for redelivery. (Calls in
     * flight are not interrupted: an interrupted create would leave its outcome unknown. The route's stop waits for
     * the component's remaining retries, bounded by the endpoint's maxRetries and retryBackoff.)
     */
    private void abandonIfStopping(Exchange exchange, String orderNumber) {
        if (!keepGoing(exchange).getAsBoolean()) {
            poison.done(exchange.getIn().getHeader(OrderHeaders.SOURCE, String.class)); // not the record's fault
            LOG.info("Order {} left without outcome for redelivery: the route is stopping", orderNumber);
            throw new OrderAbandonedException("stopping: order " + orderNumber + " left for redelivery");
        }
    }

    /** Only records keyed by orderNumber are sure to reach the same partition, and so to be handled in order. */
    private static void warnIfKeyIsNotTheOrderNumber(Object key, String orderNumber) {
        if (orderNumber != null && !orderNumber.equals(key)) {
            LOG.warn("Order {} came with record key '{}': key order records by orderNumber, or records of one order"
                    + " may be handled out of order on different partitions", orderNumber, key);
        }
    }

    private void result(Exchange exchange, OrderResult result) {
        Message in = exchange.getIn();
        in.setBody(codec.write(result));
        in.setHeader(KafkaHeaders.KEY, result.orderNumber());
        in.setHeader(OrderHeaders.ORDER_NUMBER, result.orderNumber());
        in.setHeader(OrderHeaders.OUTCOME, result.outcome().name());
        if (result.cjOrderId() != null) {
            in.setHeader(OrderHeaders.CJ_ORDER_ID, result.cjOrderId());
        }
        if (result.payment() != null) {
            in.setHeader(OrderHeaders.PAYMENT_STATE, result.payment().state().name());
        }
        exchange.setProperty(TARGET, TARGET_RESULT);
        LOG.debug("Order {}: {} as CJ order {}", result.orderNumber(), result.outcome(), result.cjOrderId());
    }

    private static void cjDeadLetter(Exchange exchange, String orderNumber, DeadLetterType type, String reason,
            CjApiException failure) {
        deadLetter(exchange, orderNumber, type, null, reason + ": " + failure.getMessage());
        Message in = exchange.getIn();
        in.setHeader(OrderHeaders.CJ_OPERATION, failure.getOperation());
        if (failure.getCjCode() != null) {
            in.setHeader(OrderHeaders.CJ_CODE, String.valueOf(failure.getCjCode()));
        }
        if (failure.getCjMessage() != null) {
            in.setHeader(OrderHeaders.CJ_MESSAGE, failure.getCjMessage());
        }
        if (failure.getRequestId() != null) {
            in.setHeader(OrderHeaders.CJ_REQUEST_ID, failure.getRequestId());
        }
        if (failure.isOutcomeUnknown()) {
            // e.g. a create that may have reached CJ and could not be looked up: re-driving is still safe
            in.setHeader(OrderHeaders.OUTCOME_UNKNOWN, "true");
        }
    }

    /** The record itself stays the body, unchanged, so that it can be re-driven as is. */
    private static void deadLetter(Exchange exchange, String orderNumber, DeadLetterType type, String field,
            String reason) {
        Message in = exchange.getIn();
        if (orderNumber != null && !orderNumber.isBlank()) {
            in.setHeader(KafkaHeaders.KEY, orderNumber);
            in.setHeader(OrderHeaders.ORDER_NUMBER, orderNumber);
        }
        in.setHeader(OrderHeaders.ERROR_TYPE, type.name());
        if (field != null) {
            in.setHeader(OrderHeaders.ERROR_FIELD, field);
        }
        in.setHeader(OrderHeaders.ERROR_REASON, reason);
        exchange.setProperty(TARGET, TARGET_DEAD_LETTER);
        LOG.warn("Order {} to the dead-letter topic: {} {}{}", orderNumber == null ? "(no orderNumber)" : orderNumber,
                type, field == null ? "" : field + " ", reason);
    }

    private void pause(Exchange exchange) {
        BooleanSupplier keepGoing = keepGoing(exchange);
        long until = System.nanoTime() + accountBlockedPause.toNanos();
        try {
            while (keepGoing.getAsBoolean() && System.nanoTime() < until) {
                Thread.sleep(Math.min(1000, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrderAbandonedException("interrupted while the CJ account is blocked");
        }
    }

    /**
     * Camel calls this when the route or the context starts to stop, before it waits for in-flight exchanges:
     * an order whose call fails from now on, or that waits out an account block, is left for redelivery.
     */
    @Override
    public void prepareShutdown(boolean suspendOnly, boolean forced) {
        stopping = true;
    }

    @Override
    protected void doStart() {
        stopping = false;
    }

    /** False once the context or this route is stopping: the pause ends and the record comes back. */
    private BooleanSupplier keepGoing(Exchange exchange) {
        return () -> !stopping && !exchange.getContext().isStopping();
    }
}
