package io.camelcj.examples.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the pipeline's output topics from the beginning and keeps the figures of the summary: records and live
 * keys per topic, the catalogue sync's run summaries, placed and dead-lettered orders.
 */
final class PipelineMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineMonitor.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PipelineTopics topics;
    private final KafkaConsumer<String, String> consumer;
    private final Map<String, Long> records = new LinkedHashMap<>();
    private final Map<String, Set<String>> liveKeys = new HashMap<>();
    private final List<JsonNode> syncRuns = new ArrayList<>();
    private final Map<String, String> deadLetters = new LinkedHashMap<>();
    private final Set<String> placed = new HashSet<>();

    PipelineMonitor(String bootstrapServers, PipelineTopics topics) {
        this.topics = topics;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "cj-pipeline-monitor-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        consumer.subscribe(topics.watched());
        topics.watched().forEach(t -> records.put(t, 0L));
    }

    /**
     * Polls until the first sync run is recorded, {@code expectedOrders} orders are accounted for, and the status
     * feed has reported every placed order.
     */
    boolean awaitCompletion(int expectedOrders, Duration timeout, Runnable progress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextProgress = 0;
        while (System.nanoTime() < deadline) {
            poll(Duration.ofMillis(500));
            if (!syncRuns.isEmpty() && ordersAccountedFor() >= expectedOrders
                    && live(topics.orderStatus()) >= placed.size()) {
                return true;
            }
            if (System.nanoTime() >= nextProgress) {
                progress.run();
                nextProgress = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            }
        }
        return false;
    }

    void poll(Duration timeout) {
        for (ConsumerRecord<String, String> r : consumer.poll(timeout)) {
            records.merge(r.topic(), 1L, Long::sum);
            Set<String> keys = liveKeys.computeIfAbsent(r.topic(), t -> new HashSet<>());
            if (r.key() != null) {
                if (r.value() == null) {
                    keys.remove(r.key());
                } else {
                    keys.add(r.key());
                }
            }
            if (r.topic().equals(topics.catalogue().runs()) && r.value() != null) {
                syncRuns.add(parse(r.value()));
            } else if (r.topic().equals(topics.ordersOut()) && r.key() != null) {
                placed.add(r.key());
            } else if (r.topic().equals(topics.ordersDeadLetter())) {
                deadLetters.put(r.key(), reason(r));
            }
        }
    }

    String progressLine() {
        return String.format("progress: %d products, %d variants, %d inventory records; orders placed %d, dead-lettered %d",
                live(topics.catalogue().products()), live(topics.catalogue().variants()),
                records.get(topics.catalogue().inventory()), placed.size(), deadLetters.size());
    }

    int ordersAccountedFor() {
        return placed.size() + deadLetters.size();
    }

    long records(String topic) {
        return records.getOrDefault(topic, 0L);
    }

    int live(String topic) {
        return liveKeys.getOrDefault(topic, Set.of()).size();
    }

    List<JsonNode> syncRuns() {
        return syncRuns;
    }

    Set<String> placedOrders() {
        return placed;
    }

    Map<String, String> deadLetters() {
        return deadLetters;
    }

    PipelineTopics topics() {
        return topics;
    }

    @Override
    public void close() {
        consumer.close();
    }

    private static String reason(ConsumerRecord<String, String> r) {
        String field = header(r, "cj-order-error-field");
        String reason = header(r, "cj-order-error-reason");
        String type = header(r, "cj-order-error-type");
        StringBuilder s = new StringBuilder();
        if (type != null) {
            s.append(type).append(": ");
        }
        if (field != null) {
            s.append(field).append(" - ");
        }
        s.append(reason != null ? reason : "(no reason header)");
        return s.toString();
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            LOG.warn("Unreadable sync run summary: {}", e.getMessage());
            return JSON.createObjectNode();
        }
    }
}
