package io.camelcj.cluster;

import io.camelcj.routes.support.RouteProperties;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Cluster mode's configuration, {@code camel.cj.cluster.*}. Cluster mode is on when {@code jdbc-url} or
 * {@code data-source} is set, off otherwise (nothing else changes then).
 *
 * @param jdbcUrl            PostgreSQL JDBC URL; a HikariCP pool of {@code poolSize} is made for it
 * @param username           database user
 * @param password           database password (secret: never printed)
 * @param dataSourceBean     instead of a URL: the name of a bound {@code javax.sql.DataSource}
 * @param poolSize           connections of the pool made for {@code jdbcUrl}
 * @param nodeId             this node's name in logs and leader events (default host-pid)
 * @param egressGroup        nodes sending from one public IP share a group name; {@code none}: no per-IP limit
 * @param ipQps              requests/second allowed per egress IP across all accounts (CJ: 10)
 * @param ipMargin           added to the spacing of one egress group's requests (absorbs arrival jitter)
 * @param tokenLockTimeout   longest wait for another node's token renewal
 * @param leaderCheckInterval how often a follower tries to become leader (and a leader checks its lock)
 * @param leaderRoutes       route ids (a trailing {@code *} matches a prefix) that run on the leader only
 * @param syncStateName      name of the catalogue sync state in the shared tables
 */
public record ClusterSettings(Optional<String> jdbcUrl, Optional<String> username, Optional<String> password,
                              Optional<String> dataSourceBean, int poolSize, String nodeId, Optional<String> egressGroup,
                              double ipQps, Duration ipMargin, Duration tokenLockTimeout, Duration leaderCheckInterval,
                              List<String> leaderRoutes, String syncStateName) {

    public static final String PREFIX = "camel.cj.cluster";
    public static final List<String> DEFAULT_LEADER_ROUTES = List.of("cj-catalogue-sync*", "cj-order-status-feed",
            "cj-tracking-feed");

    public static ClusterSettings from(RouteProperties p) {
        Optional<String> group = Optional.of(p.string("egress-group", "default")).filter(g -> !g.equals("none"));
        double ipQps = p.decimal("ip-qps").map(Number::doubleValue).orElse(JdbcRateBudget.CJ_IP_LIMIT);
        if (!(ipQps > 0)) {
            throw p.invalid("ip-qps", String.valueOf(ipQps), "a positive number of requests per second");
        }
        List<String> leaderRoutes = p.list("leader-routes");
        return new ClusterSettings(p.string("jdbc-url"), p.string("username"), p.string("password"),
                p.string("data-source").map(b -> b.startsWith("#") ? b.substring(1) : b),
                p.integer("pool-size", 10, 2, 500), p.string("node-id", defaultNodeId()), group, ipQps,
                p.duration("ip-margin", JdbcRateBudget.DEFAULT_IP_MARGIN),
                p.duration("token-lock-timeout", JdbcTokenStore.DEFAULT_LOCK_TIMEOUT),
                p.duration("leader-check-interval", PostgresClusterService.DEFAULT_CHECK_INTERVAL),
                leaderRoutes.isEmpty() ? DEFAULT_LEADER_ROUTES : leaderRoutes, p.string("sync-state-name", "default"));
    }

    public boolean enabled() {
        return jdbcUrl.isPresent() || dataSourceBean.isPresent();
    }

    private static String defaultNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }

    @Override
    public String toString() {
        return "ClusterSettings[jdbcUrl=" + jdbcUrl.map(ClusterSettings::withoutQuery).orElse("-") + ", dataSource="
                + dataSourceBean.orElse("-") + ", nodeId=" + nodeId + ", egressGroup=" + egressGroup.orElse("none")
                + ", ipQps=" + ipQps + ", leaderRoutes=" + leaderRoutes + "]";
    }

    /** A JDBC URL may carry a password in its query: never print that part. */
    private static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }
}
