package io.camelcj.routes.orders;

import static io.camelcj.routes.orders.OrderPushHarness.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import io.camelcj.testfixtures.SampleCreateOrder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 9, what a consumer of the result topic can rely on without Kafka transactions (src/docs/order-push.md,
 * Guarantees): after a crash between writing the outcomes and committing the input offsets — here every committed
 * offset moved back to 0 while the route is stopped, the state such a crash leaves — every record is handled again.
 * Its second outcome names the same order: same key, same CJ order id and the same {@code cj-order-source}, so a
 * compacted topic (by key) or a dedupe by {@code cj-order-source} keeps exactly one per order; CJ holds each order
 * once.
 */
class OrderPushResultDuplicatesTest {

    private static final int ORDERS = 20;

    @Test
    void aRepeatedOutcomeNamesTheSameOrderAndTheSameSourceRecord() throws Exception {
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start();
             CjSimulator sim = CjSimulator.builder().port(0)
                     .account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).qps(50).build()).products(10).start();
             OrderPushHarness h = new OrderPushHarness(kafka, sim, "orders-repeated", 1)) {
            h.start();
            String vid = sim.catalogue().variantIds(sim.catalogue().productIds().get(0)).get(0);
            List<String> sources = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                sources.add(h.send(SampleCreateOrder.createOrder("REPEAT-" + i, vid)));
            }
            assertThat(h.read(h.out, r -> r.size() >= ORDERS, Duration.ofSeconds(60))).hasSize(ORDERS);
            h.context.getRouteController().stopRoute("cj-order-push");
            assertThat(h.rewind(new TopicPartition(h.in, 0), ORDERS)).isEqualTo(ORDERS);
            h.context.getRouteController().startRoute("cj-order-push");

            List<ConsumerRecord<String, String>> results = h.read(h.out, r -> r.size() >= 2 * ORDERS,
                    Duration.ofSeconds(60));

            assertThat(results).hasSize(2 * ORDERS);
            assertThat(sim.orders().count()).as("orders held by CJ").isEqualTo(ORDERS);
            Map<String, List<ConsumerRecord<String, String>>> byKey = results.stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key));
            assertThat(byKey).hasSize(ORDERS);
            byKey.forEach((orderNumber, pair) -> {
                assertThat(pair).hasSize(2);
                ConsumerRecord<String, String> first = pair.get(0);
                ConsumerRecord<String, String> again = pair.get(1);
                assertThat(header(first, OrderHeaders.OUTCOME)).isEqualTo("CREATED");
                assertThat(header(again, OrderHeaders.OUTCOME)).isEqualTo("ALREADY_PLACED");
                for (String name : List.of(OrderHeaders.ORDER_NUMBER, OrderHeaders.CJ_ORDER_ID, OrderHeaders.SOURCE)) {
                    assertThat(header(again, name)).as("%s of %s's repeated outcome", name, orderNumber)
                            .isNotNull().isEqualTo(header(first, name));
                }
                String cjOrderId = String.valueOf(sim.orders().findByOrderNumber(orderNumber).orElseThrow().get("orderId"));
                assertThat(header(again, OrderHeaders.CJ_ORDER_ID)).isEqualTo(cjOrderId);
            });
            Set<String> deduped = results.stream().map(r -> header(r, OrderHeaders.SOURCE)).collect(Collectors.toSet());
            assertThat(deduped).as("one outcome per input record after a dedupe by cj-order-source")
                    .containsExactlyInAnyOrderElementsOf(sources);
        }
    }
}
