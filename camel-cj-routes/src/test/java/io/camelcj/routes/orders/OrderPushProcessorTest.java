package io.camelcj.routes.orders;

import io.camelcj.testfixtures.SampleCreateOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.routes.orders.placement.CjOrderApi;
import io.camelcj.routes.orders.placement.CjReply;
import io.camelcj.routes.orders.placement.InMemoryPlacedOrderStore;
import io.camelcj.routes.orders.placement.OrderPlacer;
import io.camelcj.routes.orders.validation.OrderValidator;
import io.camelcj.routes.support.KafkaHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class OrderPushProcessorTest {

    /** Every call fails the same way. */
    private static CjOrderApi failingWith(CjApiException failure) {
        return new CjOrderApi() {
            @Override
            public CjReply createOrder(Map<String, Object> body) {
                throw failure;
            }

            @Override
            public Optional<CjReply> findOrder(String orderId) {
                throw failure;
            }

            @Override
            public CjReply addCart(String cjOrderId) {
                throw failure;
            }

            @Override
            public CjReply addCartConfirm(String cjOrderId) {
                throw failure;
            }

            @Override
            public CjReply saveGenerateParentOrder(String shipmentOrderId) {
                throw failure;
            }

            @Override
            public CjReply payBalance(String shipmentOrderId, String payId) {
                throw failure;
            }
        };
    }

    private static OrderPushProcessor processor(CjApiException failure, Duration blockedPause) {
        OrderPlacer placer = new OrderPlacer(failingWith(failure), new InMemoryPlacedOrderStore(10), true, null,
                Clock.systemUTC());
        return new OrderPushProcessor(new OrderCodec(), new OrderValidator(), new OrderDefaults(null, null, null),
                placer, blockedPause, new PoisonRecords(256 * 1024, 3));
    }

    private static final CamelContext CONTEXT = new DefaultCamelContext();

    private static Exchange exchange(String body) {
        Exchange exchange = new DefaultExchange(CONTEXT);
        exchange.getIn().setBody(body);
        return exchange;
    }

    @Test
    void aBlockedAccountLeavesTheRecordWithoutOutcomeAfterAPause() {
        OrderPushProcessor processor = processor(new CjApiException("op", 200, 1600201,
                "Quota has been used up", "r-1", CjErrorCategory.DAILY_LIMIT, false, null, null), Duration.ofMillis(300));
        Exchange exchange = exchange(SampleCreateOrder.json(SampleCreateOrder.createOrder("SO-1", "V-1")));

        long start = System.nanoTime();
        assertThatThrownBy(() -> processor.process(exchange)).isInstanceOf(CjApiException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(exchange.getProperty(OrderPushProcessor.TARGET)).isNull();
    }

    @Test
    void exhaustedRetriesGoToTheDeadLetterTopicWithTheLastFailure() throws Exception {
        OrderPushProcessor processor = processor(new CjApiException(
                "shopping/order/getOrderDetail", 200, 1600000, "System busy", "r-2", CjErrorCategory.TRANSIENT, true,
                null, null), Duration.ZERO);
        String record = SampleCreateOrder.json(SampleCreateOrder.createOrder("SO-2", "V-1"));
        Exchange exchange = exchange(record);

        processor.process(exchange);

        assertThat(exchange.getProperty(OrderPushProcessor.TARGET)).isEqualTo(OrderPushProcessor.TARGET_DEAD_LETTER);
        assertThat(exchange.getIn().getBody()).isEqualTo(record);
        assertThat(exchange.getIn().getHeader(OrderHeaders.ERROR_TYPE)).isEqualTo("RETRIES_EXHAUSTED");
        assertThat(exchange.getIn().getHeader(OrderHeaders.ERROR_REASON, String.class))
                .startsWith("retries exhausted (the cj endpoint's maxRetries)");
        assertThat(exchange.getIn().getHeader(OrderHeaders.CJ_CODE)).isEqualTo("1600000");
        assertThat(exchange.getIn().getHeader(OrderHeaders.CJ_REQUEST_ID)).isEqualTo("r-2");
        assertThat(exchange.getIn().getHeader(KafkaHeaders.KEY)).isEqualTo("SO-2");
    }

    @Test
    void aRecordDeliveredMoreOftenThanAllowedWithoutAnOutcomeIsSkippedNotDeliveredForever() throws Exception {
        OrderPushProcessor processor = processor(new CjApiException("op", CjErrorCategory.TRANSIENT, "busy"),
                Duration.ZERO);
        String record = SampleCreateOrder.json(SampleCreateOrder.createOrder("SO-3", "V-1"));
        List<Object> targets = new ArrayList<>();
        for (int delivery = 1; delivery <= 4; delivery++) {
            Exchange exchange = exchange(record);
            exchange.getIn().setHeader(KafkaHeaders.TOPIC, "in");
            exchange.getIn().setHeader(KafkaHeaders.PARTITION, 0);
            exchange.getIn().setHeader(KafkaHeaders.OFFSET, 7L);
            processor.process(exchange); // its outcome is never committed: as if every write had failed
            targets.add(exchange.getProperty(OrderPushProcessor.TARGET));
        }
        // the dead-letter outcome, three times (max-deliveries=3), then the record is moved past
        assertThat(targets).containsExactly(OrderPushProcessor.TARGET_DEAD_LETTER, OrderPushProcessor.TARGET_DEAD_LETTER,
                OrderPushProcessor.TARGET_DEAD_LETTER, OrderPushProcessor.TARGET_SKIP);
    }
}
