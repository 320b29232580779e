package io.camelcj.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests per real-time second, per account and per client IP: how many passed the rate limits ("accepted")
 * and how many were refused with 1600200 ("limited"), for tests that check a client (or a cluster of them)
 * never went above its budget. The last {@value #KEEP_SECONDS} seconds are kept.
 */
public final class RateMonitor {

    static final int KEEP_SECONDS = 900;

    /** One second's counts. */
    public record Second(long accepted, long limited) {
    }

    private record Counter(LongAdder accepted, LongAdder limited) {
        Counter() {
            this(new LongAdder(), new LongAdder());
        }
    }

    private final Map<String, Map<Long, Counter>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Map<Long, Counter>> byIp = new ConcurrentHashMap<>();

    /** A request passed the per-IP limit (account null) or its account's QPS (ip null). */
    void accepted(String account, String ip) {
        long second = System.currentTimeMillis() / 1000;
        if (account != null) {
            counter(byAccount, account, second).accepted().increment();
        }
        if (ip != null) {
            counter(byIp, ip, second).accepted().increment();
        }
    }

    /** A request was refused with 1600200 by the per-IP limit (account null) or its account's QPS (ip null). */
    void limited(String account, String ip) {
        long second = System.currentTimeMillis() / 1000;
        if (account != null) {
            counter(byAccount, account, second).limited().increment();
        }
        if (ip != null) {
            counter(byIp, ip, second).limited().increment();
        }
    }

    private static Counter counter(Map<String, Map<Long, Counter>> all, String key, long second) {
        Map<Long, Counter> seconds = all.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
        Counter c = seconds.get(second);
        if (c == null) {
            seconds.keySet().removeIf(s -> s < second - KEEP_SECONDS);
            c = seconds.computeIfAbsent(second, s -> new Counter());
        }
        return c;
    }

    /** Epoch second → counts for one account ({@link SimAccount#id()}), oldest first. */
    public Map<Long, Second> perSecondOfAccount(String accountId) {
        return view(byAccount.get(accountId));
    }

    /** Epoch second → counts for one client IP (e.g. "127.0.0.1"), oldest first. */
    public Map<Long, Second> perSecondOfIp(String ip) {
        return view(byIp.get(ip));
    }

    /** The highest number of accepted requests in any one second for the account. */
    public long maxAcceptedPerSecondOfAccount(String accountId) {
        return perSecondOfAccount(accountId).values().stream().mapToLong(Second::accepted).max().orElse(0);
    }

    /** The highest number of accepted requests in any one second from the IP. */
    public long maxAcceptedPerSecondOfIp(String ip) {
        return perSecondOfIp(ip).values().stream().mapToLong(Second::accepted).max().orElse(0);
    }

    /** {"accounts": {id: {second: {accepted, limited}}}, "ips": {...}} for the admin API. */
    Map<String, Object> snapshot() {
        Map<String, Object> accounts = new TreeMap<>();
        byAccount.keySet().forEach(k -> accounts.put(k, perSecondOfAccount(k)));
        Map<String, Object> ips = new TreeMap<>();
        byIp.keySet().forEach(k -> ips.put(k, perSecondOfIp(k)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("accounts", accounts);
        out.put("ips", ips);
        return out;
    }

    public void clear() {
        byAccount.clear();
        byIp.clear();
    }

    private static Map<Long, Second> view(Map<Long, Counter> seconds) {
        Map<Long, Second> out = new TreeMap<>();
        if (seconds != null) {
            seconds.forEach((s, c) -> out.put(s, new Second(c.accepted().sum(), c.limited().sum())));
        }
        return out;
    }
}
