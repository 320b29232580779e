package io.camelcj.examples.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelcj.cluster.local.LocalJvm;
import io.camelcj.cluster.local.TopicSnapshot;
import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.simulator.CjSimulator;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's scenario, also run by its acceptance test: N {@link ClusterNode} JVMs on one simulator account, one
 * PostgreSQL and one Kafka; the node that syncs is found from its log and, optionally, SIGKILLed once half of the
 * products have been fetched; the scenario ends when a node logs the run's success.
 */
public final class SyncTakeover {

    /**
     * What a scenario produced; {@code topics} maps topic to key to last value (tombstones removed), each value
     * without its {@code sync} block (run id and observation time, which differ from run to run by design).
     */
    public record Result(String runId, String finishedRunId, String firstLeader, String finisher, boolean resumed,
                         long cjCalls,
                         long takeOverMillis, Duration total, Map<String, Map<String, String>> topics) {
    }

    private static final Pattern STARTED = Pattern.compile("Catalogue sync (\\S+) \\((\\w+)\\) started");
    private static final Pattern RESUMED = Pattern.compile("Catalogue sync (\\S+) \\((\\w+)\\) resuming from its checkpoint");
    private static final Pattern SUCCEEDED = Pattern.compile("Catalogue sync (\\S+) SUCCEEDED in");
    private static final List<String> AUTH = List.of("authentication/getAccessToken", "authentication/refreshAccessToken");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TOPICS = {"categories", "products", "variants", "inventory"};

    private final String jdbcUrl;
    private final String dbUser;
    private final CjSimulator sim;
    private final EmbeddedKafkaBroker kafka;
    private final double qps;
    private final PrintStream out;

    public SyncTakeover(String jdbcUrl, String dbUser, CjSimulator sim, EmbeddedKafkaBroker kafka, double qps,
                        PrintStream out) {
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.sim = sim;
        this.kafka = kafka;
        this.qps = qps;
        this.out = out;
    }

    /** Runs one full sync on {@code nodes} nodes into topics {@code <prefix>.*}; kills the syncing node halfway if asked. */
    public Result run(String prefix, int nodes, boolean killHalfway, Duration timeout) throws Exception {
        for (String t : TOPICS) {
            kafka.createTopic(prefix + "." + t, 1, true);
        }
        kafka.createTopic(prefix + ".sync.runs", 1, false);
        long callsBefore = sim.requestLog().count() - authCalls();
        long queriesBefore = sim.requestLog().count("product/query");
        int products = sim.catalogue().productCount();
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        List<LocalJvm> jvms = new ArrayList<>();
        try {
            for (int i = 1; i <= nodes; i++) {
                jvms.add(LocalJvm.start(prefix + "-node-" + i, ClusterNode.class, List.of("jdbcUrl=" + jdbcUrl,
                        "dbUser=" + dbUser, "kafka=" + kafka.bootstrapServers(), "baseUrl=" + sim.baseUrl(),
                        "apiKey=" + sim.defaultApiKey(), "qps=" + qps, "nodeId=" + prefix + "-node-" + i,
                        "topicPrefix=" + prefix)));
            }
            for (LocalJvm jvm : jvms) {
                jvm.awaitOutput("READY", Duration.ofSeconds(90));
            }
            out.println(nodes + " nodes up: " + jvms.stream().map(LocalJvm::name).toList());
            LocalJvm leader = await(jvms, STARTED, deadline, "a node starting the sync");
            String runId = match(leader, STARTED).orElseThrow();
            out.println(leader.name() + " leads and syncs run " + runId + " (the others wait)");
            long takeOver = -1;
            boolean resumed = false;
            if (killHalfway) {
                while (sim.requestLog().count("product/query") - queriesBefore < products / 2) {
                    check(deadline, "half of the products fetched");
                    Thread.sleep(50);
                }
                out.println((sim.requestLog().count("product/query") - queriesBefore) + " of " + products
                        + " products fetched: SIGKILL " + leader.name());
                leader.kill();
                long killedAt = System.nanoTime();
                jvms.remove(leader);
                LocalJvm next = await(jvms, RESUMED, deadline, "another node resuming the run");
                takeOver = (System.nanoTime() - killedAt) / 1_000_000;
                resumed = runId.equals(match(next, RESUMED).orElse(null));
                out.println(next.name() + " took over after " + takeOver + " ms and resumes run "
                        + match(next, RESUMED).orElse("?"));
            }
            LocalJvm finisher = await(jvms, SUCCEEDED, deadline, "the run to succeed");
            String finished = match(finisher, SUCCEEDED).orElseThrow();
            long calls = sim.requestLog().count() - authCalls() - callsBefore;
            out.println(finisher.name() + " finished run " + finished + " with " + calls + " CJ calls in all");
            return new Result(runId, finished, leader.name(), finisher.name(), resumed, calls, takeOver, Duration.ofNanos(System.nanoTime() - start), readTopics(prefix));
        } finally {
            for (LocalJvm jvm : jvms) {
                jvm.close();
            }
        }
    }

    private long authCalls() {
        return AUTH.stream().mapToLong(op -> sim.requestLog().count(op)).sum();
    }

    private static LocalJvm await(List<LocalJvm> jvms, Pattern line, long deadline, String what) throws Exception {
        while (true) {
            for (LocalJvm jvm : jvms) {
                if (match(jvm, line).isPresent()) {
                    return jvm;
                }
            }
            check(deadline, what);
            Thread.sleep(100);
        }
    }

    private static void check(long deadline, String what) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("timed out waiting for " + what);
        }
    }

    private static Optional<String> match(LocalJvm jvm, Pattern line) throws Exception {
        Matcher m = line.matcher(jvm.output());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private Map<String, Map<String, String>> readTopics(String prefix) {
        Map<String, Map<String, String>> all = new TreeMap<>();
        for (String t : TOPICS) {
            all.put(t, read(prefix + "." + t));
        }
        return all;
    }

    private static String withoutRunMetadata(String json) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(json);
            node.remove("sync");
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException | ClassCastException e) {
            return json; // not an object: compared as it is
        }
    }

    private Map<String, String> read(String topic) {
        Map<String, String> values = new HashMap<>();
        for (ConsumerRecord<String, String> r : TopicSnapshot.read(kafka.bootstrapServers(), topic)) {
            if (r.value() == null) {
                values.remove(r.key());
            } else {
                values.put(r.key(), withoutRunMetadata(r.value()));
            }
        }
        return values;
    }
}
