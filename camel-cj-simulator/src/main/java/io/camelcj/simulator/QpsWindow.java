package io.camelcj.simulator;

import java.util.ArrayDeque;

/**
 * Sliding-window rate check on real time: at most max(1, floor(qps)) calls within max(1, floor(qps)) / qps
 * seconds (qps 1: one call per second; 0.5: one per two seconds; 4: four per second). Used per account and per IP.
 */
final class QpsWindow {

    private final ArrayDeque<Long> window = new ArrayDeque<>();

    synchronized boolean tryAcquire(double qps, long nowNanos) {
        int capacity = Math.max(1, (int) Math.floor(qps));
        long windowNanos = (long) (capacity / qps * 1_000_000_000L);
        while (!window.isEmpty() && nowNanos - window.peekFirst() >= windowNanos) {
            window.pollFirst();
        }
        if (window.size() >= capacity) {
            return false;
        }
        window.addLast(nowNanos);
        return true;
    }

    /** The live answer's wording: "Too Many Requests, QPS limit is 1 time/1second". */
    static String message(double qps) {
        int capacity = Math.max(1, (int) Math.floor(qps));
        double seconds = capacity / qps;
        String window = seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.format("%.2f", seconds);
        return "Too Many Requests, QPS limit is " + capacity + " time/" + window + "second";
    }
}
