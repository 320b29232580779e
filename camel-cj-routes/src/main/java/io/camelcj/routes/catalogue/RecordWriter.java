package io.camelcj.routes.catalogue;

import io.camelcj.component.cj.api.CjOperation;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelcj.routes.support.CanonicalJson;

/**
 * Turns record values into {@link OutboundRecord}s: canonical JSON, the {@code sync} block (run id, observed-at and
 * the fingerprints needed to rebuild the state from the topic) and the Kafka headers. Hashes are taken over the value
 * <em>without</em> the sync block, so re-reading unchanged data gives the same hash in every run.
 */
final class RecordWriter {

    private final String runId;

    RecordWriter(String runId) {
        this.runId = runId;
    }

    static String hash(Map<String, Object> value) {
        return CanonicalJson.sha256(value);
    }

    /** Hash of a product's variant (or inventory) values, independent of their order. */
    static String groupHash(List<Map<String, Object>> values) {
        List<Map<String, Object>> sorted = values.stream()
                .sorted(Comparator.comparing(v -> String.valueOf(v.get("vid")))).toList();
        return CanonicalJson.sha256(sorted);
    }

    OutboundRecord value(String topic, String key, Map<String, Object> value, Map<String, Object> syncExtras,
                         CjOperation operation, Instant observedAt) {
        Map<String, Object> sync = new LinkedHashMap<>();
        sync.put("runId", runId);
        sync.put("observedAt", observedAt.toString());
        sync.putAll(syncExtras);
        Map<String, Object> full = new LinkedHashMap<>(value);
        full.put("sync", sync);
        return new OutboundRecord(topic, key, CanonicalJson.write(full),
                headers(String.valueOf(value.get("schema")), operation, observedAt));
    }

    OutboundRecord tombstone(String topic, String key, String schema, CjOperation operation, Instant observedAt) {
        return new OutboundRecord(topic, key, null, headers(schema, operation, observedAt));
    }

    private Map<String, String> headers(String schema, CjOperation operation, Instant observedAt) {
        return Map.of(SyncHeaders.RUN_ID, runId, SyncHeaders.SOURCE_OPERATION, operation.path(),
                SyncHeaders.OBSERVED_AT, observedAt.toString(), SyncHeaders.SCHEMA, schema);
    }
}
