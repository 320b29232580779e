package io.camelcj.routes.catalogue;

import io.camelcj.component.cj.api.CjOperation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import io.camelcj.component.cj.CjApiException;

/**
 * Handles one listV2 page: decides per product from the listing fingerprints whether anything must be fetched, fetches
 * details/variants/inventory for new or changed products only, and publishes the records of the whole page in one
 * batch. Product state is updated only after Kafka acknowledged the batch, so a crash never loses a change (it may
 * publish it twice, with identical content).
 * <p>
 * A product whose detail calls fail is skipped whole (no partial record set), counted, and retried next run. Failures
 * that concern the account rather than the product ({@link io.camelcj.component.cj.CjErrorCategory#isAccountWide()}:
 * authentication, daily limit, points) abort the run: the rest of the page is not tried, but the products already
 * fetched are still published and remembered, so the resumed run pays only for the others; a per-second rate
 * limit is not one of them (the component waits and retries it). The products of a page are handled concurrently ({@code detailConcurrency});
 * their records are published together, in page order.
 */
final class ProductPageProcessor implements ListingWalk.PageHandler {

    private final CatalogueSource source;
    private final CatalogueStateStore store;
    private final CatalogueSink sink;
    private final CatalogueRecordFactory factory;
    private final ListingFingerprints fingerprints;
    private final CatalogueSyncConfig config;
    private final Clock clock;
    private final ExecutorService executor;

    /** @param executor runs the products of a page concurrently (CJ calls still obey the account's rate limit) */
    ProductPageProcessor(CatalogueSource source, CatalogueStateStore store, CatalogueSink sink,
                         CatalogueRecordFactory factory, ListingFingerprints fingerprints, CatalogueSyncConfig config,
                         Clock clock, ExecutorService executor) {
        this.source = source;
        this.store = store;
        this.sink = sink;
        this.factory = factory;
        this.fingerprints = fingerprints;
        this.config = config;
        this.clock = clock;
        this.executor = executor;
    }

    @Override
    public void process(List<Map<String, Object>> items, RunCounters counters) {
        RecordWriter writer = new RecordWriter(counters.runId());
        AtomicBoolean aborting = new AtomicBoolean();
        Map<String, Future<Outcome>> outcomes = new LinkedHashMap<>();
        for (Map<String, Object> item : items) {
            String pid = Values.text(item, "id") != null ? Values.text(item, "id") : Values.text(item, "pid");
            if (pid == null) {
                counters.error("listV2 returned an item without id; skipped");
                continue;
            }
            if (!outcomes.containsKey(pid)) { // an item listed twice on one page is handled once
                outcomes.put(pid, executor.submit(() -> aborting.get() ? Outcome.SKIPPED
                        : handleSafely(pid, item, writer, counters, aborting)));
            }
        }
        List<OutboundRecord> records = new ArrayList<>();
        List<ProductState> updates = new ArrayList<>();
        RuntimeException abort = null;
        for (Future<Outcome> f : outcomes.values()) {
            Outcome o = await(f);
            if (o.abort() != null && abort == null) {
                abort = o.abort();
            }
            records.addAll(o.records());
            if (o.next() != null) {
                updates.add(o.next());
            }
        }
        // Even when the run is ending, the products already fetched are published and remembered: the checkpoint
        // still points at this page, so the resumed run lists it again and fetches only the products not done here.
        if (!records.isEmpty()) {
            sink.publish(records);
            counters.recordsSent(records);
        }
        updates.forEach(store::putProduct);
        if (abort != null) {
            store.commit();
            throw abort;
        }
    }

    /** What handling one product produced: its next state, its records, or a reason to abort the run. */
    private record Outcome(ProductState next, List<OutboundRecord> records, RuntimeException abort) {
        /** Not attempted: the page is being aborted. */
        static final Outcome SKIPPED = new Outcome(null, List.of(), null);

        static Outcome abort(RuntimeException e, AtomicBoolean aborting) {
            aborting.set(true); // the remaining products of the page are not even tried
            return new Outcome(null, List.of(), e);
        }
    }

    private Outcome handleSafely(String pid, Map<String, Object> item, RecordWriter writer, RunCounters counters,
                                 AtomicBoolean aborting) {
        counters.productsSeen.incrementAndGet();
        ProductState prior = store.product(pid).orElse(null);
        List<OutboundRecord> records = new ArrayList<>();
        try {
            return new Outcome(handle(pid, item, prior, writer, records, counters), records, null);
        } catch (CjApiException e) {
            if (e.getCategory().isAccountWide()) {
                return Outcome.abort(e, aborting);
            }
            counters.productsFailed.incrementAndGet();
            counters.error("product " + pid + ": " + e.getMessage());
            if (counters.productsFailed.get() > config.maxProductErrors()) {
                return Outcome.abort(new CatalogueSyncException("More than " + config.maxProductErrors()
                        + " products failed in this run; giving up (last: " + e.getMessage() + ")", e), aborting);
            }
            // still listed: keep it (no tombstone), retry its details next run
            return new Outcome(prior == null ? null : prior.seenIn(counters.runId()), List.of(), null);
        } catch (RuntimeException e) {
            return Outcome.abort(e, aborting);
        }
    }

    private static Outcome await(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, List.of(), new CatalogueSyncException("Interrupted while fetching details", e));
        } catch (ExecutionException e) {
            return new Outcome(null, List.of(), new CatalogueSyncException("Detail fetch failed: "
                    + e.getCause().getMessage(), e.getCause()));
        }
    }

    /** Returns the product's next state (null: nothing to remember), adding records to publish to {@code out}. */
    private ProductState handle(String pid, Map<String, Object> item, ProductState prior, RecordWriter writer,
                                List<OutboundRecord> out, RunCounters counters) {
        String listingHash = fingerprints.listingHash(item);
        String stockHash = fingerprints.stockHash(item);
        // a missing hash (state rebuilt from topics that lacked some records) heals by fetching again
        boolean detailsDue = prior == null || !listingHash.equals(prior.listingHash()) || detailsExpired(prior)
                || prior.productHash() == null || prior.variantsHash() == null;
        if (detailsDue) {
            return refreshDetails(pid, item, prior, listingHash, stockHash, writer, out, counters);
        }
        boolean inventoryDue = switch (config.inventoryRefresh()) {
            case ALWAYS -> true;
            case LISTING_TOTALS -> !Objects.equals(stockHash, prior.stockHash());
            case WITH_PRODUCT -> false;
        } || prior.inventoryHash() == null;
        if (inventoryDue) {
            counters.inventoryRefreshes.incrementAndGet();
            Instant observed = clock.instant();
            InventoryResult inv = inventoryRecords(pid, prior.variantIds(), prior.inventoryHash(), listingHash,
                    stockHash, writer, observed, fetchInventory(pid), CjOperation.STOCK_INVENTORY_BY_PID);
            out.addAll(inv.records());
            return new ProductState(pid, prior.listingHash(), stockHash, prior.productHash(), prior.variantsHash(),
                    inv.hash(), prior.variantIds(), counters.runId(), 0, prior.detailsAtMillis());
        }
        counters.productsUnchanged.incrementAndGet();
        return prior.seenIn(counters.runId());
    }

    private ProductState refreshDetails(String pid, Map<String, Object> item, ProductState prior, String listingHash,
                                        String stockHash, RecordWriter writer, List<OutboundRecord> out,
                                        RunCounters counters) {
        Optional<Map<String, Object>> found = source.product(pid);
        if (found.isEmpty()) {
            // Listed a moment ago, unknown now: leave it to the next run (or to the disappearance check).
            counters.error("product " + pid + " is listed but product/query does not know it; skipped");
            return prior == null ? null : prior.seenIn(counters.runId());
        }
        Map<String, Object> detail = found.get();
        List<Map<String, Object>> rawVariants = variantsOf(pid, detail);
        Instant observed = clock.instant();

        List<Map<String, Object>> variantValues = new ArrayList<>();
        Set<String> vids = new LinkedHashSet<>();
        for (Map<String, Object> raw : rawVariants) {
            Map<String, Object> v = factory.variant(pid, raw);
            if (v.get("vid") != null && vids.add((String) v.get("vid"))) {
                variantValues.add(v);
            }
        }
        List<String> variantIds = List.copyOf(vids);
        Map<String, Object> productValue = factory.product(item, detail, variantIds);
        String productHash = RecordWriter.hash(productValue);
        String variantsHash = RecordWriter.groupHash(variantValues);
        // product/query asked with enable_inventory usually carries every variant's inventory: one call per product
        Map<String, Map<String, Object>> stock = inventoryIn(rawVariants);
        InventoryResult inv = inventoryRecords(pid, variantIds, prior == null ? null : prior.inventoryHash(),
                listingHash, stockHash, writer, observed, stock != null ? stock : fetchInventory(pid),
                stock != null ? CjOperation.PRODUCT_QUERY : CjOperation.STOCK_INVENTORY_BY_PID);

        List<OutboundRecord> records = new ArrayList<>();
        if (prior == null || !variantsHash.equals(prior.variantsHash())) {
            for (Map<String, Object> v : variantValues) {
                records.add(writer.value(config.topics().variants(), (String) v.get("vid"), v,
                        Map.of("pid", pid), variantOperation(detail), observed));
            }
        }
        if (prior != null) {
            for (String gone : prior.variantIds()) {
                if (!vids.contains(gone)) {
                    records.add(writer.tombstone(config.topics().variants(), gone,
                            CatalogueRecordFactory.VARIANT_SCHEMA, CjOperation.PRODUCT_QUERY, observed));
                    records.add(writer.tombstone(config.topics().inventory(), gone,
                            CatalogueRecordFactory.INVENTORY_SCHEMA, CjOperation.STOCK_INVENTORY_BY_PID, observed));
                }
            }
        }
        records.addAll(inv.records());
        if (prior == null || !productHash.equals(prior.productHash())) {
            Map<String, Object> sync = new HashMap<>();
            sync.put("listingHash", listingHash);
            sync.put("variantsHash", variantsHash);
            records.add(writer.value(config.topics().products(), pid, productValue, sync, CjOperation.PRODUCT_QUERY,
                    observed));
        }
        // the product record goes last: a consumer that sees it can rely on its variants being there already
        out.addAll(records);
        if (prior == null) {
            counters.productsNew.incrementAndGet();
        } else if (records.isEmpty()) {
            counters.productsUnchanged.incrementAndGet();
        } else {
            counters.productsChanged.incrementAndGet();
        }
        return new ProductState(pid, listingHash, stockHash, productHash, variantsHash, inv.hash(), variantIds,
                counters.runId(), 0, observed.toEpochMilli());
    }

    private record InventoryResult(String hash, List<OutboundRecord> records) {
    }

    /** getInventoryByPid's {@code variantInventories}, by vid. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> fetchInventory(String pid) {
        Map<String, Object> data = source.inventory(pid);
        Map<String, Map<String, Object>> byVid = new HashMap<>();
        if (data != null && data.get("variantInventories") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("vid") != null) {
                    byVid.put(String.valueOf(m.get("vid")), (Map<String, Object>) m);
                }
            }
        }
        return byVid;
    }

    /**
     * The variants' inventories as product/query (features=enable_inventory) gave them, in getInventoryByPid's
     * shape ({@code {vid, inventory: [...]}}); null when any variant came without (the field notes: often null on the
     * live API), so that getInventoryByPid is asked instead.
     */
    private static Map<String, Map<String, Object>> inventoryIn(List<Map<String, Object>> variants) {
        Map<String, Map<String, Object>> byVid = new HashMap<>();
        for (Map<String, Object> v : variants) {
            if (v.get("vid") == null || !(v.get("inventories") instanceof List<?> inventories)) {
                return null;
            }
            String vid = String.valueOf(v.get("vid"));
            byVid.put(vid, Map.of("vid", vid, "inventory", inventories));
        }
        return byVid.isEmpty() ? null : byVid;
    }

    private InventoryResult inventoryRecords(String pid, List<String> variantIds, String priorHash, String listingHash,
                                             String stockHash, RecordWriter writer, Instant observed,
                                             Map<String, Map<String, Object>> byVid, CjOperation operation) {
        List<Map<String, Object>> values = new ArrayList<>();
        for (String vid : variantIds) {
            values.add(factory.inventory(pid, vid, byVid.get(vid)));
        }
        String hash = RecordWriter.groupHash(values);
        if (hash.equals(priorHash)) {
            return new InventoryResult(hash, List.of());
        }
        List<OutboundRecord> records = new ArrayList<>();
        for (Map<String, Object> v : values) {
            records.add(writer.value(config.topics().inventory(), (String) v.get("vid"), v,
                    Map.of("stockHash", stockHash, "listingHash", listingHash), operation, observed));
        }
        return new InventoryResult(hash, records);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> variantsOf(String pid, Map<String, Object> detail) {
        if (detail.get("variants") instanceof List<?> list && !list.isEmpty()) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    out.add((Map<String, Object>) m);
                }
            }
            return out;
        }
        // product/query left the variants out: ask product/variant/query (CJ's documented fallback)
        return source.variants(pid);
    }

    private static CjOperation variantOperation(Map<String, Object> detail) {
        return detail.get("variants") instanceof List<?> l && !l.isEmpty() ? CjOperation.PRODUCT_QUERY
                : CjOperation.VARIANT_QUERY;
    }

    private boolean detailsExpired(ProductState prior) {
        return config.detailRefreshAfter()
                .map(d -> prior.detailsAtMillis() + d.toMillis() < clock.millis())
                .orElse(false);
    }
}
