package io.camelcj.routes.feeds;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import io.camelcj.component.cj.CjComponent;
import io.camelcj.component.cj.auth.CjTokenStore;
import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.simulator.CjSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A Camel context with the cj (on the simulator) and kafka (on the in-JVM broker) components, for feed tests. */
final class FeedsHarness implements AutoCloseable {

    final EmbeddedKafkaBroker kafka;
    final CjSimulator sim;
    final Properties properties = new Properties();
    private CjTokenStore tokens = new InMemoryTokenStore();
    CamelContext context;

    FeedsHarness(EmbeddedKafkaBroker kafka, CjSimulator sim) {
        this.kafka = kafka;
        this.sim = sim;
    }

    FeedsHarness set(String key, Object value) {
        properties.setProperty(key, String.valueOf(value));
        return this;
    }

    /** Shares tokens with earlier contexts on the same simulator (getAccessToken is limited to once per 5 min). */
    FeedsHarness tokens(CjTokenStore store) {
        this.tokens = store;
        return this;
    }

    FeedsHarness start(RoutesBuilder... routes) throws Exception {
        context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(properties);
        CjComponent cj = new CjComponent();
        cj.getConfiguration().setApiKey(sim.defaultApiKey());
        cj.getConfiguration().setBaseUrl(sim.baseUrl());
        cj.getConfiguration().setQps(100);
        cj.getConfiguration().setTokenStore(tokens);
        context.addComponent("cj", cj);
        KafkaComponent kafkaComponent = new KafkaComponent();
        kafkaComponent.getConfiguration().setBrokers(kafka.bootstrapServers());
        kafkaComponent.getConfiguration().setPollTimeoutMs(200L);
        kafkaComponent.getConfiguration().setLingerMs(0);
        context.addComponent("kafka", kafkaComponent);
        for (RoutesBuilder r : routes) {
            context.addRoutes(r);
        }
        context.start();
        return this;
    }

    /** Calls a cj: operation the way a route would. */
    Object cj(String operation, Object body) {
        return context.createFluentProducerTemplate().to("cj:" + operation).withBody(body).request();
    }

    void produce(String topic, String key, String value) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record of the topics so far, read from the beginning until {@code done} holds or the time is up. */
    List<ConsumerRecord<String, String>> read(List<String> topics, Predicate<List<ConsumerRecord<String, String>>> done,
                                              Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            do {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            } while (!done.test(records) && System.nanoTime() < deadline);
        }
        return records;
    }

    List<ConsumerRecord<String, String>> read(String topic, Predicate<List<ConsumerRecord<String, String>>> done) {
        return read(List.of(topic), done, Duration.ofSeconds(20));
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(text, Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (context != null) {
            context.stop();
        }
    }
}
