package io.camelcj.routes.orders;

import io.camelcj.testfixtures.SampleCreateOrder;
import static io.camelcj.routes.orders.OrderPushHarness.header;
import static io.camelcj.testfixtures.SampleCreateOrder.firstLine;
import static io.camelcj.testfixtures.SampleCreateOrder.createOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.routes.orders.placement.InMemoryPlacedOrderStore;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.Fault;
import io.camelcj.simulator.SimAccount;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order push route with a real Kafka broker and the CJ simulator: results, dead letters, duplicates.
 */
class OrderPushRouteTest {

    static final String API_KEY = "CJ7654321@api@0123456789abcdef0123456789abcdef";
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
    void startSimulator() {
        sim = simulator();
        harness = new OrderPushHarness(kafka, sim, "orders-route-" + (++topicCounter), 1);
    }

    static CjSimulator simulator() {
        return CjSimulator.builder().port(0)
                .account(SimAccount.builder(API_KEY).qps(50).balance(new BigDecimal("10000.00")).build())
                .products(30).seed(42L).tokenCooldown(Duration.ZERO).start();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
        sim.close();
    }

    static String vid(CjSimulator sim, int product) {
        String pid = sim.catalogue().productIds().get(product);
        return sim.catalogue().variantIds(pid).get(0);
    }

    private List<ConsumerRecord<String, String>> awaitRecords(String topic, int count) {
        List<ConsumerRecord<String, String>> records = harness.read(topic, r -> r.size() >= count, WAIT);
        assertThat(records).as("records on " + topic).hasSizeGreaterThanOrEqualTo(count);
        return records;
    }

    @Test
    void placesAnOrderReportsItAndCommitsTheRecord() throws Exception {
        harness.start();
        String source = harness.send(createOrder("SO-1", vid(sim, 0)));

        ConsumerRecord<String, String> result = awaitRecords(harness.out, 1).get(0);

        Map<String, Object> cjOrder = sim.orders().findByOrderNumber("SO-1").orElseThrow();
        JsonNode json = JSON.readTree(result.value());
        assertThat(result.key()).isEqualTo("SO-1");
        assertThat(header(result, OrderHeaders.OUTCOME)).isEqualTo("CREATED");
        assertThat(header(result, OrderHeaders.SOURCE)).isEqualTo(source);
        assertThat(json.get("orderNumber").asText()).isEqualTo("SO-1");
        assertThat(json.get("cjOrderId").asText()).isEqualTo(cjOrder.get("orderId"));
        assertThat(json.get("status").asText()).isEqualTo("CREATED");
        assertThat(json.get("orderAmount").decimalValue())
                .isEqualByComparingTo(new BigDecimal(cjOrder.get("orderAmount").toString()));
        assertThat(json.get("cjRequestId").asText()).isNotBlank();
        @SuppressWarnings("unchecked")
        Map<String, Object> cjLine = ((List<Map<String, Object>>) cjOrder.get("productList")).get(0);
        JsonNode line = json.get("lineItems").get(0);
        assertThat(line.get("lineItemId").asText()).isEqualTo(cjLine.get("lineItemId"));
        assertThat(line.get("storeLineItemId").asText()).isEqualTo("SO-1-L1");
        assertThat(line.get("quantity").asInt()).isEqualTo(2);
        assertThat(sim.orders().count()).isEqualTo(1);
        await().atMost(WAIT).untilAsserted(() -> {
            Map<TopicPartition, OffsetAndMetadata> committed = kafka.admin()
                    .listConsumerGroupOffsets(harness.properties.getProperty("camel.cj.orders.groupId"))
                    .partitionsToOffsetAndMetadata().get();
            assertThat(committed.get(new TopicPartition(harness.in, 0))).isNotNull()
                    .extracting(OffsetAndMetadata::offset).isEqualTo(1L);
        });
    }

    @Test
    void everyValidationRuleSendsTheRecordToTheDeadLetterTopicNamingFieldAndReason() throws Exception {
        Map<String, Consumer<Map<String, Object>>> broken = new LinkedHashMap<>();
        broken.put("INV-REQUIRED", o -> o.remove("shippingCity"));
        broken.put("INV-LENGTH", o -> o.put("shippingZip", "1".repeat(21)));
        broken.put("INV-COUNTRY", o -> o.put("shippingCountryCode", "USA"));
        broken.put("INV-FROM", o -> o.put("fromCountryCode", "ZZ"));
        broken.put("INV-QUANTITY", o -> firstLine(o).put("quantity", 0));
        broken.put("INV-VID", o -> firstLine(o).remove("vid"));
        broken.put("INV-PLATFORM", o -> o.put("platform", "myshop"));
        broken.put("INV-STORAGE", o -> o.put("shopLogisticsType", 1));
        broken.put("INV-TYPE", o -> firstLine(o).put("quantity", "two"));
        Map<String, String[]> expected = Map.of(
                "INV-REQUIRED", new String[] {"INVALID", "shippingCity", "is required"},
                "INV-LENGTH", new String[] {"INVALID", "shippingZip", "is 21 characters long, more than the 20 CJ accepts"},
                "INV-COUNTRY", new String[] {"INVALID", "shippingCountryCode", "'USA' is not a two-letter country code of CJ's Appendix 2"},
                "INV-FROM", new String[] {"INVALID", "fromCountryCode", "'ZZ' is not a two-letter country code of CJ's Appendix 2"},
                "INV-QUANTITY", new String[] {"INVALID", "products[0].quantity", "must be greater than 0 (got 0)"},
                "INV-VID", new String[] {"INVALID", "products[0].vid", "vid or sku is required"},
                "INV-PLATFORM", new String[] {"INVALID", "platform", "'myshop' is not a platform of CJ's Appendix 3"},
                "INV-STORAGE", new String[] {"INVALID", "storageId", "is required when shopLogisticsType is 1 (platform logistics, storage chosen by you)"},
                "INV-TYPE", new String[] {"MALFORMED", "products[0].quantity", "cannot be read as Integer"});
        String vid = vid(sim, 0);
        Map<String, String> sentValues = new LinkedHashMap<>();
        broken.forEach((number, change) -> {
            Map<String, Object> o = createOrder(number, vid);
            change.accept(o);
            sentValues.put(number, SampleCreateOrder.json(o));
            harness.send(number, sentValues.get(number));
        });
        harness.send("MAL-1", "{\"orderNumber\": \"MAL-1\", ");
        harness.send(createOrder("SO-OK", vid));
        harness.start();

        List<ConsumerRecord<String, String>> dead = awaitRecords(harness.dlq, broken.size() + 1);
        awaitRecords(harness.out, 1);

        Map<String, ConsumerRecord<String, String>> byKey = dead.stream()
                .collect(Collectors.toMap(ConsumerRecord::key, r -> r));
        expected.forEach((number, e) -> {
            ConsumerRecord<String, String> r = byKey.get(number);
            assertThat(r).as(number).isNotNull();
            assertThat(header(r, OrderHeaders.ERROR_TYPE)).as(number).isEqualTo(e[0]);
            assertThat(header(r, OrderHeaders.ERROR_FIELD)).as(number).isEqualTo(e[1]);
            assertThat(header(r, OrderHeaders.ERROR_REASON)).as(number).isEqualTo(e[2]);
            assertThat(header(r, OrderHeaders.ORDER_NUMBER)).as(number).isEqualTo(number);
            assertThat(r.value()).as("the record is kept unchanged").isEqualTo(sentValues.get(number));
        });
        ConsumerRecord<String, String> notJson = byKey.get("MAL-1");
        assertThat(header(notJson, OrderHeaders.ERROR_TYPE)).isEqualTo("MALFORMED");
        assertThat(header(notJson, OrderHeaders.ERROR_FIELD)).isEqualTo("$");
        assertThat(header(notJson, OrderHeaders.ERROR_REASON)).startsWith("not valid JSON");
        assertThat(sim.orders().count()).isEqualTo(1);
        assertThat(sim.requestLog().count("shopping/order/createOrderV3")).isEqualTo(1);
    }

    @Test
    void cjRefusalsGoToTheDeadLetterTopicWithCodeMessageAndRequestId() throws Exception {
        String delisted = sim.catalogue().productIds().get(3);
        String delistedVid = sim.catalogue().variantIds(delisted).get(0);
        sim.admin().delist(delisted);
        Map<String, Object> unknownLogistics = createOrder("SO-LOGISTICS", vid(sim, 0));
        unknownLogistics.put("logisticName", "Nowhere Express");
        harness.send(createOrder("SO-DELISTED", delistedVid));
        harness.send(unknownLogistics);
        harness.start();

        Map<String, ConsumerRecord<String, String>> byKey = awaitRecords(harness.dlq, 2).stream()
                .collect(Collectors.toMap(ConsumerRecord::key, r -> r));

        ConsumerRecord<String, String> gone = byKey.get("SO-DELISTED");
        assertThat(header(gone, OrderHeaders.ERROR_TYPE)).isEqualTo("REFUSED");
        assertThat(header(gone, OrderHeaders.CJ_CODE)).isIn("1602002", "1602003");
        assertThat(header(gone, OrderHeaders.CJ_MESSAGE)).isNotBlank();
        assertThat(header(gone, OrderHeaders.CJ_REQUEST_ID)).isNotBlank();
        assertThat(header(gone, OrderHeaders.CJ_OPERATION)).isEqualTo("shopping/order/createOrderV3");
        ConsumerRecord<String, String> logistics = byKey.get("SO-LOGISTICS");
        assertThat(header(logistics, OrderHeaders.ERROR_TYPE)).isEqualTo("REFUSED");
        assertThat(header(logistics, OrderHeaders.CJ_CODE)).isIn("1605000", "1605001");
        assertThat(header(logistics, OrderHeaders.ERROR_REASON)).startsWith("CJ refused the order");
        assertThat(sim.orders().count()).isZero();
    }

    @Test
    void aRepeatedRecordIsReportedAgainButPlacedOnce() throws Exception {
        harness.start();
        Map<String, Object> order = createOrder("SO-1", vid(sim, 0));
        harness.send(order);
        harness.send(order);

        List<ConsumerRecord<String, String>> results = awaitRecords(harness.out, 2);

        assertThat(results).extracting(r -> header(r, OrderHeaders.OUTCOME)).containsExactly("CREATED",
                "ALREADY_PLACED");
        assertThat(JSON.readTree(results.get(1).value()).get("cjOrderId").asText())
                .isEqualTo(JSON.readTree(results.get(0).value()).get("cjOrderId").asText());
        assertThat(sim.orders().count()).isEqualTo(1);
        assertThat(sim.requestLog().count("shopping/order/createOrderV3")).isEqualTo(1);
    }

    @Test
    void anOrderCjAlreadyHoldsIsLookedUpAfterItsDuplicateAnswer() throws Exception {
        harness.set("lookupBeforeCreate", "false").set("learnFromResultTopic", "false").start();
        Map<String, Object> order = createOrder("SO-1", vid(sim, 0));
        harness.context.createProducerTemplate().requestBody("cj:shopping/order/createOrderV3", order);
        assertThat(sim.orders().count()).isEqualTo(1);

        harness.send(order);
        ConsumerRecord<String, String> result = awaitRecords(harness.out, 1).get(0);

        assertThat(header(result, OrderHeaders.OUTCOME)).isEqualTo("DUPLICATE_REJECTED");
        assertThat(JSON.readTree(result.value()).get("cjOrderId").asText())
                .isEqualTo(sim.orders().findByOrderNumber("SO-1").orElseThrow().get("orderId"));
        assertThat(sim.requestLog().count("shopping/order/createOrderV3", 1603003)).isEqualTo(1);
        assertThat(sim.orders().count()).isEqualTo(1);
    }

    @Test
    void createOrderV2CanBeChosenAndItsStringAmountsAreRead() throws Exception {
        harness.set("createOperation", "createOrderV2").start();
        harness.send(createOrder("SO-V2", vid(sim, 1)));

        ConsumerRecord<String, String> result = awaitRecords(harness.out, 1).get(0);

        Map<String, Object> cjOrder = sim.orders().findByOrderNumber("SO-V2").orElseThrow();
        JsonNode json = JSON.readTree(result.value());
        assertThat(json.get("orderAmount").decimalValue())
                .isEqualByComparingTo(new BigDecimal(cjOrder.get("orderAmount").toString()));
        assertThat(json.get("postageAmount").isNumber()).isTrue();
        assertThat(sim.requestLog().count("shopping/order/createOrderV2")).isEqualTo(1);
        assertThat(sim.requestLog().count("shopping/order/createOrderV3")).isZero();
    }

    @Test
    void aNewProcessLearnsPlacedOrdersFromTheResultTopic() throws Exception {
        harness.start();
        harness.send(createOrder("SO-1", vid(sim, 0)));
        awaitRecords(harness.out, 1);
        String resultTopic = harness.out;
        harness.close();

        InMemoryPlacedOrderStore store = new InMemoryPlacedOrderStore(10);
        harness = new OrderPushHarness(kafka, sim, "orders-route-" + (++topicCounter), 1);
        harness.set("resultTopic", resultTopic);
        harness.beans.put("placedOrders", store);
        harness.start();

        await().atMost(WAIT).until(() -> store.find("SO-1").isPresent());
        assertThat(store.find("SO-1").orElseThrow().cjOrderId())
                .isEqualTo(sim.orders().findByOrderNumber("SO-1").orElseThrow().get("orderId"));
    }

    @Test
    void stoppingTheRouteWhileAnOrderIsRetriedLeavesItForRedeliveryNotForTheDeadLetterTopic() throws Exception {
        sim.faults().failNext("shopping/order/createOrderV3", 1000, Fault.httpStatus(503));
        // the component retries inside the call and the stop waits for them: 6 retries from 100 ms, about 7 s at worst
        harness.set("cj.max-retries", "6").set("cj.retry-backoff", "100ms").start();
        harness.send(createOrder("SO-1", vid(sim, 0)));
        await().atMost(WAIT).until(() -> sim.requestLog().count("shopping/order/createOrderV3") >= 3);

        long stopping = System.nanoTime();
        harness.context.getRouteController().stopRoute("cj-order-push");
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(10));
        assertThat(harness.read(harness.dlq, r -> false, Duration.ofMillis(300))).isEmpty();
        assertThat(harness.read(harness.out, r -> false, Duration.ofMillis(300))).isEmpty();

        sim.faults().clear();
        harness.context.getRouteController().startRoute("cj-order-push");
        ConsumerRecord<String, String> result = awaitRecords(harness.out, 1).get(0);

        assertThat(result.key()).isEqualTo("SO-1");
        assertThat(sim.orders().count()).isEqualTo(1);
        assertThat(harness.read(harness.dlq, r -> false, Duration.ofMillis(300))).isEmpty();
    }
}
