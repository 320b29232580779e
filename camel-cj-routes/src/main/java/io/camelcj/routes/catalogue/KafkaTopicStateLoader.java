package io.camelcj.routes.catalogue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelcj.routes.support.CanonicalJson;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Rebuilds the sync state from the compacted topics the sync itself wrote: the latest value per key of
 * {@code cj.products}, {@code cj.variants}, {@code cj.inventory} and {@code cj.categories} gives back every
 * fingerprint (the {@code sync} block of each record carries the ones that cannot be recomputed). So with an empty or
 * lost local state the next run still only emits real changes instead of republishing the catalogue.
 * <p>
 * Reads each topic from the beginning to the end offsets seen at start, with a plain consumer (no group, no commits).
 */
public final class KafkaTopicStateLoader implements StateRebuilder {

    private static final Duration POLL = Duration.ofMillis(500);

    private final Properties consumerProperties;
    private final SyncTopics topics;
    private final Duration timeout;

    /** @param consumerProperties kafka-clients consumer settings (bootstrap servers, security...) */
    public KafkaTopicStateLoader(Properties consumerProperties, SyncTopics topics, Duration timeout) {
        this.consumerProperties = consumerProperties;
        this.topics = topics;
        this.timeout = timeout;
    }

    @Override
    public long rebuild(CatalogueStateStore store) {
        Map<String, JsonNode> products = latest(topics.products());
        Map<String, JsonNode> variants = latest(topics.variants());
        Map<String, JsonNode> inventory = latest(topics.inventory());
        latest(topics.categories()).forEach((id, value) -> store.putCategory(id, hashWithoutSync(value)));
        for (Map.Entry<String, JsonNode> e : products.entrySet()) {
            store.putProduct(restore(e.getKey(), e.getValue(), variants, inventory));
        }
        return products.size();
    }

    private ProductState restore(String pid, JsonNode product, Map<String, JsonNode> variants,
                                 Map<String, JsonNode> inventory) {
        List<String> vids = new ArrayList<>();
        product.path("variantIds").forEach(v -> vids.add(v.asText()));
        List<Object> variantValues = new ArrayList<>();
        List<Object> inventoryValues = new ArrayList<>();
        String stockHash = null;
        boolean inventoryComplete = true;
        for (String vid : vids) {
            JsonNode v = variants.get(vid);
            if (v != null) {
                variantValues.add(withoutSync(v));
            }
            JsonNode inv = inventory.get(vid);
            if (inv != null) {
                inventoryValues.add(withoutSync(inv));
                stockHash = text(inv.path("sync"), "stockHash");
            } else {
                inventoryComplete = false;
            }
        }
        JsonNode sync = product.path("sync");
        Instant observed = sync.hasNonNull("observedAt") ? Instant.parse(sync.get("observedAt").asText())
                : Instant.EPOCH;
        return new ProductState(pid, text(sync, "listingHash"), stockHash, hashWithoutSync(product),
                variantValues.size() == vids.size() ? CanonicalJson.sha256(sortedByVid(variantValues)) : null,
                inventoryComplete ? CanonicalJson.sha256(sortedByVid(inventoryValues)) : null, vids, null, 0,
                observed.toEpochMilli());
    }

    @SuppressWarnings("unchecked")
    private static List<Object> sortedByVid(List<Object> values) {
        List<Object> sorted = new ArrayList<>(values);
        sorted.sort((a, b) -> String.valueOf(((Map<String, Object>) a).get("vid"))
                .compareTo(String.valueOf(((Map<String, Object>) b).get("vid"))));
        return sorted;
    }

    private static Object withoutSync(JsonNode value) {
        ObjectNode copy = ((ObjectNode) value).deepCopy();
        copy.remove("sync");
        return CanonicalJson.mapper().convertValue(copy, Object.class);
    }

    private static String hashWithoutSync(JsonNode value) {
        return CanonicalJson.sha256(withoutSync(value));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Latest non-deleted value per key of a topic (absent topic: empty). */
    private Map<String, JsonNode> latest(String topic) {
        Map<String, JsonNode> out = new HashMap<>();
        read(topic, (key, value) -> {
            if (value == null) {
                out.remove(key);
            } else {
                out.put(key, CanonicalJson.read(value));
            }
        });
        return out;
    }

    private void read(String topic, BiConsumer<String, String> sink) {
        Properties props = new Properties();
        props.putAll(consumerProperties);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            if (infos == null || infos.isEmpty()) {
                return;
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new CatalogueSyncException("Rebuilding the sync state from topic " + topic
                            + " did not finish within " + timeout);
                }
                for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
                    if (r.key() != null) {
                        sink.accept(r.key(), r.value());
                    }
                }
            }
        }
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
