package io.camelcj.routes.orders;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import io.camelcj.component.cj.CjApiException;

import io.camelcj.routes.orders.placement.CamelCjOrderApi;
import io.camelcj.routes.orders.placement.CjOrderApi;
import io.camelcj.routes.orders.placement.InMemoryPlacedOrderStore;
import io.camelcj.routes.orders.placement.OrderAbandonedException;
import io.camelcj.routes.orders.placement.OrderPlacer;
import io.camelcj.routes.orders.placement.PaymentFlow;
import io.camelcj.routes.orders.placement.PlacedOrderStore;
import io.camelcj.routes.orders.validation.OrderValidator;
import io.camelcj.routes.support.KafkaHeaders;
import io.camelcj.routes.support.RouteValues;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order push route: order records from Kafka become CJ orders, each exactly once, or dead-letter records with
 * their reason. Configured by {@code camel.cj.orders.*} properties (see {@link OrderPushSettings}); Kafka brokers and
 * the CJ account come from the {@code kafka} and {@code cj} components' own configuration.
 * <p>
 * The input offset is committed by hand only after the outcome record is acknowledged by Kafka; a record without an
 * outcome (account blocked, route stopping, Kafka unavailable) makes the consumer seek back to it
 * ({@code breakOnFirstError}), and the placement check then finds whatever an earlier try did. One consumer thread
 * handles a partition's records one after the other, so records of one orderNumber (the key) keep their order.
 * <p>
 * A {@link PlacedOrderStore} bean in the registry replaces the default in-memory store.
 */
public class OrderPushRoutes extends RouteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(OrderPushRoutes.class);

    private final OrderPushSettings settings;

    /** Reads its settings from the {@code camel.cj.orders.*} properties. */
    public OrderPushRoutes() {
        this(null);
    }

    public OrderPushRoutes(OrderPushSettings settings) {
        this.settings = settings;
    }

    @Override
    public void configure() throws Exception {
        OrderPushSettings s = settings;
        if (s == null) {
            RouteValues values = OrderPushOptions.FAMILY.read(getCamelContext());
            if (!values.get(OrderPushOptions.ENABLED)) {
                LOG.info("CJ order push disabled ({}=false)", OrderPushOptions.ENABLED.key());
                return;
            }
            s = OrderPushSettings.from(values);
        }
        ProducerTemplate template = getCamelContext().createProducerTemplate();
        getCamelContext().addService(template, true, true); // stopped with the context
        CjOrderApi api = new CamelCjOrderApi(s.cj().caller(template), s.createOrderOperation());
        PlacedOrderStore store = placedOrderStore(s);
        OrderCodec codec = new OrderCodec();
        OrderPlacer placer = new OrderPlacer(api, store, s.lookupBeforeCreate(),
                s.paymentEnabled() ? new PaymentFlow(api) : null, Clock.systemUTC());
        PoisonRecords poison = new PoisonRecords(s.maxRecordSize(), s.maxDeliveries());
        OrderPushProcessor processor = new OrderPushProcessor(codec,
                new OrderValidator(s.maxQuantity(), s.maxLineValue()), s.defaults(),
                placer, s.accountBlockedPause(), poison);

        // expected ways for a record to stay without outcome: logged once by the route, not as a delivery failure
        onException(OrderAbandonedException.class, CjApiException.class).handled(false).logExhausted(false);

        from("kafka:" + s.inputTopic()
                + "?groupId=" + s.groupId()
                + "&autoCommitEnable=false&allowManualCommit=true&breakOnFirstError=true"
                + "&autoOffsetReset=" + s.autoOffsetReset()
                + "&maxPollRecords=" + s.maxPollRecords()
                + "&maxPollIntervalMs=" + s.maxPollInterval().toMillis()
                + "&pollTimeoutMs=" + s.pollTimeout().toMillis()
                + "&consumersCount=" + s.consumersCount())
                .routeId(s.routeId())
                .process(processor)
                .choice()
                    .when(exchangeProperty(OrderPushProcessor.TARGET).isEqualTo(OrderPushProcessor.TARGET_RESULT))
                        .to("kafka:" + s.resultTopic() + "?requestRequiredAcks=all")
                    .when(exchangeProperty(OrderPushProcessor.TARGET).isEqualTo(OrderPushProcessor.TARGET_DEAD_LETTER))
                        .doTry()
                            .to("kafka:" + s.deadLetterTopic() + "?requestRequiredAcks=all")
                        .doCatch(Exception.class)
                            // refused whole (too large, headers too large): the same outcome as a bounded summary
                            .process(poison::summarizeAfterRefusal)
                            .to("kafka:" + s.deadLetterTopic() + "?requestRequiredAcks=all")
                        .end()
                .end()
                .process(exchange -> {
                    commit(exchange);
                    poison.done(exchange.getIn().getHeader(OrderHeaders.SOURCE, String.class));
                });

        if (s.learnFromResultTopic()) {
            // A private consumer group without commits: every start reads the result topic from its beginning.
            // Only an optimisation; an order missing from the store is still found by the CJ look-up.
            from("kafka:" + s.resultTopic() + "?groupId=" + s.groupId() + "-placed-orders-" + UUID.randomUUID()
                    + "&autoOffsetReset=earliest&autoCommitEnable=false&pollTimeoutMs=" + s.pollTimeout().toMillis())
                    .routeId(s.routeId() + "-placed-orders")
                    .process(exchange -> learn(store, codec, exchange));
        }
    }

    private PlacedOrderStore placedOrderStore(OrderPushSettings s) {
        Set<PlacedOrderStore> beans = getCamelContext().getRegistry().findByType(PlacedOrderStore.class);
        if (beans.size() > 1) {
            throw new IllegalStateException("more than one PlacedOrderStore bean in the registry: " + beans);
        }
        return beans.isEmpty() ? new InMemoryPlacedOrderStore(s.placedOrderCapacity()) : beans.iterator().next();
    }

    private static void learn(PlacedOrderStore store, OrderCodec codec, Exchange exchange) {
        String value = exchange.getIn().getBody(String.class);
        try {
            store.record(codec.readResult(value));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("Ignoring a record of the result topic that is not a result ({}): {}",
                    exchange.getIn().getHeader(KafkaHeaders.OFFSET), e.getMessage());
        }
    }

    /** Only reached once the outcome record was acknowledged by Kafka. */
    private static void commit(Exchange exchange) {
        KafkaManualCommit manual = exchange.getIn().getHeader(KafkaHeaders.MANUAL_COMMIT, KafkaManualCommit.class);
        if (manual == null) {
            throw new IllegalStateException("no Kafka manual commit handle on the exchange (allowManualCommit off?)");
        }
        manual.commit();
    }
}
