package io.camelcj.cluster;

import io.camelcj.routes.support.RouteValues;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Cluster mode's configuration, {@code camel.cj.cluster.*} (each option declared in {@link ClusterOptions}). Cluster
 * mode is on when {@code jdbc-url} or {@code data-source} is set, off otherwise (nothing else changes then).
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

    /** Reads and checks the options declared in {@link ClusterOptions}. */
    public static ClusterSettings from(RouteValues v) {
        double ipQps = v.get(ClusterOptions.IP_QPS).doubleValue();
        if (!(ipQps > 0)) {
            throw v.invalid(ClusterOptions.IP_QPS, "must be a positive number of requests per second");
        }
        String group = v.get(ClusterOptions.EGRESS_GROUP);
        return new ClusterSettings(v.find(ClusterOptions.JDBC_URL), v.find(ClusterOptions.USERNAME),
                v.find(ClusterOptions.PASSWORD),
                v.find(ClusterOptions.DATA_SOURCE).map(b -> b.startsWith("#") ? b.substring(1) : b),
                v.get(ClusterOptions.POOL_SIZE), v.find(ClusterOptions.NODE_ID).orElseGet(ClusterSettings::defaultNodeId),
                "none".equals(group) ? Optional.empty() : Optional.of(group), ipQps, v.get(ClusterOptions.IP_MARGIN),
                v.get(ClusterOptions.TOKEN_LOCK_TIMEOUT), v.get(ClusterOptions.LEADER_CHECK_INTERVAL),
                v.get(ClusterOptions.LEADER_ROUTES), v.get(ClusterOptions.SYNC_STATE_NAME));
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
