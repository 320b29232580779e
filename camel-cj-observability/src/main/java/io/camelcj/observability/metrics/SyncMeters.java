package io.camelcj.observability.metrics;

import java.time.Clock;
import java.time.Duration;

import io.camelcj.routes.catalogue.CatalogueSyncStats;
import io.camelcj.routes.catalogue.RunCounters;
import io.camelcj.routes.catalogue.RunStatus;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** The catalogue sync's progress and run counts, read from its {@link CatalogueSyncStats}. */
final class SyncMeters {

    private SyncMeters() {
    }

    static void bind(MeterRegistry registry, CatalogueSyncStats stats, Clock clock) {
        Gauge.builder(CjMeterNames.SYNC_RUNNING, stats, s -> s.isRunning() ? 1 : 0)
                .description("1 while a catalogue sync run is in progress").register(registry);
        Gauge.builder(CjMeterNames.SYNC_PRODUCTS, stats, s -> current(s, RunCounters::productsSeen))
                .description("Products seen by the sync run in progress").register(registry);
        Gauge.builder(CjMeterNames.SYNC_PAGES_DONE, stats, CatalogueSyncStats::getCurrentPagesDone)
                .description("Listing pages walked by the sync run in progress").register(registry);
        Gauge.builder(CjMeterNames.SYNC_PAGES_KNOWN, stats, CatalogueSyncStats::getCurrentPagesKnown)
                .description("Listing pages known to the sync run in progress").register(registry);
        Gauge.builder(CjMeterNames.SYNC_ETA, stats, s -> eta(s.currentRun(), clock))
                .description("Estimated seconds left for the sync run in progress").baseUnit("seconds")
                .register(registry);
        FunctionCounter.builder(CjMeterNames.SYNC_CALLS, stats, CatalogueSyncStats::getCjCalls)
                .description("CJ calls made by the catalogue sync").register(registry);
        Gauge.builder(CjMeterNames.SYNC_STATE_PRODUCTS, stats, CatalogueSyncStats::getProductsInState)
                .description("Products in the sync state").register(registry);
        for (RunStatus status : RunStatus.values()) {
            FunctionCounter.builder(CjMeterNames.SYNC_RUNS, stats, s -> runs(s, status))
                    .description("Finished catalogue sync runs").tag("status", status.name()).register(registry);
        }
    }

    /**
     * Pages left at the pace of the pages done so far; NaN between runs and before the first page (the number of
     * pages is only known once the listing has been walked that far).
     */
    static double eta(RunCounters run, Clock clock) {
        if (run == null || run.pagesDone() == 0 || run.pagesKnown() < run.pagesDone()) {
            return Double.NaN;
        }
        double elapsed = Duration.between(run.startedAt(), clock.instant()).toMillis() / 1000.0;
        return elapsed / run.pagesDone() * (run.pagesKnown() - run.pagesDone());
    }

    private static double current(CatalogueSyncStats stats, java.util.function.ToLongFunction<RunCounters> value) {
        RunCounters run = stats.currentRun();
        return run == null ? 0 : value.applyAsLong(run);
    }

    private static double runs(CatalogueSyncStats stats, RunStatus status) {
        return switch (status) {
            case SUCCEEDED -> stats.getRunsSucceeded();
            case PARTIAL -> stats.getRunsPartial();
            case FAILED -> stats.getRunsFailed();
            case SKIPPED -> stats.getRunsSkipped();
        };
    }
}
