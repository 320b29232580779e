package io.camelcj.cluster;

import io.camelcj.routes.support.OptionType;
import io.camelcj.routes.support.RouteOption;
import io.camelcj.routes.support.RouteOptions;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/** Every option of cluster mode ({@code camel.cj.cluster.*}), declared once; read by {@link ClusterSettings}. */
public final class ClusterOptions {

    public static final RouteOptions FAMILY = new RouteOptions("camel.cj.cluster",
            "Cluster mode: several instances on one CJ account coordinated through PostgreSQL (on when jdbc-url or"
                    + " data-source is set)");

    public static final RouteOption<String> JDBC_URL = FAMILY.add("jdbc-url", OptionType.string(), null,
            "PostgreSQL JDBC URL; a HikariCP pool is made for it. Setting it switches cluster mode on.");
    public static final RouteOption<String> USERNAME = FAMILY.add("username", OptionType.string(), null,
            "Database user.");
    public static final RouteOption<String> PASSWORD = FAMILY.add("password", OptionType.string(), null,
            "Database password (secret: never printed).");
    public static final RouteOption<String> DATA_SOURCE = FAMILY.add("data-source", OptionType.string(), null,
            "Instead of jdbc-url: the name of a bound javax.sql.DataSource. Setting it switches cluster mode on.");
    public static final RouteOption<Integer> POOL_SIZE = FAMILY.add("pool-size", OptionType.integer(2, 500), 10,
            "Connections of the pool made for jdbc-url (a renewal holds one, the leader holds one).");
    public static final RouteOption<String> NODE_ID = FAMILY.add("node-id", OptionType.string(), null,
            "This node's name in logs and leader events (default: host-pid).");
    public static final RouteOption<String> EGRESS_GROUP = FAMILY.add("egress-group", OptionType.string(), "default",
            "Nodes sending from one public IP share a name; 'none' switches the per-IP limit off.");
    public static final RouteOption<BigDecimal> IP_QPS = FAMILY.add("ip-qps", OptionType.decimal(),
            BigDecimal.valueOf(JdbcRateBudget.CJ_IP_LIMIT),
            "Requests/second per egress group, all accounts together (CJ: 10 per IP).");
    public static final RouteOption<Duration> IP_MARGIN = FAMILY.add("ip-margin", OptionType.duration(),
            JdbcRateBudget.DEFAULT_IP_MARGIN,
            "Added to the spacing of one group's requests so that arrival jitter does not put an extra one into a second.");
    public static final RouteOption<Duration> TOKEN_LOCK_TIMEOUT = FAMILY.add("token-lock-timeout",
            OptionType.duration(), JdbcTokenStore.DEFAULT_LOCK_TIMEOUT,
            "Longest wait for another node's token renewal (then the call fails TRANSIENT and is retried).");
    public static final RouteOption<Duration> LEADER_CHECK_INTERVAL = FAMILY.add("leader-check-interval",
            OptionType.duration(), PostgresClusterService.DEFAULT_CHECK_INTERVAL,
            "How often a follower tries to become leader and a leader checks its lock.");
    public static final RouteOption<List<String>> LEADER_ROUTES = FAMILY.add("leader-routes", OptionType.list(),
            List.of("cj-catalogue-sync*", "cj-order-status-feed", "cj-tracking-feed"),
            "Route ids that run on the leader only (a trailing * matches a prefix).");
    public static final RouteOption<String> SYNC_STATE_NAME = FAMILY.add("sync-state-name", OptionType.string(),
            "default", "Name of the catalogue sync state in the shared tables.");

    private ClusterOptions() {
    }
}
