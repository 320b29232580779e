package io.camelcj.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the accounts sending from one egress-IP group may together exceed its per-IP limit
 * ({@code cj_ip_group_accounts}). Each node records the accounts it sends for, with their rate; the group's bucket
 * is needed only while the sum of ceil(qps) of the accounts seen in the last {@link #FORGET_AFTER} is above the
 * limit: each account's own bucket already keeps it to at most ceil(qps) requests in any second, so below that sum
 * the group's limit cannot be exceeded and its bucket would only add waits (two buckets cannot be reserved together,
 * see {@link JdbcRateBudget}). Read at most once per {@link #REFRESH} per account: an account that starts sending
 * from the group is seen by the other nodes within that time (until then the group may go above its limit).
 */
final class IpGroupDemand {

    static final Duration REFRESH = Duration.ofSeconds(1);
    static final Duration FORGET_AFTER = Duration.ofMinutes(5);

    private record Reading(boolean binding, long readAtNanos) {
    }

    private final ClusterDatabase db;
    private final String group;
    private final double limit;
    private final Map<String, Reading> readings = new ConcurrentHashMap<>();

    IpGroupDemand(ClusterDatabase db, String group, double limit) {
        this.db = db;
        this.group = group;
        this.limit = limit;
    }

    /** True while the group's accounts together may send more than its limit (so its bucket must be taken too). */
    boolean mayExceed(String accountId, double qps) {
        long now = System.nanoTime();
        Reading r = readings.get(accountId);
        if (r != null && now - r.readAtNanos() < REFRESH.toNanos()) {
            return r.binding();
        }
        boolean binding = recordAndSum(accountId, qps) > limit;
        readings.put(accountId, new Reading(binding, now));
        return binding;
    }

    private double recordAndSum(String accountId, double qps) {
        try (Connection c = db.connection()) {
            try (PreparedStatement up = c.prepareStatement("INSERT INTO cj_ip_group_accounts (ip_group, account_id, qps,"
                    + " seen_at) VALUES (?, ?, ?, now()) ON CONFLICT (ip_group, account_id) DO UPDATE SET"
                    + " qps = EXCLUDED.qps, seen_at = EXCLUDED.seen_at")) {
                up.setString(1, group);
                up.setString(2, accountId);
                up.setDouble(3, qps);
                up.executeUpdate();
            }
            try (PreparedStatement sum = c.prepareStatement("SELECT coalesce(sum(ceil(qps)), 0) FROM cj_ip_group_accounts"
                    + " WHERE ip_group = ? AND seen_at > now() - make_interval(secs => ?)")) {
                sum.setString(1, group);
                sum.setDouble(2, FORGET_AFTER.toSeconds());
                try (ResultSet rs = sum.executeQuery()) {
                    rs.next();
                    return rs.getDouble(1);
                }
            }
        } catch (SQLException e) {
            throw new ClusterStoreException("cannot read the accounts of egress group " + group, e);
        }
    }
}
