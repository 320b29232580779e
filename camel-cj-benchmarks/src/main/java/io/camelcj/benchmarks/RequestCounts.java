package io.camelcj.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.camelcj.simulator.SimRequest;

/** What the simulator's request log says a benchmark did: calls per operation, and the 1600200 answers. */
public record RequestCounts(Map<String, Long> byOperation, long rateLimited, long total) {

    /** CJ's "Too Many Requests" code (per-second limit). */
    public static final int RATE_LIMITED = 1600200;

    public static RequestCounts of(List<SimRequest> entries) {
        Map<String, Long> byOperation = new TreeMap<>();
        long limited = 0;
        for (SimRequest r : entries) {
            byOperation.merge(r.operation(), 1L, Long::sum);
            if (Objects.equals(r.code(), RATE_LIMITED)) {
                limited++;
            }
        }
        return new RequestCounts(byOperation, limited, entries.size());
    }

    /** Calls answered with anything but 1600200, authentication calls excluded: the calls that did the work. */
    public static long workCalls(List<SimRequest> entries) {
        return entries.stream()
                .filter(r -> !r.operation().startsWith("authentication/"))
                .filter(r -> !Objects.equals(r.code(), RATE_LIMITED))
                .count();
    }

    public long of(String operation) {
        return byOperation.getOrDefault(operation, 0L);
    }

    /** e.g. {@code product/listV2 101, product/query 10000}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        byOperation.forEach((op, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(op).append(' ').append(n));
        return sb.toString();
    }
}
