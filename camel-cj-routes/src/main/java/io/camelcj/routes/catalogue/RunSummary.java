package io.camelcj.routes.catalogue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The record published on {@code cj.sync.runs} (key: run id) when a run ends, schema {@code cj.sync.run/v1}. */
public record RunSummary(RunCounters counters, RunStatus status, Instant finishedAt, Map<String, Long> calls,
                         String failure) {

    public static final String SCHEMA = "cj.sync.run/v1";

    public long callsTotal() {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }

    public Duration duration() {
        return Duration.between(counters.startedAt(), finishedAt);
    }

    public Map<String, Object> toJson() {
        RunCounters c = counters;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("runId", c.runId());
        m.put("mode", c.mode().name());
        m.put("status", status.name());
        m.put("resumed", c.resumed());
        m.put("startedAt", c.startedAt().toString());
        m.put("finishedAt", finishedAt.toString());
        m.put("durationMs", duration().toMillis());
        m.put("pages", Map.of("done", c.pagesDone(), "known", c.pagesKnown(),
                "partitionsSplit", c.partitionsSplit.get()));
        Map<String, Object> products = new LinkedHashMap<>();
        products.put("seen", c.productsSeen());
        products.put("new", c.productsNew.get());
        products.put("changed", c.productsChanged.get());
        products.put("unchanged", c.productsUnchanged.get());
        products.put("inventoryRefreshed", c.inventoryRefreshes.get());
        products.put("failed", c.productsFailed.get());
        products.put("tombstoned", c.productsTombstoned());
        products.put("missedButKept", c.productsMissedKept.get());
        m.put("products", products);
        m.put("categories", Map.of("published", c.categoriesPublished.get(),
                "tombstoned", c.categoriesTombstoned.get()));
        m.put("records", Map.of("published", c.publishedByTopic(), "tombstones", c.tombstonesByTopic()));
        m.put("calls", Map.of("total", callsTotal(), "byOperation", calls));
        Map<String, Object> coverage = new LinkedHashMap<>();
        coverage.put("scopeTotal", c.rootTotal());
        coverage.put("distinctSeen", c.distinctSeen());
        coverage.put("warnings", c.coverageWarnings());
        m.put("coverage", coverage);
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("count", c.errorCount());
        errors.put("samples", c.errorSamples());
        errors.put("failure", failure);
        m.put("errors", errors);
        return m;
    }
}
