package io.camelcj.routes.catalogue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The main scenario against a Kafka broker in Docker; skipped (not failed) where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class CatalogueSyncContainerKafkaTest {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:3.9.1");

    @TempDir
    Path dir;

    @Test
    void fullRunPublishesTheCatalogueAndLaterRunsOnlyItsChanges() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KAFKA.getBootstrapServers()));
             SyncTestRig rig = new SyncTestRig(KAFKA.getBootstrapServers(), (name, partitions, compacted) -> {
                 NewTopic topic = new NewTopic(name, partitions, (short) 1);
                 if (compacted) {
                     topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                 }
                 admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
             }, "tc", 2000, dir)) {
            CatalogueSyncScenarios.fullRunThenOnlyChanges(rig);
        }
    }
}
