package io.camelcj.kafka.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka broker (KRaft, combined broker + controller) running inside this JVM, on loopback.
 * <p>
 * For tests and for the examples' embedded mode: no Docker, no external process. Data lives in a
 * temporary directory removed on {@link #close()}. Close it in a {@code finally} (or try-with-resources):
 * the broker's threads would otherwise keep the JVM alive.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final Path dataDir;
    private final String bootstrapServers;

    private EmbeddedKafkaBroker(KafkaRaftServer server, Path dataDir, String bootstrapServers) {
        this.server = server;
        this.dataDir = dataDir;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a broker on free loopback ports and waits until it answers. */
    public static EmbeddedKafkaBroker start() {
        Path dataDir = null;
        try {
            dataDir = Files.createTempDirectory("camel-cj-kafka-");
            int brokerPort = freePort();
            int controllerPort = freePort();
            Properties props = brokerProperties(dataDir, brokerPort, controllerPort);
            formatStorage(props, dataDir);
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
            server.startup();
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, dataDir, "127.0.0.1:" + brokerPort);
            broker.awaitReady();
            LOG.info("Embedded Kafka broker ready at {}", broker.bootstrapServers);
            return broker;
        } catch (IOException e) {
            deleteQuietly(dataDir);
            throw new UncheckedIOException("Could not start the embedded Kafka broker", e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates a topic unless it exists. {@code compacted} sets {@code cleanup.policy=compact}. */
    public void createTopic(String name, int partitions, boolean compacted) {
        NewTopic topic = new NewTopic(name, partitions, (short) 1);
        if (compacted) {
            topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        try (Admin admin = admin()) {
            admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + name, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + name, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out creating topic " + name, e);
        }
    }

    /** An admin client for this broker; the caller closes it. */
    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    @Override
    public void close() {
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            deleteQuietly(dataDir);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try (Admin admin = admin()) {
                if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                last = e;
            }
        }
        close();
        throw new IllegalStateException("Embedded Kafka broker did not become ready in " + STARTUP_TIMEOUT, last);
    }

    private static Properties brokerProperties(Path dataDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("logs").toString());
        p.put("num.partitions", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        // Compacted topics are used by the routes: let the cleaner run often enough in long demos.
        p.put("log.cleaner.backoff.ms", "1000");
        return p;
    }

    private static void formatStorage(Properties props, Path dataDir) throws IOException {
        Path config = dataDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(config)) {
            props.store(out, "camel-cj embedded broker");
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int rc = StorageTool.execute(new String[] {
            "format", "-t", UUID.randomUUID().toString().replace("-", "").substring(0, 22),
            "-c", config.toString(), "--ignore-formatted"
        }, new PrintStream(captured, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IOException("Kafka storage format failed (" + rc + "): "
                    + captured.toString(StandardCharsets.UTF_8));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete embedded Kafka data directory {}", dir, e);
        }
    }
}
