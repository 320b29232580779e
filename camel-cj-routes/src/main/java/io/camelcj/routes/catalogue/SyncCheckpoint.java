package io.camelcj.routes.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where an unfinished run stands, saved after every page so that a crashed or failed run resumes instead of starting
 * over.
 *
 * @param runId     the run being resumed keeps its id (its records and summary stay attributable)
 * @param phase     next phase to do
 * @param rootTotal totalRecords of the scope's root partitions when the run began (coverage check), -1 if unknown
 * @param queue     partitions still to walk, the first one possibly half done
 * @param pagesDone pages walked so far
 */
public record SyncCheckpoint(String runId, SyncMode mode, Instant startedAt, Phase phase, long rootTotal,
                             List<Cursor> queue, long pagesDone) {

    public enum Phase { CATEGORIES, LISTING, TOMBSTONES }

    /** A partition and the next page of it to fetch (1-based). */
    public record Cursor(Partition partition, int nextPage) {
    }

    public SyncCheckpoint {
        queue = List.copyOf(queue);
    }

    public SyncCheckpoint with(Phase newPhase, long newRootTotal, List<Cursor> newQueue, long newPagesDone) {
        return new SyncCheckpoint(runId, mode, startedAt, newPhase, newRootTotal, newQueue, newPagesDone);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runId", runId);
        m.put("mode", mode.name());
        m.put("startedAt", startedAt.toString());
        m.put("phase", phase.name());
        m.put("rootTotal", rootTotal);
        List<Object> q = new ArrayList<>();
        for (Cursor c : queue) {
            Map<String, Object> cm = new LinkedHashMap<>(c.partition().toJson());
            cm.put("nextPage", c.nextPage());
            q.add(cm);
        }
        m.put("queue", q);
        m.put("pagesDone", pagesDone);
        return m;
    }

    public static SyncCheckpoint fromJson(JsonNode n) {
        List<Cursor> queue = new ArrayList<>();
        n.path("queue").forEach(c -> queue.add(new Cursor(Partition.fromJson(c), c.path("nextPage").asInt(1))));
        return new SyncCheckpoint(n.path("runId").asText(), SyncMode.valueOf(n.path("mode").asText()),
                Instant.parse(n.path("startedAt").asText()), Phase.valueOf(n.path("phase").asText()),
                n.path("rootTotal").asLong(-1), queue, n.path("pagesDone").asLong(0));
    }
}
