package io.camelcj.routes.catalogue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelcj.routes.support.CanonicalJson;
import io.camelcj.routes.testsupport.TopicReader.Rec;
import org.apache.camel.CamelContext;
import org.apache.kafka.common.TopicPartition;

import static org.assertj.core.api.Assertions.assertThat;

/** Scenarios run against any Kafka broker (in-JVM or Testcontainers). */
final class CatalogueSyncScenarios {

    private CatalogueSyncScenarios() {
    }

    /** Full run, unchanged re-run, then 50 repriced and 10 delisted products. */
    static void fullRunThenOnlyChanges(SyncTestRig rig) throws Exception {
        CamelContext context = rig.start(Map.of());
        CatalogueSync sync = SyncTestRig.sync(context);
        int products = rig.sim.catalogue().productCount();

        RunSummary first = sync.run(SyncMode.FULL);

        assertThat(first.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertTopicsHoldTheCatalogue(rig);
        assertValuesMatchTheSimulator(rig);

        // an unchanged catalogue costs its listing pages and the category call, nothing else
        Map<String, Map<TopicPartition, Long>> before = positions(rig);
        rig.sim.requestLog().clear();
        RunSummary second = sync.run(SyncMode.FULL);

        long calls = rig.sim.requestLog().count();
        assertThat(second.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(calls).isEqualTo(second.callsTotal())
                .isLessThanOrEqualTo((products + 99) / 100 + 1);
        assertThat(rig.sim.requestLog().count("product/query")).isZero();
        assertThat(recordsSince(rig, before)).allSatisfy((topic, recs) -> assertThat(recs).isEmpty());

        // 50 products repriced, 10 delisted
        List<String> pids = rig.sim.catalogue().productIds();
        Set<String> repriced = new HashSet<>(pids.subList(0, 50));
        Set<String> delisted = new HashSet<>(pids.subList(100, 110));
        Set<String> repricedVids = vidsOf(rig, repriced);
        Set<String> delistedVids = vidsOf(rig, delisted);
        repriced.forEach(pid -> rig.sim.admin().setSellPrice(pid, rig.sim.catalogue().sellPrice(pid)
                .add(new BigDecimal("1.25"))));
        delisted.forEach(pid -> rig.sim.admin().delist(pid));
        before = positions(rig);

        RunSummary third = sync.run(SyncMode.FULL);

        assertThat(third.status()).isEqualTo(RunStatus.SUCCEEDED);
        Map<String, List<Rec>> emitted = recordsSince(rig, before);
        List<Rec> productRecs = emitted.get(rig.topics.products());
        assertThat(keys(productRecs, false)).containsExactlyInAnyOrderElementsOf(repriced);
        assertThat(keys(productRecs, true)).containsExactlyInAnyOrderElementsOf(delisted);
        List<Rec> variantRecs = emitted.get(rig.topics.variants());
        assertThat(keys(variantRecs, false)).containsExactlyInAnyOrderElementsOf(repricedVids);
        assertThat(keys(variantRecs, true)).containsExactlyInAnyOrderElementsOf(delistedVids);
        List<Rec> inventoryRecs = emitted.get(rig.topics.inventory());
        assertThat(keys(inventoryRecs, false)).isEmpty(); // prices moved, stock did not
        assertThat(keys(inventoryRecs, true)).containsExactlyInAnyOrderElementsOf(delistedVids);
        assertThat(emitted.get(rig.topics.categories())).isEmpty();
        assertThat(third.counters().productsTombstoned()).isEqualTo(10);
        assertTopicsHoldTheCatalogue(rig);
    }

    static void assertTopicsHoldTheCatalogue(SyncTestRig rig) {
        assertThat(rig.reader.latest(rig.topics.products()).keySet()).isEqualTo(rig.livePids());
        Set<String> vids = rig.liveVids();
        assertThat(rig.reader.latest(rig.topics.variants()).keySet()).isEqualTo(vids);
        assertThat(rig.reader.latest(rig.topics.inventory()).keySet()).isEqualTo(vids);
        assertThat(rig.reader.latest(rig.topics.categories()).keySet())
                .containsAll(new HashSet<>(rig.sim.catalogue().categoryIds()));
    }

    /** Every product's price, every variant's id list and every variant's stock as the simulator has them. */
    static void assertValuesMatchTheSimulator(SyncTestRig rig) {
        Map<String, String> products = rig.reader.latest(rig.topics.products());
        products.forEach((pid, json) -> {
            JsonNode v = CanonicalJson.read(json);
            assertThat(v.path("schema").asText()).isEqualTo("cj.product/v1");
            assertThat(v.path("pid").asText()).isEqualTo(pid);
            assertThat(v.path("sellPriceMin").decimalValue())
                    .isEqualByComparingTo(rig.sim.catalogue().sellPrice(pid));
            List<String> vids = StreamSupport.stream(v.path("variantIds").spliterator(), false)
                    .map(JsonNode::asText).toList();
            assertThat(vids).containsExactlyInAnyOrderElementsOf(rig.sim.catalogue().variantIds(pid));
        });
        rig.reader.latest(rig.topics.inventory()).forEach((vid, json) -> {
            JsonNode v = CanonicalJson.read(json);
            assertThat(v.path("totalInventory").asLong()).as("stock of " + vid)
                    .isEqualTo(rig.sim.catalogue().stock(vid));
        });
        Rec sample = rig.reader.readAll(rig.topics.products()).get(0);
        assertThat(sample.headers()).containsKeys(SyncHeaders.RUN_ID, SyncHeaders.OBSERVED_AT, SyncHeaders.SCHEMA)
                .containsEntry(SyncHeaders.SOURCE_OPERATION, "product/query");
    }

    static Map<String, Map<TopicPartition, Long>> positions(SyncTestRig rig) {
        Map<String, Map<TopicPartition, Long>> out = new HashMap<>();
        for (String t : catalogueTopics(rig)) {
            out.put(t, rig.reader.positions(t));
        }
        return out;
    }

    static Map<String, List<Rec>> recordsSince(SyncTestRig rig, Map<String, Map<TopicPartition, Long>> since) {
        Map<String, List<Rec>> out = new HashMap<>();
        for (String t : catalogueTopics(rig)) {
            out.put(t, rig.reader.readSince(t, since.get(t)));
        }
        return out;
    }

    static List<String> keys(List<Rec> records, boolean tombstones) {
        return records.stream().filter(r -> r.isTombstone() == tombstones).map(Rec::key).toList();
    }

    static Set<String> vidsOf(SyncTestRig rig, Set<String> pids) {
        return pids.stream().flatMap(p -> rig.sim.catalogue().variantIds(p).stream()).collect(Collectors.toSet());
    }

    private static List<String> catalogueTopics(SyncTestRig rig) {
        return List.of(rig.topics.categories(), rig.topics.products(), rig.topics.variants(),
                rig.topics.inventory());
    }
}
