package io.camelcj.routes.catalogue;

import io.camelcj.component.cj.CjApiException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import io.camelcj.routes.catalogue.SyncCheckpoint.Cursor;
import io.camelcj.routes.catalogue.SyncCheckpoint.Phase;
import io.camelcj.routes.support.CanonicalJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One catalogue sync: runs are started by the route's triggers, never overlap (a trigger that finds a run in
 * progress is skipped), and resume from the checkpoint of a run that did not finish.
 * <p>
 * A run: categories (1 call) → listing walk over the scope's partitions (1 call per 100 products, plus detail calls
 * for new/changed products only) → for full runs, tombstones for products no longer listed → summary record.
 */
public final class CatalogueSync {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueSync.class);
    private static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final CatalogueSyncConfig config;
    private final CountingCatalogueSource counting;
    private final RetryingCatalogueSource source;
    /** When a FAILED run is to be resumed; null when the last run did not fail. */
    private volatile Instant retryDue;
    private volatile SyncMode retryMode;
    private final CatalogueSink sink;
    private final CatalogueStateStore store;
    private final StateRebuilder rebuilder;
    private final Clock clock;
    private final CatalogueSyncStats stats;
    private final ReentrantLock running = new ReentrantLock();
    private final CatalogueRecordFactory factory;
    private final ListingFingerprints fingerprints;
    private volatile boolean rebuildChecked;
    private final Queue<WebhookMarks.Mark> pendingMarks = new ConcurrentLinkedQueue<>();

    public CatalogueSync(CatalogueSyncConfig config, CatalogueSource source, CatalogueSink sink,
                         CatalogueStateStore store, StateRebuilder rebuilder, Clock clock) {
        this.config = config;
        // counted inside the retries: every call sent to CJ counts
        this.counting = new CountingCatalogueSource(source);
        this.source = new RetryingCatalogueSource(counting, config.retryBudget(), config.retryPause(),
                config.retryPauseMax(), config.rateLimitPause());
        this.sink = sink;
        this.store = store;
        this.rebuilder = rebuilder;
        this.clock = clock;
        this.fingerprints = new ListingFingerprints(config.ignoredListingFields());
        this.factory = new CatalogueRecordFactory(fingerprints);
        this.stats = new CatalogueSyncStats(counting::totalCalls, store::productCount);
    }

    public CatalogueSyncStats stats() {
        return stats;
    }

    public CatalogueStateStore store() {
        return store;
    }

    /**
     * Runs now, in the calling thread, unless a run is already in progress (then returns a SKIPPED summary at once).
     * A pending checkpoint is resumed first, whatever mode is asked for.
     */
    public RunSummary run(SyncMode requested) {
        if (!running.tryLock()) {
            LOG.info("Catalogue sync trigger skipped: the previous run is still in progress");
            stats.runSkipped();
            RunCounters none = new RunCounters("skipped", requested, clock.instant(), false);
            return new RunSummary(none, RunStatus.SKIPPED, clock.instant(), Map.of(), null);
        }
        try {
            Optional<SyncCheckpoint> pending = store.checkpoint();
            SyncCheckpoint checkpoint = pending.orElseGet(() -> begin(requested));
            boolean resumed = pending.isPresent();
            RunCounters counters = new RunCounters(checkpoint.runId(), checkpoint.mode(), checkpoint.startedAt(),
                    resumed);
            Map<String, Long> callsBefore = counting.calls();
            source.startRun();
            stats.runStarted(counters);
            LOG.info("Catalogue sync {} ({}) {}", counters.runId(), counters.mode(),
                    resumed ? "resuming from its checkpoint" : "started");
            RunStatus status;
            String failure = null;
            try {
                status = execute(checkpoint, counters);
            } catch (RuntimeException e) {
                status = RunStatus.FAILED;
                failure = e.getMessage();
                scheduleRetry(e, checkpoint.mode());
                counters.error(e.getMessage());
                LOG.error("Catalogue sync {} failed; the next run resumes from its checkpoint: {}",
                        counters.runId(), e.getMessage(), e);
            }
            if (status != RunStatus.FAILED) {
                retryDue = null;
            }
            RunSummary summary = new RunSummary(counters, status, clock.instant(), diff(counting.calls(), callsBefore),
                    failure);
            publishSummary(summary);
            stats.runFinished(summary);
            LOG.info("Catalogue sync {} {} in {}: {} products seen, {} new/changed, {} tombstoned, {} records, "
                            + "{} CJ calls", counters.runId(), status, summary.duration(), counters.productsSeen(),
                    counters.productsChanged(), counters.productsTombstoned(), counters.recordsPublished()
                            + counters.tombstonesPublished(), summary.callsTotal());
            return summary;
        } finally {
            try {
                applyMarks();
            } finally {
                running.unlock();
            }
        }
    }

    /**
     * Resumes a FAILED run once its back-off has passed ({@code retry-after}, or an account block's reset), so that
     * a run that failed is not left until the next cron. Returns empty when nothing is due.
     */
    public Optional<RunSummary> retryIfDue() {
        Instant due = retryDue;
        if (due == null || clock.instant().isBefore(due)) {
            return Optional.empty();
        }
        LOG.info("Resuming the failed catalogue sync (its back-off has passed)");
        return Optional.of(run(retryMode));
    }

    private void scheduleRetry(RuntimeException failure, SyncMode mode) {
        Instant resetAt = failure instanceof CjApiException cj && cj.getCategory().isAccountWide()
                ? cj.getResetAt() : null;
        Instant backOff = clock.instant().plus(config.retryAfter());
        retryDue = resetAt != null && resetAt.isAfter(backOff) ? resetAt : backOff;
        retryMode = mode;
        LOG.info("The failed catalogue sync is resumed at {}", retryDue);
    }

    /**
     * Takes a CJ webhook message (PRODUCT, VARIANT or STOCK) and marks the product's details or inventory stale, so
     * the next full run re-fetches them even if listV2 shows no change. Applied at once when no run is in progress,
     * else when the current run ends (so a run never overwrites a newer mark with older data).
     */
    public void onWebhook(String message) {
        pendingMarks.addAll(WebhookMarks.parse(message));
        if (running.tryLock()) {
            try {
                applyMarks();
            } finally {
                running.unlock();
            }
        }
    }

    private void applyMarks() {
        if (pendingMarks.isEmpty()) {
            return;
        }
        Map<String, String> pidOfVid = null;
        WebhookMarks.Mark mark;
        while ((mark = pendingMarks.poll()) != null) {
            String pid = mark.id();
            if (mark.variant()) {
                if (pidOfVid == null) {
                    pidOfVid = new HashMap<>();
                    for (ProductState p : store.products()) {
                        for (String vid : p.variantIds()) {
                            pidOfVid.put(vid, p.pid());
                        }
                    }
                }
                pid = pidOfVid.get(mark.id());
            }
            Optional<ProductState> state = pid == null ? Optional.empty() : store.product(pid);
            // unknown products are new ones: the next run finds them anyway
            if (state.isPresent()) {
                store.putProduct(mark.kind() == WebhookMarks.Kind.STOCK ? state.get().inventoryStale()
                        : state.get().detailsStale());
            }
        }
        store.commit();
    }

    private SyncCheckpoint begin(SyncMode requested) {
        SyncMode mode = requested;
        if (mode == SyncMode.INCREMENTAL && store.lastCompletedRunStart().isEmpty()) {
            LOG.info("No completed run yet: the incremental run becomes a full run");
            mode = SyncMode.FULL;
        }
        Instant now = clock.instant();
        String runId = RUN_ID_TIME.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new SyncCheckpoint(runId, mode, now, Phase.CATEGORIES, -1, List.of(), 0);
    }

    private RunStatus execute(SyncCheckpoint checkpoint, RunCounters counters) {
        rebuildIfEmpty();
        // Categories are read on every (re)start: the category split needs their ids.
        List<Map<String, Object>> tree = source.categoryTree();
        List<String> categoryIds = new ArrayList<>(factory.categories(tree).keySet());
        if (checkpoint.phase() == Phase.CATEGORIES) {
            if (config.publishCategories()) {
                new CategoryPhase(store, sink, factory, config.topics(), clock).publish(tree, counters);
            }
            checkpoint = checkpoint.with(Phase.LISTING, -1, roots(checkpoint), 0);
            store.putCheckpoint(checkpoint);
            store.commit();
        }
        if (checkpoint.phase() == Phase.LISTING) {
            ExecutorService details = executor(config.detailConcurrency(), "details");
            ExecutorService listingAhead = config.listingPrefetch() ? executor(1, "listing") : null;
            try {
                ProductPageProcessor processor = new ProductPageProcessor(source, store, sink, factory, fingerprints,
                        config, clock, details);
                ListingWalk walk = new ListingWalk(source, store, new ListingPartitioner(source, config.splitOrder()),
                        processor, config.pageSize(), config.maxPages(), listingAhead);
                checkpoint = walk.walk(checkpoint, categoryIds, counters,
                        new ProgressLog(config.progressInterval(), clock, counting::totalCalls));
            } finally {
                details.shutdownNow();
                if (listingAhead != null) {
                    listingAhead.shutdownNow();
                }
            }
            boolean complete = counters.coverageWarnings().isEmpty();
            counters.distinctSeen(store.products().stream()
                    .filter(p -> counters.runId().equals(p.lastSeenRun())).count());
            checkCoverage(counters, checkpoint.mode());
            if (checkpoint.mode() == SyncMode.FULL && complete) {
                checkpoint = checkpoint.with(Phase.TOMBSTONES, checkpoint.rootTotal(), List.of(),
                        checkpoint.pagesDone());
                store.putCheckpoint(checkpoint);
                store.commit();
            }
        }
        counters.rootTotal(checkpoint.rootTotal());
        if (checkpoint.phase() == Phase.TOMBSTONES) {
            new DisappearancePhase(source, store, sink, config, clock).run(counters);
        } else if (checkpoint.mode() == SyncMode.FULL) {
            LOG.warn("Catalogue sync {}: part of the scope could not be walked, so no product is tombstoned"
                    + " this run: {}", counters.runId(), counters.coverageWarnings());
        }
        store.clearCheckpoint();
        store.setLastCompletedRunStart(checkpoint.startedAt());
        store.commit();
        return counters.coverageWarnings().isEmpty() && counters.errorCount() == 0
                ? RunStatus.SUCCEEDED : RunStatus.PARTIAL;
    }

    private static ExecutorService executor(int threads, String purpose) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cj-catalogue-sync-" + purpose + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Root partitions: one per configured category, else the whole scope; incremental runs add a time window. */
    private List<Cursor> roots(SyncCheckpoint checkpoint) {
        Map<String, String> base = new LinkedHashMap<>(config.scope().baseFilter());
        if (checkpoint.mode() == SyncMode.INCREMENTAL) {
            Instant since = store.lastCompletedRunStart().orElseThrow().minus(config.incrementalOverlap());
            base.put(Partition.TIME_START, Long.toString(since.toEpochMilli()));
        }
        List<Cursor> roots = new ArrayList<>();
        if (config.scope().categoryIds().isEmpty()) {
            roots.add(new Cursor(Partition.root(base), 1));
        } else {
            for (String id : config.scope().categoryIds()) {
                Map<String, String> f = new LinkedHashMap<>(base);
                f.put(Partition.CATEGORY, id);
                roots.add(new Cursor(Partition.root(f), 1));
            }
        }
        return roots;
    }

    private void checkCoverage(RunCounters counters, SyncMode mode) {
        if (mode == SyncMode.FULL && counters.rootTotal() > counters.distinctSeen()) {
            String msg = "listV2 reported " + counters.rootTotal() + " products in scope but the walk saw "
                    + counters.distinctSeen() + " distinct ones (products may have changed during the run, or a"
                    + " category split missed uncategorised products: consider partitionBy=price,time)";
            counters.coverageWarning(msg);
            LOG.warn("Catalogue sync {}: {}", counters.runId(), msg);
        }
    }

    private void publishSummary(RunSummary summary) {
        try {
            RecordWriter writer = new RecordWriter(summary.counters().runId());
            OutboundRecord record = new OutboundRecord(config.topics().runs(), summary.counters().runId(),
                    CanonicalJson.write(summary.toJson()), Map.of(SyncHeaders.RUN_ID, summary.counters().runId(),
                    SyncHeaders.SCHEMA, RunSummary.SCHEMA, SyncHeaders.OBSERVED_AT,
                    summary.finishedAt().toString(), SyncHeaders.SOURCE_OPERATION, "sync"));
            sink.publish(List.of(record));
        } catch (RuntimeException e) {
            LOG.warn("Could not publish the summary of catalogue sync {}: {}", summary.counters().runId(),
                    e.getMessage());
        }
    }

    /** Once per process, before the first run: an empty store is refilled from the topics (retried if it fails). */
    private void rebuildIfEmpty() {
        if (rebuildChecked) {
            return;
        }
        if (rebuilder != null && store.isEmpty()) {
            long n = rebuilder.rebuild(store);
            store.commit();
            LOG.info("Catalogue sync state rebuilt from the published topics: {} products", n);
        }
        rebuildChecked = true;
    }

    private static Map<String, Long> diff(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> out = new TreeMap<>();
        after.forEach((op, n) -> {
            long d = n - before.getOrDefault(op, 0L);
            if (d > 0) {
                out.put(op, d);
            }
        });
        return out;
    }
}
