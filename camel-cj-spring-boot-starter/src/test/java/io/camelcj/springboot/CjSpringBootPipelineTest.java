package io.camelcj.springboot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camelcj.component.cj.CjComponent;
import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.observability.metrics.CjMeterNames;
import io.camelcj.routes.catalogue.CatalogueSyncConfig;
import io.camelcj.routes.catalogue.SyncTopics;
import io.camelcj.routes.orders.OrderPushSettings;
import io.camelcj.routes.support.CloudEventHeaders;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Spring Boot application made of the starter and properties only runs the pipeline on the CJ simulator and
 * the in-JVM broker: catalogue sync to Kafka, orders from Kafka to CJ (one invalid one dead-lettered), the CJ
 * webhooks those orders cause back to Kafka; then reads the metrics and the actuator health.
 */
@SpringBootTest(classes = CjTestApplication.class)
class CjSpringBootPipelineTest {

    private static final long OPEN_ID = 8888888L;
    private static final CjSimulator SIM = CjSimulator.builder()
            .account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).openId(OPEN_ID).qps(20).pointsPerDay(100_000)
                    .build())
            .products(12).seed(42L).strictWebhookUrls(false).start(); // a plain-http callback on loopback
    private static final EmbeddedKafkaBroker KAFKA = EmbeddedKafkaBroker.start();
    private static final SyncTopics SYNC_TOPICS = CatalogueSyncConfig.fromMap(Map.of()).topics();
    private static final OrderPushSettings ORDERS = OrderPushSettings.from(Map.of());
    private static final String ORDER_WEBHOOKS = "cj.webhooks.order";

    private static final int WEBHOOK_PORT = freePort();
    private static final String CALLBACK = "http://127.0.0.1:" + WEBHOOK_PORT + "/cj/webhooks";
    /** The application's token store (bean cjTokenStore), shared with the registration below. */
    static final InMemoryTokenStore TOKENS = new InMemoryTokenStore();

    static {
        // created up front: a topic auto-created under an idempotent producer's first send can stall it
        for (String compacted : List.of(SYNC_TOPICS.categories(), SYNC_TOPICS.products(), SYNC_TOPICS.variants(),
                SYNC_TOPICS.inventory())) {
            KAFKA.createTopic(compacted, 1, true);
        }
        for (String topic : List.of(SYNC_TOPICS.runs(), ORDERS.inputTopic(), ORDERS.resultTopic(),
                ORDERS.deadLetterTopic(), ORDER_WEBHOOKS, "cj.webhooks.product", "cj.webhooks.stock",
                "cj.webhooks.logistics", "cj.webhooks.unknown", "cj.orders.status", "cj.tracking")) {
            KAFKA.createTopic(topic, 1, false);
        }
    }

    @Autowired
    private CamelContext camel;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private HealthEndpoint health;

    @DynamicPropertySource
    static void pipeline(DynamicPropertyRegistry p) {
        p.add("camel.component.cj.api-key", SIM::defaultApiKey);
        p.add("camel.component.cj.base-url", SIM::baseUrl);
        p.add("camel.component.cj.qps", () -> "20");
        p.add("camel.component.cj.retry-backoff", () -> "50");
        p.add("camel.component.kafka.brokers", KAFKA::bootstrapServers);
        p.add("camel.cj.sync.enabled", () -> "true");
        p.add("camel.cj.sync.runOnStartup", () -> "true");
        p.add("camel.cj.sync.startupDelay", () -> "1s");
        p.add("camel.cj.sync.state.type", () -> "MEMORY");
        p.add("camel.cj.orders.enabled", () -> "true");
        p.add("camel.cj.orders.logisticName", () -> "CJPacket Ordinary");
        p.add("camel.cj.orders.fromCountryCode", () -> "CN");
        p.add("camel.cj.orders.autoOffsetReset", () -> "earliest");
        p.add("camel.cj.orders.poll-timeout", () -> "200ms");
        p.add("camel.component.cj.token-store", () -> "#cjTokenStore");
        p.add("camel.cj.webhooks.enabled", () -> "true");
        p.add("camel.cj.webhooks.open-id", () -> Long.toString(OPEN_ID));
        p.add("camel.cj.webhooks.host", () -> "127.0.0.1");
        p.add("camel.cj.webhooks.port", () -> Integer.toString(WEBHOOK_PORT));
        // registered at start: the simulator calls the URL (a signed ping the receiver answers 200)
        p.add("camel.cj.webhooks.callback-url", () -> CALLBACK);
        p.add("camel.cj.webhooks.auto-register", () -> "true");
        p.add("camel.cj.webhooks.allow-insecure-callback", () -> "true"); // plain http on loopback, tests only
        // CloudEvents headers on the three families that have them: the records must still match their schemas
        p.add("camel.cj.webhooks.cloud-events", () -> "true");
        p.add("camel.cj.order-status.cloud-events", () -> "true");
        p.add("camel.cj.tracking.cloud-events", () -> "true");
        p.add("camel.cj.tracking.cloud-events-source", () -> "https://shop.example/cj");
        p.add("camel.cj.order-status.enabled", () -> "true");
        p.add("camel.cj.order-status.interval", () -> "2s");
        p.add("camel.cj.tracking.enabled", () -> "true");
        p.add("camel.cj.tracking.interval", () -> "2s");
        p.add("camel.health.producers-enabled", () -> "true");
        p.add("camel.health.exposure-level", () -> "full");
        p.add("management.endpoint.health.show-details", () -> "always");
        p.add("management.endpoint.health.show-components", () -> "always");
    }

    @AfterAll
    static void stopServices() {
        try {
            SIM.close();
        } finally {
            KAFKA.close();
        }
    }

    @Test
    void theStarterRunsThePipelineAndReportsMetricsAndHealth() throws Exception {
        assertThat(camel.getComponent("cj", CjComponent.class).getConfiguration().getQps())
                .as("camel.component.cj.qps bound to the component").isEqualTo(20.0);
        assertThat(camel.getRoutes()).as("routes added by camel.cj.<family>.enabled").hasSizeGreaterThanOrEqualTo(3);

        Map<String, List<ConsumerRecord<String, String>>> seen = new ConcurrentHashMap<>();
        List<String> topics = new ArrayList<>(List.of(SYNC_TOPICS.products(), SYNC_TOPICS.runs(),
                ORDERS.resultTopic(), ORDERS.deadLetterTopic(), ORDER_WEBHOOKS));
        sendOrders();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(java.util.regex.Pattern.compile("cj\\..*"));
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ZERO).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(r ->
                        seen.computeIfAbsent(r.topic(), t -> new CopyOnWriteArrayList<>()).add(r));
                assertThat(seen.getOrDefault(SYNC_TOPICS.runs(), List.of())).as("sync run records").isNotEmpty();
                assertThat(seen.getOrDefault(ORDERS.resultTopic(), List.of())).as("order results").hasSize(2);
                assertThat(seen.getOrDefault(ORDERS.deadLetterTopic(), List.of())).as("dead letters").hasSize(1);
                assertThat(seen.getOrDefault(ORDER_WEBHOOKS, List.of())).as("order webhooks").isNotEmpty();
            });
            // take one order through confirm, payment and shipping: the status and tracking feeds report it
            String orderId = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(seen.get(ORDERS.resultTopic()).get(0).value()).get("cjOrderId").asText();
            org.apache.camel.ProducerTemplate cj = camel.createProducerTemplate();
            cj.requestBody("cj:shopping/order/confirmOrder?orderId=" + orderId, (Object) null);
            cj.requestBody("cj:shopping/pay/payBalance?orderId=" + orderId, (Object) null);
            SIM.admin().shipOrder(orderId, "BOOTTRACK1");
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ZERO).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(r ->
                        seen.computeIfAbsent(r.topic(), t -> new CopyOnWriteArrayList<>()).add(r));
                assertThat(seen.getOrDefault("cj.orders.status", List.of())).as("status records").isNotEmpty();
                assertThat(seen.getOrDefault("cj.tracking", List.of())).as("tracking records").isNotEmpty();
            });
        }
        checkSchemas(seen);
        assertThat(seen.get(SYNC_TOPICS.products())).as("product records").hasSizeGreaterThanOrEqualTo(12);
        assertThat(seen.get(SYNC_TOPICS.runs()).get(0).value()).contains("\"status\":\"SUCCEEDED\"");

        assertThat(camel.getManagementStrategy().getEventNotifiers()).as("CjMetrics added to the context")
                .anyMatch(n -> n instanceof io.camelcj.observability.metrics.CjMetrics);
        assertThat(meters.get(CjMeterNames.ORDERS).tag("outcome", "placed").counter().count()).isEqualTo(2);
        assertThat(meters.get(CjMeterNames.ORDERS).tag("outcome", "dead_lettered").counter().count()).isEqualTo(1);
        assertThat(meters.get(CjMeterNames.CALLS).tags("code", "200").timers().stream()
                .mapToLong(t -> t.count()).sum()).isPositive();
        assertThat(meters.get(CjMeterNames.SYNC_RUNS).tag("status", "SUCCEEDED").functionCounter().count())
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(meters.find(CjMeterNames.WEBHOOK_ANSWERS).tag("status", "ACCEPTED").functionCounter())
                        .isNotNull().satisfies(c -> assertThat(c.count()).isPositive()));

        HealthComponent overall = health.health();
        assertThat(overall.getStatus()).isEqualTo(Status.UP);
        HealthComponent camelHealth = ((CompositeHealth) overall).getComponents().get("camelHealth");
        assertThat(camelHealth).as("camel health in actuator: %s", ((CompositeHealth) overall).getComponents().keySet())
                .isNotNull();
        assertThat(camelHealth.getStatus()).isEqualTo(Status.UP);
        assertThat(camelHealth.toString()).contains("producer:cj-").doesNotContain(SIM.defaultApiKey());
    }

    /** Every record on every topic of the pipeline validates against the schema the routes ship for it. */
    private static void checkSchemas(Map<String, List<ConsumerRecord<String, String>>> seen) {
        Map<String, String> schemaByTopic = new java.util.LinkedHashMap<>();
        schemaByTopic.put(SYNC_TOPICS.products(), "cj.product.v1.json");
        schemaByTopic.put(SYNC_TOPICS.variants(), "cj.variant.v1.json");
        schemaByTopic.put(SYNC_TOPICS.inventory(), "cj.inventory.v1.json");
        schemaByTopic.put(SYNC_TOPICS.categories(), "cj.category.v1.json");
        schemaByTopic.put(SYNC_TOPICS.runs(), "cj.sync.run.v1.json");
        schemaByTopic.put(ORDERS.resultTopic(), "cj.order.result.v1.json");
        schemaByTopic.put(ORDERS.deadLetterTopic(), "cj.order.dead-letter.v1.json");
        for (String type : List.of("product", "variant", "stock", "order", "ordersplit", "sourcing", "logistics",
                "unknown")) {
            schemaByTopic.put("cj.webhooks." + type, "cj.webhook.v1.json");
        }
        schemaByTopic.put("cj.orders.status", "cj.order.status.v1.json");
        schemaByTopic.put("cj.tracking", "cj.tracking.v1.json");
        KafkaRecordSchemas schemas = new KafkaRecordSchemas(schemaByTopic);
        Map<String, Integer> checked = new java.util.TreeMap<>();
        for (Map.Entry<String, List<ConsumerRecord<String, String>>> topic : seen.entrySet()) {
            if (topic.getKey().equals(ORDERS.inputTopic())) {
                continue; // our own input
            }
            assertThat(schemas.covers(topic.getKey())).as("a schema for topic %s", topic.getKey()).isTrue();
            for (ConsumerRecord<String, String> r : topic.getValue()) {
                assertThat(schemas.violations(r.topic(), r.value()))
                        .as("record %s of %s: %s", r.key(), r.topic(), r.value()).isEmpty();
                checkCloudEvent(r);
            }
            checked.put(topic.getKey(), topic.getValue().size());
        }
        assertThat(checked).as("records checked by topic").containsKeys(SYNC_TOPICS.products(),
                SYNC_TOPICS.variants(), SYNC_TOPICS.inventory(), SYNC_TOPICS.categories(), SYNC_TOPICS.runs(),
                ORDERS.resultTopic(), ORDERS.deadLetterTopic(), ORDER_WEBHOOKS, "cj.orders.status", "cj.tracking");
        LoggerFactory.getLogger(CjSpringBootPipelineTest.class).info("Records valid against their schemas: {}",
                checked);
    }

    /** The webhook, status and tracking records carry the CloudEvents attributes; the other topics none. */
    private static void checkCloudEvent(ConsumerRecord<String, String> r) {
        String expectedType = r.topic().startsWith("cj.webhooks.") ? "com.cjdropshipping.webhook."
                : r.topic().equals("cj.orders.status") ? "com.cjdropshipping.order.status"
                : r.topic().equals("cj.tracking") ? "com.cjdropshipping.logistics.tracking" : null;
        if (expectedType == null) {
            assertThat(r.headers().lastHeader(CloudEventHeaders.SPEC_VERSION)).as("no CloudEvents on %s", r.topic())
                    .isNull();
            return;
        }
        assertThat(header(r, CloudEventHeaders.SPEC_VERSION)).as(r.topic()).isEqualTo("1.0");
        assertThat(header(r, CloudEventHeaders.ID)).as(r.topic()).isNotBlank();
        assertThat(header(r, CloudEventHeaders.TYPE)).as(r.topic()).startsWith(expectedType);
        assertThat(header(r, CloudEventHeaders.SOURCE)).as(r.topic())
                .isEqualTo(r.topic().equals("cj.tracking") ? "https://shop.example/cj"
                        : r.topic().equals("cj.orders.status") ? "urn:camel-cj:order-status" : "urn:camel-cj:webhooks");
        assertThat(header(r, CloudEventHeaders.CONTENT_TYPE)).as(r.topic()).isEqualTo("application/json");
        assertThat(java.time.Instant.parse(header(r, CloudEventHeaders.TIME))).as(r.topic()).isNotNull();
        for (org.apache.kafka.common.header.Header h : r.headers()) {
            assertThat(new String(h.value(), java.nio.charset.StandardCharsets.UTF_8)).as(h.key())
                    .doesNotContain(SIM.defaultApiKey()).doesNotContain(Long.toString(OPEN_ID));
        }
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        org.apache.kafka.common.header.Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void sendOrders() throws Exception {
        List<String> vids = new ArrayList<>();
        for (String pid : SIM.catalogue().productIds()) {
            vids.addAll(SIM.catalogue().variantIds(pid));
        }
        String tag = Long.toString(System.nanoTime(), 36);
        Map<String, String> orders = Map.of(
                "boot-" + tag + "-1", order("boot-" + tag + "-1", vids.get(0), "US"),
                "boot-" + tag + "-2", order("boot-" + tag + "-2", vids.get(1), "US"),
                "boot-" + tag + "-3", order("boot-" + tag + "-3", vids.get(2), ""));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (Map.Entry<String, String> o : orders.entrySet()) {
                producer.send(new ProducerRecord<>(ORDERS.inputTopic(), o.getKey(), o.getValue())).get();
            }
        }
    }

    /** An order in the order push's input shape; an empty country code makes it invalid (dead letter). */
    private static String order(String orderNumber, String vid, String country) {
        return "{\"orderNumber\":\"" + orderNumber + "\",\"shippingCountryCode\":\"" + country + "\","
                + "\"shippingCountry\":\"United States\",\"shippingProvince\":\"California\","
                + "\"shippingCity\":\"Los Angeles\",\"shippingZip\":\"90001\",\"shippingCustomerName\":\"Alex Doe\","
                + "\"shippingAddress\":\"1200 Sunset Blvd\",\"logisticName\":\"CJPacket Ordinary\","
                + "\"fromCountryCode\":\"CN\",\"products\":[{\"vid\":\"" + vid + "\",\"quantity\":1,"
                + "\"storeLineItemId\":\"" + orderNumber + "-1\"}]}";
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "boot-test-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
