package io.camelcj.routes.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counters of one run: what the progress log, the statistics bean and the run summary report. */
public final class RunCounters {

    private static final int MAX_SAMPLES = 20;

    private final String runId;
    private final SyncMode mode;
    private final Instant startedAt;
    private final boolean resumed;
    final AtomicLong pagesDone = new AtomicLong();
    final AtomicLong pagesKnown = new AtomicLong();
    final AtomicLong partitionsSplit = new AtomicLong();
    final AtomicLong productsSeen = new AtomicLong();
    final AtomicLong productsNew = new AtomicLong();
    final AtomicLong productsChanged = new AtomicLong();
    final AtomicLong productsUnchanged = new AtomicLong();
    final AtomicLong inventoryRefreshes = new AtomicLong();
    final AtomicLong productsFailed = new AtomicLong();
    final AtomicLong productsTombstoned = new AtomicLong();
    final AtomicLong productsMissedKept = new AtomicLong();
    final AtomicLong categoriesPublished = new AtomicLong();
    final AtomicLong categoriesTombstoned = new AtomicLong();
    private final Map<String, AtomicLong> published = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> tombstones = new ConcurrentHashMap<>();
    private final AtomicLong errorCount = new AtomicLong();
    private final List<String> errorSamples = new ArrayList<>();
    private final List<String> coverageWarnings = new ArrayList<>();
    private volatile long rootTotal = -1;
    private volatile long distinctSeen = -1;

    public RunCounters(String runId, SyncMode mode, Instant startedAt, boolean resumed) {
        this.runId = runId;
        this.mode = mode;
        this.startedAt = startedAt;
        this.resumed = resumed;
    }

    public String runId() {
        return runId;
    }

    public SyncMode mode() {
        return mode;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public boolean resumed() {
        return resumed;
    }

    void recordsSent(List<OutboundRecord> records) {
        for (OutboundRecord r : records) {
            (r.isTombstone() ? tombstones : published).computeIfAbsent(r.topic(), t -> new AtomicLong())
                    .incrementAndGet();
        }
    }

    synchronized void error(String message) {
        errorCount.incrementAndGet();
        if (errorSamples.size() < MAX_SAMPLES) {
            errorSamples.add(message);
        }
    }

    synchronized void coverageWarning(String message) {
        coverageWarnings.add(message);
    }

    void rootTotal(long total) {
        this.rootTotal = total;
    }

    void distinctSeen(long count) {
        this.distinctSeen = count;
    }

    public long rootTotal() {
        return rootTotal;
    }

    public long distinctSeen() {
        return distinctSeen;
    }

    public long errorCount() {
        return errorCount.get();
    }

    public synchronized List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }

    public synchronized List<String> coverageWarnings() {
        return List.copyOf(coverageWarnings);
    }

    public long pagesDone() {
        return pagesDone.get();
    }

    public long pagesKnown() {
        return pagesKnown.get();
    }

    public long productsSeen() {
        return productsSeen.get();
    }

    public long productsChanged() {
        return productsChanged.get() + productsNew.get();
    }

    public long productsTombstoned() {
        return productsTombstoned.get();
    }

    public Map<String, Long> publishedByTopic() {
        return snapshot(published);
    }

    public Map<String, Long> tombstonesByTopic() {
        return snapshot(tombstones);
    }

    public long recordsPublished() {
        return published.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public long tombstonesPublished() {
        return tombstones.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private static Map<String, Long> snapshot(Map<String, AtomicLong> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
