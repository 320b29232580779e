package io.camelcj.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
    volatile boolean balancePaymentRestricted;
    final Map<String, Callback> callbacks = new ConcurrentHashMap<>();
    final Set<String> myProducts = ConcurrentHashMap.newKeySet();

    private final QpsWindow qpsWindow = new QpsWindow();
    private LocalDate day;
    private long requestsToday;
    private long pointsToday;
    private String quotaWindow;
    private long quotaUsed;

    AccountState(SimAccount config) {
        this.config = config;
        this.balance = config.balance();
        this.qps = config.qps();
        this.openName = config.openName();
        this.openEmail = config.openEmail();
        this.balancePaymentRestricted = config.balancePaymentRestricted();
    }

    /** The account's QPS check (real time; see {@link QpsWindow}). */
    boolean tryAcquire(long nowNanos) {
        return qpsWindow.tryAcquire(qps, nowNanos);
    }

    String qpsMessage() {
        return QpsWindow.message(qps);
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
        if (config.quotaLimit() > 0) {
            String window = quotaWindow(now, config.quotaType());
            if (!window.equals(quotaWindow)) {
                quotaWindow = window;
                quotaUsed = 0;
            }
            if (quotaUsed >= config.quotaLimit()) {
                return 1600201;
            }
            quotaUsed++;
        }
        requestsToday++;
        pointsToday += points;
        return 0;
    }

    /** The quota window {@code now} falls in, in China time (quotaType 0 total … 5 hour, as in setting/get). */
    static String quotaWindow(Instant now, int quotaType) {
        java.time.LocalDateTime t = now.atOffset(CJ_ZONE).toLocalDateTime();
        return switch (quotaType) {
            case 0 -> "total";
            case 1 -> String.valueOf(t.getYear());
            case 2 -> t.getYear() + "Q" + ((t.getMonthValue() - 1) / 3);
            case 3 -> t.getYear() + "-" + t.getMonthValue();
            case 5 -> t.toLocalDate() + "T" + t.getHour();
            default -> t.toLocalDate().toString();
        };
    }

    synchronized long pointsUsedToday() {
        return pointsToday;
    }

    Instant nextDayStart(Instant now) {
        return now.atOffset(CJ_ZONE).toLocalDate().plusDays(1).atStartOfDay().toInstant(CJ_ZONE);
    }
}
