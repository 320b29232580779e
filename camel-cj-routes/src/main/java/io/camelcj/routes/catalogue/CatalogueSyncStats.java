package io.camelcj.routes.catalogue;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;

/**
 * Live counters of the catalogue sync. Registered with Camel's management (JMX, when camel-management is on the
 * class path and JMX enabled) as {@code org.apache.camel:context=<name>,type=services,name=CjCatalogueSync}.
 */
@ManagedResource(description = "CJ catalogue sync")
public class CatalogueSyncStats {

    private final AtomicLong runsStarted = new AtomicLong();
    private final AtomicLong runsSucceeded = new AtomicLong();
    private final AtomicLong runsPartial = new AtomicLong();
    private final AtomicLong runsFailed = new AtomicLong();
    private final AtomicLong runsSkipped = new AtomicLong();
    private final AtomicLong recordsPublished = new AtomicLong();
    private final AtomicLong tombstonesPublished = new AtomicLong();
    private final LongSupplier callsTotal;
    private final LongSupplier productsInState;
    private volatile RunCounters current;
    private volatile RunSummary last;

    public CatalogueSyncStats(LongSupplier callsTotal, LongSupplier productsInState) {
        this.callsTotal = callsTotal;
        this.productsInState = productsInState;
    }

    void runStarted(RunCounters counters) {
        runsStarted.incrementAndGet();
        current = counters;
    }

    void runSkipped() {
        runsSkipped.incrementAndGet();
    }

    void runFinished(RunSummary summary) {
        current = null;
        last = summary;
        recordsPublished.addAndGet(summary.counters().recordsPublished());
        tombstonesPublished.addAndGet(summary.counters().tombstonesPublished());
        switch (summary.status()) {
            case SUCCEEDED -> runsSucceeded.incrementAndGet();
            case PARTIAL -> runsPartial.incrementAndGet();
            case FAILED -> runsFailed.incrementAndGet();
            case SKIPPED -> runsSkipped.incrementAndGet();
        }
    }

    /** The counters of the run in progress, or null (for metrics and the dev console). */
    public RunCounters currentRun() {
        return current;
    }

    /** The summary of the last finished run, or null (for metrics and the dev console). */
    public RunSummary lastRun() {
        return last;
    }

    @ManagedAttribute(description = "Whether a run is in progress")
    public boolean isRunning() {
        return current != null;
    }

    @ManagedAttribute(description = "Runs started")
    public long getRunsStarted() {
        return runsStarted.get();
    }

    @ManagedAttribute(description = "Runs that succeeded")
    public long getRunsSucceeded() {
        return runsSucceeded.get();
    }

    @ManagedAttribute(description = "Runs that completed with failed products or incomplete coverage")
    public long getRunsPartial() {
        return runsPartial.get();
    }

    @ManagedAttribute(description = "Runs that failed (resumed by the next run)")
    public long getRunsFailed() {
        return runsFailed.get();
    }

    @ManagedAttribute(description = "Triggers skipped because a run was still in progress")
    public long getRunsSkipped() {
        return runsSkipped.get();
    }

    @ManagedAttribute(description = "Records published by finished runs (tombstones excluded)")
    public long getRecordsPublished() {
        return recordsPublished.get();
    }

    @ManagedAttribute(description = "Tombstones published by finished runs")
    public long getTombstonesPublished() {
        return tombstonesPublished.get();
    }

    @ManagedAttribute(description = "CJ calls made by the sync since start-up")
    public long getCjCalls() {
        return callsTotal.getAsLong();
    }

    @ManagedAttribute(description = "Products in the sync state")
    public long getProductsInState() {
        return productsInState.getAsLong();
    }

    @ManagedAttribute(description = "Pages walked by the current run")
    public long getCurrentPagesDone() {
        RunCounters c = current;
        return c == null ? 0 : c.pagesDone();
    }

    @ManagedAttribute(description = "Pages known to the current run")
    public long getCurrentPagesKnown() {
        RunCounters c = current;
        return c == null ? 0 : c.pagesKnown();
    }

    @ManagedAttribute(description = "Id of the last finished run")
    public String getLastRunId() {
        RunSummary s = last;
        return s == null ? null : s.counters().runId();
    }

    @ManagedAttribute(description = "Status of the last finished run")
    public String getLastRunStatus() {
        RunSummary s = last;
        return s == null ? null : s.status().name();
    }

    @ManagedAttribute(description = "Duration of the last finished run in milliseconds")
    public long getLastRunDurationMillis() {
        RunSummary s = last;
        return s == null ? 0 : s.duration().toMillis();
    }

    @ManagedAttribute(description = "CJ calls of the last finished run")
    public long getLastRunCalls() {
        RunSummary s = last;
        return s == null ? 0 : s.callsTotal();
    }
}
