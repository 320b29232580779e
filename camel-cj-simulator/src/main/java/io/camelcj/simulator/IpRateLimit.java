package io.camelcj.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reference's "no more than 10 requests/second per IP address", across all accounts. Off by default (the
 * simulator's callers all share 127.0.0.1); on with {@code CjSimulator.Builder#ipQps} or the admin API.
 */
final class IpRateLimit {

    private final Map<String, QpsWindow> windows = new ConcurrentHashMap<>();
    private volatile double qps;

    IpRateLimit(double qps) {
        set(qps);
    }

    /** 0 switches the limit off. */
    void set(double qps) {
        if (qps < 0 || Double.isNaN(qps)) {
            throw new IllegalArgumentException("ipQps must be >= 0 (0 = no per-IP limit): " + qps);
        }
        this.qps = qps;
    }

    double qps() {
        return qps;
    }

    boolean tryAcquire(String ip, long nowNanos) {
        double q = qps;
        return q <= 0 || windows.computeIfAbsent(ip, k -> new QpsWindow()).tryAcquire(q, nowNanos);
    }

    String message() {
        return QpsWindow.message(qps);
    }
}
