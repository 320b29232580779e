package io.camelcj.benchmarks;

import java.util.Arrays;

/** Per-call latencies of one side of a comparison, in nanoseconds; sized up front so recording allocates nothing. */
final class LatencySample {

    private final long[] values;
    private int size;

    LatencySample(int capacity) {
        values = new long[capacity];
    }

    void add(long nanos) {
        values[size++] = nanos;
    }

    int size() {
        return size;
    }

    /** The q-quantile (nearest rank), e.g. 0.5 for the median, 0.99 for p99. */
    double quantileMillis(double q) {
        if (size == 0) {
            throw new IllegalStateException("no latencies recorded");
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }
}
