package io.camelcj.routes.feeds;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.component.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the beginning up to its end as it was when the read began, synchronously, with the
 * settings (brokers, security) of the context's {@code kafka} component. A feed with in-memory state does
 * this once before its first poll, so that the poll already knows everything the topics say.
 */
final class TopicReplay {

    private static final Duration POLL = Duration.ofMillis(200);

    private TopicReplay() {
    }

    /** Hands every record value of {@code topic} to {@code each}, in order within each partition. */
    static long readAll(CamelContext context, String topic, Duration timeout, Consumer<String> each) {
        KafkaConfiguration configuration = context.getComponent("kafka", KafkaComponent.class).getConfiguration();
        Properties properties = configuration.createConsumerProperties();
        if (configuration.getBrokers() != null) {
            properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, configuration.getBrokers());
        }
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        long read = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            if (infos == null || infos.isEmpty()) {
                return 0;
            }
            List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Reading " + topic + " took longer than " + timeout);
                }
                for (var record : consumer.poll(POLL)) {
                    each.accept(record.value());
                    read++;
                }
            }
        }
        return read;
    }
}
