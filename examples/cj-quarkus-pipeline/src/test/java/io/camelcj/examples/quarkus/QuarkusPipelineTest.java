package io.camelcj.examples.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;

import io.camelcj.simulator.CjSimulator;
import io.camelcj.testfixtures.SampleCreateOrder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.camel.CamelContext;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The Quarkus application on its embedded default (CJ simulator, in-JVM broker): the catalogue sync fills the
 * catalogue topics, orders on cj.orders.in become CJ orders (or dead letters), the simulator's webhooks about them
 * reach cj.webhooks.order through platform-http, and the CJ account reports ready on /q/health/ready.
 */
@QuarkusTest
@QuarkusTestResource(FreeHttpTestPort.class)
class QuarkusPipelineTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Inject
    CamelContext camel;

    @Inject
    StandInServices standIns;

    @Test
    void syncsTheCataloguePlacesOrdersAndReceivesWebhooks() throws Exception {
        CjSimulator cj = standIns.simulator().orElseThrow(() -> new AssertionError("no simulator on the default"));
        String brokers = camel.getPropertiesComponent().resolveProperty(StandInServices.BROKERS).orElseThrow();
        int products = cj.catalogue().productIds().size();

        try (TopicReader reader = new TopicReader(brokers, "cj.products", "cj.orders.out", "cj.orders.dlq",
                "cj.webhooks.order")) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(reader.poll("cj.products")).hasSize(products));

            String tag = Long.toString(System.nanoTime(), 36);
            String valid = "q-" + tag + "-1";
            String invalid = "q-" + tag + "-2";
            String vid = cj.catalogue().variantIds(cj.catalogue().productIds().get(0)).get(0);
            send(brokers, valid, SampleCreateOrder.createOrder(valid, vid, 2));
            send(brokers, invalid, SampleCreateOrder.createOrder(invalid, vid, 0));

            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(reader.poll("cj.orders.out")).containsKey(valid).doesNotContainKey(invalid);
                assertThat(reader.poll("cj.orders.dlq")).containsKey(invalid);
            });
            assertThat(cj.orders().findByOrderNumber(valid)).isPresent();
            assertThat(cj.orders().findByOrderNumber(invalid)).isEmpty();
            assertThat(reader.poll("cj.orders.dlq").get(invalid)).contains("quantity");

            // the simulator tells the application about the order it created, through platform-http
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(reader.poll("cj.webhooks.order").values())
                    .anySatisfy(message -> assertThat(message).contains(valid)));
        }

        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body(containsString("\"camel-producers\""))
                .body(not(containsString("DOWN")))
                .body(not(containsString(cj.defaultApiKey())));
    }

    private static void send(String brokers, String key, Map<String, Object> order) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>("cj.orders.in", key, SampleCreateOrder.json(order))).get();
        }
    }

    /** The latest value per key of each topic, read from the beginning. */
    private static final class TopicReader implements AutoCloseable {
        private final KafkaConsumer<String, String> consumer;
        private final Map<String, Map<String, String>> latest = new ConcurrentHashMap<>();

        TopicReader(String brokers, String... topics) {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
            p.put(ConsumerConfig.GROUP_ID_CONFIG, "quarkus-pipeline-test-" + System.nanoTime());
            p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            consumer = new KafkaConsumer<>(p);
            consumer.subscribe(List.of(topics));
        }

        Map<String, String> poll(String topic) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                latest.computeIfAbsent(r.topic(), t -> new ConcurrentHashMap<>())
                        .put(r.key() == null ? "" : r.key(), r.value() == null ? "" : r.value());
            }
            return new HashMap<>(latest.getOrDefault(topic, Map.of()));
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
