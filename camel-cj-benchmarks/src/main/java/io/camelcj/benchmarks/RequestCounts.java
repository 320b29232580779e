package io.camelcj.benchmarks;

import java.util.Map;
import java.util.TreeMap;

import io.camelcj.simulator.CjSimulator;

/**
 * What the simulator's request log says a benchmark did: calls per operation, and the 1600200 answers. Taken from
 * the log's exact counters (its list of entries keeps only the most recent 100,000), as a snapshot; a benchmark's
 * own calls are the difference of two snapshots.
 */
public record RequestCounts(Map<String, Long> byOperation, long rateLimited, long total) {

    /** CJ's "Too Many Requests" code (per-second limit). */
    public static final int RATE_LIMITED = 1600200;

    public static RequestCounts snapshot(CjSimulator sim) {
        Map<String, Long> byOperation = new TreeMap<>();
        long limited = 0;
        for (String op : sim.operations()) {
            long n = sim.requestLog().count(op);
            if (n > 0) {
                byOperation.put(op, n);
                limited += sim.requestLog().count(op, RATE_LIMITED);
            }
        }
        return new RequestCounts(byOperation, limited, sim.requestLog().count());
    }

    /** The calls made since {@code before}. */
    public RequestCounts since(RequestCounts before) {
        Map<String, Long> diff = new TreeMap<>();
        byOperation.forEach((op, n) -> {
            long d = n - before.of(op);
            if (d > 0) {
                diff.put(op, d);
            }
        });
        return new RequestCounts(diff, rateLimited - before.rateLimited, total - before.total);
    }

    public long of(String operation) {
        return byOperation.getOrDefault(operation, 0L);
    }

    /** Calls answered with anything but 1600200, authentication calls excluded: the calls that did the work. */
    public long workCalls() {
        long auth = byOperation.entrySet().stream()
                .filter(e -> e.getKey().startsWith("authentication/"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        return total - auth - rateLimited;
    }

    /** e.g. {@code product/listV2 101, product/query 10000}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        byOperation.forEach((op, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(op).append(' ').append(n));
        return sb.toString();
    }
}
