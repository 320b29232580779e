package io.camelcj.kafka.embedded;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedKafkaBrokerTest {

    @Test
    void producesAndConsumesAndCreatesCompactedTopics() throws Exception {
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start()) {
            assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
            kafka.createTopic("cj.test", 2, true);
            kafka.createTopic("cj.test", 2, true); // idempotent

            try (var admin = kafka.admin()) {
                var resource = new ConfigResource(ConfigResource.Type.TOPIC, "cj.test");
                var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
                assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
            }

            try (var producer = new KafkaProducer<String, String>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                producer.send(new ProducerRecord<>("cj.test", "pid-1", "{\"a\":1}")).get();
            }
            try (var consumer = new KafkaConsumer<String, String>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, UUID.randomUUID().toString(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
                consumer.subscribe(List.of("cj.test"));
                ConsumerRecord<String, String> received = null;
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (received == null && System.nanoTime() < deadline) {
                    for (var record : consumer.poll(Duration.ofMillis(500))) {
                        received = record;
                    }
                }
                assertThat(received).isNotNull();
                assertThat(received.key()).isEqualTo("pid-1");
                assertThat(received.value()).isEqualTo("{\"a\":1}");
            }
        }
    }
}
