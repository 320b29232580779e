package io.camelcj.routes.catalogue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.routes.support.CanonicalJson;
import io.camelcj.routes.testsupport.TopicReader.Rec;
import io.camelcj.simulator.SimRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.RoutesLoader;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.camelcj.routes.catalogue.CatalogueSyncScenarios.assertTopicsHoldTheCatalogue;
import static io.camelcj.routes.catalogue.CatalogueSyncScenarios.keys;
import static io.camelcj.routes.catalogue.CatalogueSyncScenarios.positions;
import static io.camelcj.routes.catalogue.CatalogueSyncScenarios.recordsSince;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The catalogue sync against the CJ simulator and a real (in-JVM) Kafka broker. */
class CatalogueSyncKafkaTest {

    private static final AtomicInteger TOPIC_SEQ = new AtomicInteger();
    private static EmbeddedKafkaBroker kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafkaBroker.start();
    }

    @AfterAll
    static void stopKafka() {
        if (kafka != null) {
            kafka.close();
        }
    }

    private SyncTestRig rig(int products) throws Exception {
        return new SyncTestRig(kafka.bootstrapServers(), kafka::createTopic, "t" + TOPIC_SEQ.incrementAndGet(),
                products, dir);
    }

    @Test
    void fullRunPublishesTheCatalogueAndLaterRunsOnlyItsChanges() throws Exception {
        try (SyncTestRig rig = rig(2000)) {
            CatalogueSyncScenarios.fullRunThenOnlyChanges(rig);
        }
    }

    @Test
    void aRunKilledMidWayResumesFromItsCheckpointAndConverges() throws Exception {
        try (SyncTestRig rig = rig(600)) {
            CamelContext first = rig.start(Map.of());
            CatalogueSync doomed = SyncTestRig.sync(first);
            CompletableFuture<RunSummary> run = CompletableFuture.supplyAsync(() -> doomed.run(SyncMode.FULL));
            await().atMost(60, TimeUnit.SECONDS).until(() -> doomed.stats().getCurrentPagesDone() >= 2);
            first.stop(); // the "process" dies: CJ and Kafka calls fail from here on
            RunSummary killed = run.get(30, TimeUnit.SECONDS);
            assertThat(killed.status()).isEqualTo(RunStatus.FAILED);
            long pagesBeforeKill = killed.counters().pagesDone();

            rig.sim.requestLog().clear();
            CamelContext second = rig.start(Map.of());
            RunSummary resumed = SyncTestRig.sync(second).run(SyncMode.FULL);

            assertThat(resumed.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(resumed.counters().resumed()).isTrue();
            assertThat(resumed.counters().runId()).isEqualTo(killed.counters().runId());
            // the pages walked before the crash are not walked again
            assertThat(rig.sim.requestLog().count("product/listV2")).isLessThanOrEqualTo(6 - pagesBeforeKill + 1);
            assertTopicsHoldTheCatalogue(rig);
        }
    }

    @Test
    void aScopeLargerThanTheListingBoundIsCoveredByCategoryThenPrice() throws Exception {
        try (SyncTestRig rig = rig(600)) {
            // bound = 2 pages × 50 = 100 products per listV2 query (CJ's is 1000 × 100)
            CamelContext context = rig.start(Map.of("camel.cj.sync.pageSize", "50", "camel.cj.sync.maxPages", "2"));

            RunSummary summary = SyncTestRig.sync(context).run(SyncMode.FULL);

            assertThat(summary.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(summary.counters().partitionsSplit.get()).isPositive();
            assertThat(summary.counters().coverageWarnings()).isEmpty();
            assertTopicsHoldTheCatalogue(rig);
            assertNoListingBeyondTheBound(rig, 2, 50);
        }
    }

    @Test
    void aScopeLargerThanTheListingBoundIsCoveredByPriceAndTimeAlone() throws Exception {
        try (SyncTestRig rig = rig(400)) {
            CamelContext context = rig.start(Map.of("camel.cj.sync.pageSize", "20", "camel.cj.sync.maxPages", "3",
                    "camel.cj.sync.partitionBy", "price,time"));

            RunSummary summary = SyncTestRig.sync(context).run(SyncMode.FULL);

            assertThat(summary.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(summary.counters().partitionsSplit.get()).isGreaterThanOrEqualTo(3);
            assertTopicsHoldTheCatalogue(rig);
            assertNoListingBeyondTheBound(rig, 3, 20);
        }
    }

    @Test
    void stateLostLocallyIsRebuiltFromTheCompactedTopics() throws Exception {
        try (SyncTestRig rig = rig(500)) {
            SyncTestRig.sync(rig.start(Map.of())).run(SyncMode.FULL);
            Map<String, Map<TopicPartition, Long>> before = positions(rig);
            rig.sim.requestLog().clear();

            // a new process without the state file: in-memory state, rebuilt from the topics
            CamelContext fresh = rig.start(Map.of("camel.cj.sync.state.type", "memory"));
            RunSummary summary = SyncTestRig.sync(fresh).run(SyncMode.FULL);

            assertThat(summary.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(recordsSince(rig, before)).allSatisfy((topic, recs) -> assertThat(recs).isEmpty());
            assertThat(rig.sim.requestLog().count()).isLessThanOrEqualTo(5 + 1);
        }
    }

    @Test
    void incrementalRunPublishesNewlyListedProductsWithFewCalls() throws Exception {
        try (SyncTestRig rig = rig(500)) {
            CatalogueSync sync = SyncTestRig.sync(rig.start(Map.of()));
            sync.run(SyncMode.FULL);
            Set<String> added = Set.copyOf(rig.sim.admin().addProducts(3));
            Map<String, Map<TopicPartition, Long>> before = positions(rig);
            rig.sim.requestLog().clear();

            RunSummary summary = sync.run(SyncMode.INCREMENTAL);

            assertThat(summary.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(summary.counters().mode()).isEqualTo(SyncMode.INCREMENTAL);
            List<Rec> products = recordsSince(rig, before).get(rig.topics.products());
            assertThat(keys(products, false)).containsExactlyInAnyOrderElementsOf(added);
            assertThat(rig.sim.requestLog().count("product/listV2")).isEqualTo(1);
            assertThat(rig.sim.requestLog().count("product/query")).isEqualTo(3);
        }
    }

    @Test
    void scheduledRouteRunsAtStartUpPublishesASummaryAndExposesStatistics() throws Exception {
        try (SyncTestRig rig = rig(150)) {
            CamelContext context = rig.start(Map.of("camel.cj.sync.runOnStartup", "true",
                    "camel.cj.sync.startupDelay", "200ms"));
            CatalogueSync sync = SyncTestRig.sync(context);

            await().atMost(60, TimeUnit.SECONDS).until(() -> sync.stats().getRunsSucceeded() == 1);

            List<Rec> runs = rig.reader.readAll(rig.topics.runs());
            assertThat(runs).hasSize(1);
            JsonNode summary = CanonicalJson.read(runs.get(0).value());
            assertThat(summary.path("schema").asText()).isEqualTo("cj.sync.run/v1");
            assertThat(summary.path("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(summary.path("products").path("new").asLong()).isEqualTo(150);
            assertThat(summary.path("calls").path("total").asLong()).isEqualTo(sync.stats().getLastRunCalls())
                    .isPositive();
            MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
            Set<ObjectName> names = jmx.queryNames(new ObjectName("org.apache.camel:context="
                    + context.getManagementName() + ",type=services,name=CjCatalogueSync"), null);
            assertThat(names).hasSize(1);
            assertThat(jmx.getAttribute(names.iterator().next(), "RunsSucceeded")).isEqualTo(1L);
        }
    }

    @Test
    void yamlRouteTemplateRunsTheSync() throws Exception {
        try (SyncTestRig rig = rig(120)) {
            String templated = """
                    - templatedRoute:
                        routeTemplateRef: cj-catalogue-sync
                        routeId: yaml-sync
                        parameters:
                          - name: cron
                            value: "0/1 * * * * ?"
                    """;
            CamelContext context = rig.start(Map.of(), c -> {
                RoutesLoader loader = PluginHelper.getRoutesLoader(c);
                loader.loadRoutes(ResourceHelper.resolveMandatoryResource(c, "classpath:templates/cj-catalogue-sync.yaml"));
                loader.loadRoutes(ResourceHelper.fromString("sync.yaml", templated));
            });

            await().atMost(60, TimeUnit.SECONDS).until(() -> SyncTestRig.sync(context) != null
                    && SyncTestRig.sync(context).stats().getRunsSucceeded() >= 1);

            assertThat(context.getRoute("yaml-sync")).isNotNull();
            assertTopicsHoldTheCatalogue(rig);
        }
    }

    @Test
    void aStockWebhookMakesTheNextRunRefreshWhatTheListingCannotShow() throws Exception {
        try (SyncTestRig rig = rig(200)) {
            String stockTopic = rig.topics.products() + ".webhooks.stock";
            kafka.createTopic(stockTopic, 1, false);
            CamelContext context = rig.start(Map.of("camel.cj.sync.inventoryRefresh", "with-product",
                    "camel.cj.sync.webhooks.topics", stockTopic,
                    "camel.cj.sync.kafka.options", "brokers=" + kafka.bootstrapServers() + "&pollTimeoutMs=500"));
            CatalogueSync sync = SyncTestRig.sync(context);
            sync.run(SyncMode.FULL);
            String pid = rig.sim.catalogue().productIds().get(7);
            String vid = rig.sim.catalogue().variantIds(pid).get(0);
            rig.sim.admin().setStock(vid, 777);
            Map<String, Map<TopicPartition, Long>> before = positions(rig);

            sync.run(SyncMode.FULL); // with-product: listV2's changed totals alone do not refresh stock

            assertThat(recordsSince(rig, before).get(rig.topics.inventory())).isEmpty();
            String message = "{\"messageId\":\"m-1\",\"type\":\"STOCK\",\"messageType\":\"UPDATE\","
                    + "\"params\":{\"" + vid + "\":[{\"vid\":\"" + vid + "\",\"countryCode\":\"CN\","
                    + "\"storageNum\":777}]}}";
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(stockTopic, vid, message)).get(10, TimeUnit.SECONDS);
            }
            await().atMost(30, TimeUnit.SECONDS)
                    .until(() -> sync.store().product(pid).orElseThrow().inventoryHash() == null);

            sync.run(SyncMode.FULL);

            List<Rec> inventory = recordsSince(rig, before).get(rig.topics.inventory());
            assertThat(keys(inventory, false)).containsExactlyInAnyOrderElementsOf(rig.sim.catalogue().variantIds(pid));
            assertThat(rig.reader.latest(rig.topics.inventory()).get(vid)).contains("\"totalInventory\":777");
        }
    }

    private static void assertNoListingBeyondTheBound(SyncTestRig rig, int maxPages, int pageSize) {
        List<SimRequest> listings = rig.sim.requestLog().entries().stream()
                .filter(r -> r.operation().equals("product/listV2")).toList();
        assertThat(listings).allSatisfy(r -> {
            assertThat(Integer.parseInt(String.valueOf(r.params().get("page")))).isLessThanOrEqualTo(maxPages);
            assertThat(Integer.parseInt(String.valueOf(r.params().get("size")))).isLessThanOrEqualTo(pageSize);
        });
    }
}
