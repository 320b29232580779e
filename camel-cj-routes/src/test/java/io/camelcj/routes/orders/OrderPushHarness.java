package io.camelcj.routes.orders;

import io.camelcj.testfixtures.SampleCreateOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import io.camelcj.component.cj.CjComponent;
import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.simulator.CjSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Runs the order push route against a real in-JVM Kafka broker and the CJ simulator: one Camel context with the
 * {@code cj} and {@code kafka} components, topics of their own per test, and plain Kafka clients to feed the
 * input topic and read the result and dead-letter topics.
 */
final class OrderPushHarness implements AutoCloseable {

    final EmbeddedKafkaBroker kafka;
    final CjSimulator sim;
    final String in;
    final String out;
    final String dlq;
    final Properties properties = new Properties();
    private final KafkaProducer<String, String> producer;
    private final InMemoryTokenStore tokens = new InMemoryTokenStore();
    CamelContext context;
    /** Beans bound in the registry before the route is built. */
    final Map<String, Object> beans = new HashMap<>();
    /** The cj component's read time-out: a simulated answer slower than this is an ambiguous failure. */
    long readTimeoutMs = 1000;

    OrderPushHarness(EmbeddedKafkaBroker kafka, CjSimulator sim, String name, int partitions) {
        this.kafka = kafka;
        this.sim = sim;
        this.in = name + ".in";
        this.out = name + ".out";
        this.dlq = name + ".dlq";
        kafka.createTopic(in, partitions, false);
        kafka.createTopic(out, partitions, false);
        kafka.createTopic(dlq, 1, false);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        set("inputTopic", in);
        set("resultTopic", out);
        set("deadLetterTopic", dlq);
        set("groupId", name);
        set("poll-timeout", "200ms");
        set("cj.retry-backoff", "50ms");
        set("cj.max-retries", "7");
        set("account-blocked-pause", "500ms");
    }

    OrderPushHarness set(String option, String value) {
        properties.setProperty(OrderPushSettings.PREFIX + option, value);
        return this;
    }

    /** Starts Camel with the order push route; short time-outs so that the simulator's faults cost little. */
    OrderPushHarness start() throws Exception {
        context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(properties);
        beans.forEach(context.getRegistry()::bind);
        CjComponent cj = new CjComponent();
        cj.getConfiguration().setApiKey(sim.defaultApiKey());
        cj.getConfiguration().setBaseUrl(sim.baseUrl());
        cj.getConfiguration().setQps(50);
        cj.getConfiguration().setConnectTimeout(1000);
        cj.getConfiguration().setReadTimeout(readTimeoutMs);
        cj.getConfiguration().setMaxRetries(2);
        cj.getConfiguration().setRetryBackoff(50);
        cj.getConfiguration().setTokenStore(tokens);
        // the simulator has no getAccessToken cooldown; without this an injected 5xx on getAccessToken would
        // lock the account for the real 5 minutes
        cj.getConfiguration().setGetAccessTokenCooldown(200);
        context.addComponent("cj", cj);
        KafkaComponent kafkaComponent = new KafkaComponent();
        kafkaComponent.getConfiguration().setBrokers(kafka.bootstrapServers());
        context.addComponent("kafka", kafkaComponent);
        context.addRoutes(new OrderPushRoutes());
        context.start();
        return this;
    }

    /** Returns where the record landed, as the route's {@code cj-order-source} header names it. */
    String send(String key, String value) {
        try {
            RecordMetadata m = producer.send(new ProducerRecord<>(in, key, value)).get();
            return m.topic() + "/" + m.partition() + "/" + m.offset();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    String send(Map<String, Object> order) {
        return send((String) order.get("orderNumber"), SampleCreateOrder.json(order));
    }

    /** Every record of the topic so far, read from the beginning until {@code done} holds or the time is up. */
    List<ConsumerRecord<String, String>> read(String topic, Predicate<List<ConsumerRecord<String, String>>> done,
            Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done.test(records) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /**
     * Moves the group's committed offset of one partition back by {@code records} while the route is stopped: Kafka
     * redelivers them, as after a crash between writing their outcomes and committing. Returns how many.
     */
    int rewind(TopicPartition partition, int records) throws Exception {
        String group = properties.getProperty(OrderPushSettings.PREFIX + "groupId");
        long committed = kafka.admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                .get(partition).offset();
        long target = Math.max(0, committed - records);
        kafka.admin().alterConsumerGroupOffsets(group, Map.of(partition, new OffsetAndMetadata(target))).all().get();
        return (int) (committed - target);
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> m = new HashMap<>();
        record.headers().forEach(h -> m.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return m;
    }

    @Override
    public void close() throws Exception {
        try {
            if (context != null) {
                context.close();
            }
        } finally {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
