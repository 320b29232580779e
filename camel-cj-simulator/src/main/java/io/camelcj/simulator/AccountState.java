package io.camelcj.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Live state of one account: balance, limits and their counters, webhook settings, "my products". */
final class AccountState {

    /** CJ counts days in China time. */
    static final ZoneOffset CJ_ZONE = ZoneOffset.ofHours(8);

    record Callback(String type, String url) {
    }

    final SimAccount config;
    volatile BigDecimal balance;
    volatile double qps;
    volatile String openName;
    volatile String openEmail;
    final Map<String, Callback> callbacks = new ConcurrentHashMap<>();
    final Set<String> myProducts = ConcurrentHashMap.newKeySet();

    private final ArrayDeque<Long> qpsWindow = new ArrayDeque<>();
    private LocalDate day;
    private long requestsToday;
    private long pointsToday;

    AccountState(SimAccount config) {
        this.config = config;
        this.balance = config.balance();
        this.qps = config.qps();
        this.openName = config.openName();
        this.openEmail = config.openEmail();
    }

    /**
     * Sliding-window QPS check on real time: at most max(1, floor(qps)) calls within max(1, floor(qps)) / qps
     * seconds (qps 1: one call per second; 0.5: one per two seconds; 4: four per second).
     */
    synchronized boolean tryAcquire(long nowNanos) {
        double q = qps;
        int capacity = Math.max(1, (int) Math.floor(q));
        long windowNanos = (long) (capacity / q * 1_000_000_000L);
        while (!qpsWindow.isEmpty() && nowNanos - qpsWindow.peekFirst() >= windowNanos) {
            qpsWindow.pollFirst();
        }
        if (qpsWindow.size() >= capacity) {
            return false;
        }
        qpsWindow.addLast(nowNanos);
        return true;
    }

    String qpsMessage() {
        double q = qps;
        int capacity = Math.max(1, (int) Math.floor(q));
        double seconds = capacity / q;
        String window = seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.format("%.2f", seconds);
        return "Too Many Requests, QPS limit is " + capacity + " time/" + window + "second";
    }

    /** Counts one call against the daily limit and points budget; returns an error code or 0 when allowed. */
    synchronized int chargeDaily(Instant now, int points) {
        LocalDate today = now.atOffset(CJ_ZONE).toLocalDate();
        if (!today.equals(day)) {
            day = today;
            requestsToday = 0;
            pointsToday = 0;
        }
        if (config.dailyLimit() > 0 && requestsToday >= config.dailyLimit()) {
            return 1600200;
        }
        if (config.pointsPerDay() > 0 && pointsToday + points > config.pointsPerDay()) {
            return 16900500;
        }
        requestsToday++;
        pointsToday += points;
        return 0;
    }

    synchronized long pointsUsedToday() {
        return pointsToday;
    }

    Instant nextDayStart(Instant now) {
        return now.atOffset(CJ_ZONE).toLocalDate().plusDays(1).atStartOfDay().toInstant(CJ_ZONE);
    }
}
