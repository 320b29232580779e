package io.camelcj.routes.catalogue;

import io.camelcj.component.cj.api.CjOperation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes third-level categories that are new or changed since the last run, and tombstones those CJ no longer
 * returns. One {@code product/getCategory} call per run.
 */
final class CategoryPhase {

    private final CatalogueStateStore store;
    private final CatalogueSink sink;
    private final CatalogueRecordFactory factory;
    private final SyncTopics topics;
    private final Clock clock;

    CategoryPhase(CatalogueStateStore store, CatalogueSink sink, CatalogueRecordFactory factory, SyncTopics topics,
                  Clock clock) {
        this.store = store;
        this.sink = sink;
        this.factory = factory;
        this.topics = topics;
        this.clock = clock;
    }

    void publish(List<Map<String, Object>> tree, RunCounters counters) {
        Map<String, Map<String, Object>> categories = factory.categories(tree);
        Map<String, String> known = store.categories();
        RecordWriter writer = new RecordWriter(counters.runId());
        Instant observed = clock.instant();
        List<OutboundRecord> records = new ArrayList<>();
        Map<String, String> changed = new HashMap<>();
        for (Map.Entry<String, Map<String, Object>> e : categories.entrySet()) {
            String hash = RecordWriter.hash(e.getValue());
            if (!hash.equals(known.get(e.getKey()))) {
                records.add(writer.value(topics.categories(), e.getKey(), e.getValue(), Map.of(),
                        CjOperation.GET_CATEGORY, observed));
                changed.put(e.getKey(), hash);
            }
        }
        List<String> gone = new ArrayList<>();
        if (categories.isEmpty() && !known.isEmpty()) {
            // an empty tree is far likelier a CJ hiccup than the end of every category: do not wipe the topic
            counters.error("product/getCategory returned no categories; category tombstones skipped");
            known = Map.of();
        }
        for (String id : known.keySet()) {
            if (!categories.containsKey(id)) {
                records.add(writer.tombstone(topics.categories(), id, CatalogueRecordFactory.CATEGORY_SCHEMA,
                        CjOperation.GET_CATEGORY, observed));
                gone.add(id);
            }
        }
        if (!records.isEmpty()) {
            sink.publish(records);
            counters.recordsSent(records);
        }
        changed.forEach(store::putCategory);
        gone.forEach(store::removeCategory);
        counters.categoriesPublished.addAndGet(changed.size());
        counters.categoriesTombstoned.addAndGet(gone.size());
    }
}
