package io.camelcj.benchmarks;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.routes.catalogue.CatalogueSync;
import io.camelcj.routes.catalogue.CatalogueSyncRouteBuilder;
import io.camelcj.routes.catalogue.SyncTopics;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The catalogue sync as an application runs it: {@link CatalogueSyncRouteBuilder} configured by
 * {@code camel.cj.sync.*} properties, publishing to Kafka, with the default file state store. Its cron is set to
 * never fire during a benchmark; runs are started by calling the route's {@link CatalogueSync} bean, the same object
 * the route's triggers call.
 */
final class SyncSetup {

    private SyncSetup() {
    }

    static SyncTopics topics(String prefix) {
        return new SyncTopics(prefix + ".categories", prefix + ".products", prefix + ".variants",
                prefix + ".inventory", prefix + ".runs");
    }

    static void createTopics(EmbeddedKafkaBroker kafka, SyncTopics topics) {
        for (String t : List.of(topics.categories(), topics.products(), topics.variants(), topics.inventory())) {
            kafka.createTopic(t, 3, true);
        }
        kafka.createTopic(topics.runs(), 1, false);
    }

    /** A started context running the sync route of {@code topics} with its state in {@code stateFile}. */
    static DefaultCamelContext start(String baseUrl, String apiKey, double qps, String brokers, SyncTopics topics,
                                     Path stateFile) throws Exception {
        Map<String, String> p = new HashMap<>();
        p.put("camel.cj.sync.cron", "0 0 0 1 1 ? 2099"); // never: runs are started by the benchmark
        p.put("camel.cj.sync.kafka.options", "brokers=" + brokers);
        p.put("camel.cj.sync.state.file", stateFile.toString());
        p.put("camel.cj.sync.state.rebuildFromTopics", "false");
        p.put("camel.cj.sync.progressInterval", "60s");
        p.put("camel.cj.sync.topics.categories", topics.categories());
        p.put("camel.cj.sync.topics.products", topics.products());
        p.put("camel.cj.sync.topics.variants", topics.variants());
        p.put("camel.cj.sync.topics.inventory", topics.inventory());
        p.put("camel.cj.sync.topics.runs", topics.runs());
        DefaultCamelContext context = CamelSetup.context(baseUrl, apiKey, qps, brokers, p);
        context.addRoutes(new CatalogueSyncRouteBuilder());
        context.start();
        return context;
    }

    static CatalogueSync sync(DefaultCamelContext context) {
        return context.getRegistry().lookupByNameAndType(CatalogueSyncRouteBuilder.SYNC_BEAN, CatalogueSync.class);
    }
}
