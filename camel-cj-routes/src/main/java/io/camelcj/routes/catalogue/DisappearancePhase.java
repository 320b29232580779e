package io.camelcj.routes.catalogue;

import io.camelcj.component.cj.api.CjOperation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camelcj.component.cj.CjApiException;

/**
 * After a complete full walk: products the walk did not see get tombstones on every topic (product, its variants,
 * their inventory) and leave the state.
 * <p>
 * A listV2 walk can miss a product although it still exists (pages shift when products are delisted during the
 * walk). So, when confirmation is on, each unseen product is first looked up with {@code product/query}: gone (or no
 * longer on sale) means tombstone now; still there means it is kept and counted as missed, and only tombstoned after
 * {@code tombstoneAfterMissedRuns} consecutive misses (that is how products that left the configured scope go).
 */
final class DisappearancePhase {

    private static final int BATCH = 100;
    private static final String ON_SALE = "3";

    private final CatalogueSource source;
    private final CatalogueStateStore store;
    private final CatalogueSink sink;
    private final CatalogueSyncConfig config;
    private final Clock clock;

    DisappearancePhase(CatalogueSource source, CatalogueStateStore store, CatalogueSink sink,
                       CatalogueSyncConfig config, Clock clock) {
        this.source = source;
        this.store = store;
        this.sink = sink;
        this.config = config;
        this.clock = clock;
    }

    void run(RunCounters counters) {
        RecordWriter writer = new RecordWriter(counters.runId());
        List<ProductState> unseen = store.products().stream()
                .filter(p -> !counters.runId().equals(p.lastSeenRun())).toList();
        List<OutboundRecord> records = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (ProductState state : unseen) {
            if (isGone(state, counters) || state.missedRuns() + 1 >= config.tombstoneAfterMissedRuns()) {
                Instant observed = clock.instant();
                CjOperation op = config.confirmDisappearance() ? CjOperation.PRODUCT_QUERY : CjOperation.PRODUCT_LIST_V2;
                records.add(writer.tombstone(config.topics().products(), state.pid(),
                        CatalogueRecordFactory.PRODUCT_SCHEMA, op, observed));
                for (String vid : state.variantIds()) {
                    records.add(writer.tombstone(config.topics().variants(), vid,
                            CatalogueRecordFactory.VARIANT_SCHEMA, op, observed));
                    records.add(writer.tombstone(config.topics().inventory(), vid,
                            CatalogueRecordFactory.INVENTORY_SCHEMA, op, observed));
                }
                removed.add(state.pid());
            } else {
                counters.productsMissedKept.incrementAndGet();
                store.putProduct(state.missed());
            }
            if (removed.size() >= BATCH) {
                flush(records, removed, counters);
            }
        }
        flush(records, removed, counters);
    }

    private boolean isGone(ProductState state, RunCounters counters) {
        if (!config.confirmDisappearance()) {
            return true;
        }
        try {
            Optional<Map<String, Object>> detail = source.product(state.pid());
            return detail.isEmpty() || (detail.get().get("status") != null
                    && !ON_SALE.equals(String.valueOf(detail.get().get("status"))));
        } catch (CjApiException e) {
            if (e.getCategory().isAccountWide()) {
                throw e;
            }
            counters.error("could not confirm disappearance of " + state.pid() + ": " + e.getMessage());
            return false;
        }
    }

    private void flush(List<OutboundRecord> records, List<String> removed, RunCounters counters) {
        if (!records.isEmpty()) {
            sink.publish(records);
            counters.recordsSent(records);
        }
        removed.forEach(store::removeProduct);
        counters.productsTombstoned.addAndGet(removed.size());
        store.commit();
        records.clear();
        removed.clear();
    }
}
