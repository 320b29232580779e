package io.camelcj.routes.orders;

import io.camelcj.testfixtures.SampleCreateOrder;
import static io.camelcj.routes.orders.OrderPushHarness.header;
import static io.camelcj.testfixtures.SampleCreateOrder.createOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.simulator.CjSimulator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The optional payment flow through the route: addCart, addCartConfirm, saveGenerateParentOrder, payBalanceV2.
 */
class OrderPaymentRouteTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedKafkaBroker kafka;
    private static int topicCounter;

    private CjSimulator sim;
    private OrderPushHarness harness;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafkaBroker.start();
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @BeforeEach
    void start() throws Exception {
        sim = OrderPushRouteTest.simulator();
        harness = new OrderPushHarness(kafka, sim, "orders-payment-" + (++topicCounter), 1)
                .set("paymentEnabled", "true").start();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
        sim.close();
    }

    private BigDecimal balance() {
        Map<?, ?> data = harness.context.createProducerTemplate()
                .requestBody("cj:shopping/pay/getBalance", null, Map.class);
        return new BigDecimal(data.get("amount").toString());
    }

    private List<ConsumerRecord<String, String>> awaitResults(int count) {
        List<ConsumerRecord<String, String>> records = harness.read(harness.out, r -> r.size() >= count, WAIT);
        assertThat(records).hasSizeGreaterThanOrEqualTo(count);
        return records;
    }

    @Test
    void paysTheOrderFromTheBalance() throws Exception {
        BigDecimal before = balance();
        harness.send(createOrder("SO-PAY", OrderPushRouteTest.vid(sim, 0)));

        ConsumerRecord<String, String> result = awaitResults(1).get(0);

        JsonNode json = JSON.readTree(result.value());
        assertThat(header(result, OrderHeaders.PAYMENT_STATE)).isEqualTo("PAID");
        assertThat(json.at("/payment/state").asText()).isEqualTo("PAID");
        assertThat(json.at("/payment/payId").asText()).isNotBlank();
        assertThat(json.get("status").asText()).isEqualTo("UNSHIPPED");
        assertThat(json.get("shipmentOrderId").asText()).isNotBlank();
        Map<String, Object> cjOrder = sim.orders().findByOrderNumber("SO-PAY").orElseThrow();
        assertThat(cjOrder.get("orderStatus")).isEqualTo("UNSHIPPED");
        assertThat(balance()).isEqualByComparingTo(before.subtract(new BigDecimal(cjOrder.get("orderAmount").toString())));
        assertThat(sim.requestLog().count("shopping/pay/payBalanceV2")).isEqualTo(1);
    }

    @Test
    void insufficientBalanceParksTheOrderAndARedriveAfterTopUpPaysIt() throws Exception {
        sim.admin().setBalance(OrderPushRouteTest.API_KEY, new BigDecimal("0.50"));
        Map<String, Object> order = createOrder("SO-POOR", OrderPushRouteTest.vid(sim, 0));
        harness.send(order);

        ConsumerRecord<String, String> parked = awaitResults(1).get(0);

        JsonNode json = JSON.readTree(parked.value());
        assertThat(header(parked, OrderHeaders.PAYMENT_STATE)).isEqualTo("PARKED_INSUFFICIENT_BALANCE");
        assertThat(json.at("/payment/cjCode").asInt()).isEqualTo(1604000);
        assertThat(json.at("/payment/cjRequestId").asText()).isNotBlank();
        assertThat(json.at("/payment/reason").asText()).contains("top up");
        assertThat(json.get("cjOrderId").asText()).isNotBlank();
        assertThat(sim.orders().findByOrderNumber("SO-POOR").orElseThrow().get("orderStatus")).isEqualTo("UNPAID");

        sim.admin().setBalance(OrderPushRouteTest.API_KEY, new BigDecimal("1000.00"));
        harness.send(order);
        ConsumerRecord<String, String> paid = awaitResults(2).get(1);

        assertThat(header(paid, OrderHeaders.PAYMENT_STATE)).isEqualTo("PAID");
        assertThat(header(paid, OrderHeaders.OUTCOME)).isEqualTo("ALREADY_PLACED");
        assertThat(sim.orders().findByOrderNumber("SO-POOR").orElseThrow().get("orderStatus")).isEqualTo("UNSHIPPED");
        assertThat(sim.orders().count()).isEqualTo(1);
        assertThat(sim.requestLog().count("shopping/order/addCart")).isEqualTo(1);
        assertThat(sim.requestLog().count("shopping/order/addCartConfirm")).isEqualTo(1);
    }
}
