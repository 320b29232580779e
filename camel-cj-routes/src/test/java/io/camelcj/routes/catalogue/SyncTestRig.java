package io.camelcj.routes.catalogue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import io.camelcj.component.cj.CjComponent;
import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.routes.testsupport.TopicReader;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A CJ simulator plus Camel contexts running {@link CatalogueSyncRouteBuilder} against a Kafka broker, with topics of
 * their own. Contexts share one token store (a restarted "process" refreshes instead of logging in again) and, unless
 * told otherwise, one state file.
 */
final class SyncTestRig implements AutoCloseable {

    static final double QPS = 1000;

    final CjSimulator sim;
    final SyncTopics topics;
    final TopicReader reader;
    private final String bootstrapServers;
    private final Path stateFile;
    private final InMemoryTokenStore tokens = new InMemoryTokenStore();
    private final List<CamelContext> contexts = new ArrayList<>();

    SyncTestRig(String bootstrapServers, TopicCreator creator, String prefix, int products, Path dir)
            throws Exception {
        this.bootstrapServers = bootstrapServers;
        this.stateFile = dir.resolve("sync.state");
        this.sim = CjSimulator.builder().port(0).products(products).seed(42L)
                .account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).qps(QPS).build()).start();
        this.topics = new SyncTopics(prefix + ".categories", prefix + ".products", prefix + ".variants",
                prefix + ".inventory", prefix + ".runs");
        for (String t : List.of(topics.categories(), topics.products(), topics.variants(), topics.inventory())) {
            creator.create(t, 3, true);
        }
        creator.create(topics.runs(), 1, false);
        this.reader = new TopicReader(bootstrapServers);
    }

    /** Creates a topic on whatever broker the test uses. */
    interface TopicCreator {
        void create(String name, int partitions, boolean compacted) throws Exception;
    }

    Map<String, String> properties() {
        Map<String, String> p = new HashMap<>();
        p.put("camel.cj.sync.cron", "0 0 0 1 1 ?"); // never during a test: runs are started by the test
        p.put("camel.cj.sync.kafka.options", "brokers=" + bootstrapServers);
        p.put("camel.cj.sync.state.file", stateFile.toString());
        p.put("camel.cj.sync.state.fsync", "false");
        p.put("camel.cj.sync.progressInterval", "2s");
        p.put("camel.cj.sync.detailConcurrency", "8");
        p.put("camel.cj.sync.topics.categories", topics.categories());
        p.put("camel.cj.sync.topics.products", topics.products());
        p.put("camel.cj.sync.topics.variants", topics.variants());
        p.put("camel.cj.sync.topics.inventory", topics.inventory());
        p.put("camel.cj.sync.topics.runs", topics.runs());
        return p;
    }

    /** A started context with the sync route configured by {@link #properties()} plus {@code overrides}. */
    CamelContext start(Map<String, String> overrides) throws Exception {
        return start(overrides, c -> c.addRoutes(new CatalogueSyncRouteBuilder()));
    }

    /** Adds routes to a started context. */
    interface Routes {
        void addTo(CamelContext context) throws Exception;
    }

    /** A started context configured by {@link #properties()} plus {@code overrides}, with the given routes. */
    CamelContext start(Map<String, String> overrides, Routes routes) throws Exception {
        Map<String, String> props = properties();
        props.putAll(overrides);
        Properties initial = new Properties();
        initial.putAll(props);
        DefaultCamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(initial);
        CjComponent cj = context.getComponent("cj", CjComponent.class);
        cj.getConfiguration().setApiKey(sim.defaultApiKey());
        cj.getConfiguration().setBaseUrl(sim.baseUrl());
        cj.getConfiguration().setQps(QPS);
        cj.getConfiguration().setRetryBackoff(50);
        cj.getConfiguration().setTokenStore(tokens);
        routes.addTo(context);
        context.start();
        contexts.add(context);
        return context;
    }

    static CatalogueSync sync(CamelContext context) {
        return context.getRegistry().lookupByNameAndType(CatalogueSyncRouteBuilder.SYNC_BEAN, CatalogueSync.class);
    }

    Set<String> livePids() {
        return new HashSet<>(sim.catalogue().productIds());
    }

    Set<String> liveVids() {
        Set<String> vids = new HashSet<>();
        for (String pid : sim.catalogue().productIds()) {
            vids.addAll(sim.catalogue().variantIds(pid));
        }
        return vids;
    }

    @Override
    public void close() {
        for (CamelContext c : contexts) {
            try {
                c.stop();
            } catch (RuntimeException e) {
                // already failing test: keep closing the rest
            }
        }
        sim.close();
    }
}
