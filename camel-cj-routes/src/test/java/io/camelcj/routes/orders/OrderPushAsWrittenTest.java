package io.camelcj.routes.orders;

import static io.camelcj.routes.orders.OrderPushHarness.header;
import static io.camelcj.routes.orders.OrderPushRouteTest.vid;
import static io.camelcj.testfixtures.SampleCreateOrder.createOrder;
import static io.camelcj.testfixtures.SampleCreateOrder.firstLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.simulator.CjSimulator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, finding 5: quantity 1.5 was placed as 1, and nothing bounded a line (one test order came to
 * $171,347,720,196.34). Re-measured: such records reach no CJ call and are dead-lettered with the field and why.
 */
class OrderPushAsWrittenTest {

    @Test
    void ordersArePlacedExactlyAsWrittenOrDeadLetteredNamingTheField() throws Exception {
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start();
                CjSimulator sim = OrderPushRouteTest.simulator();
                OrderPushHarness harness = new OrderPushHarness(kafka, sim, "orders-as-written", 1)) {
            harness.set("max-quantity", "100").set("max-line-value", "500").start();
            Map<String, Object> fractional = createOrder("SO-FRACTION", vid(sim, 0));
            firstLine(fractional).put("quantity", new BigDecimal("1.5"));
            Map<String, Object> huge = createOrder("SO-HUGE", vid(sim, 1));
            firstLine(huge).put("quantity", 2_000_000_000);
            Map<String, Object> dear = createOrder("SO-DEAR", vid(sim, 2));
            firstLine(dear).put("quantity", 10);
            firstLine(dear).put("unitPrice", new BigDecimal("99.99"));
            Map<String, Object> fine = createOrder("SO-FINE", vid(sim, 3));
            firstLine(fine).put("quantity", 100);
            firstLine(fine).put("unitPrice", new BigDecimal("5.00"));
            for (Map<String, Object> order : List.of(fractional, huge, dear, fine)) {
                harness.send(order);
            }

            Map<String, ConsumerRecord<String, String>> dead = harness.read(harness.dlq, r -> r.size() >= 3,
                    Duration.ofSeconds(60)).stream().collect(Collectors.toMap(ConsumerRecord::key, r -> r));
            List<ConsumerRecord<String, String>> results = harness.read(harness.out, r -> !r.isEmpty(),
                    Duration.ofSeconds(30));

            assertThat(header(dead.get("SO-FRACTION"), OrderHeaders.ERROR_TYPE)).isEqualTo("MALFORMED");
            assertThat(header(dead.get("SO-FRACTION"), OrderHeaders.ERROR_FIELD)).isEqualTo("products[0].quantity");
            assertThat(header(dead.get("SO-FRACTION"), OrderHeaders.ERROR_REASON))
                    .isEqualTo("must be a whole number (got 1.5)");
            assertThat(header(dead.get("SO-HUGE"), OrderHeaders.ERROR_TYPE)).isEqualTo("INVALID");
            assertThat(header(dead.get("SO-HUGE"), OrderHeaders.ERROR_FIELD)).isEqualTo("products[0].quantity");
            assertThat(header(dead.get("SO-HUGE"), OrderHeaders.ERROR_REASON)).isEqualTo(
                    "is 2000000000, above the sanity bound of 100 (camel.cj.orders.max-quantity)");
            assertThat(header(dead.get("SO-DEAR"), OrderHeaders.ERROR_FIELD)).isEqualTo("products[0].unitPrice");
            assertThat(header(dead.get("SO-DEAR"), OrderHeaders.ERROR_REASON)).isEqualTo(
                    "quantity × unitPrice is 999.90, above the sanity bound of 500 (camel.cj.orders.max-line-value)");
            assertThat(results).extracting(ConsumerRecord::key).containsExactly("SO-FINE");
            // the figures of the finding: no order placed with a changed quantity, no runaway amount sent to CJ
            assertThat(sim.orders().count()).isEqualTo(1);
            assertThat(results.get(0).value()).contains("\"quantity\":100");
            assertThat(sim.requestLog().count("shopping/order/createOrderV3")).isEqualTo(1);
        }
    }
}
