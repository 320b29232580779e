package io.camelcj.cluster;

import org.apache.camel.support.cluster.AbstractCamelClusterService;

import java.time.Duration;
import java.util.Objects;

/**
 * A Camel cluster service whose leader election is a PostgreSQL session-level advisory lock, so that Camel's
 * {@code ClusteredRoutePolicy} runs the catalogue sync and the status/tracking pollers on exactly one node.
 * <p>
 * Each namespace is one lock ({@code pg_try_advisory_lock}) held on a dedicated connection by the leader. The lock
 * dies with that session: a leader that is killed loses it as soon as PostgreSQL sees the connection close (at once
 * on one host; across a network after the server's TCP keep-alive time), and another node, trying every
 * {@code checkInterval}, becomes leader within that interval. A leader that can no longer reach the database steps
 * down at its next check. See {@code src/docs/cluster.md} for the take-over time and what it does not guarantee.
 */
public final class PostgresClusterService extends AbstractCamelClusterService<PostgresClusterView> {

    public static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofSeconds(1);

    private final ClusterDatabase db;
    private final Duration checkInterval;

    public PostgresClusterService(ClusterDatabase db, String nodeId, Duration checkInterval) {
        super(nodeId);
        this.db = Objects.requireNonNull(db, "db");
        this.checkInterval = Objects.requireNonNull(checkInterval, "checkInterval");
    }

    @Override
    protected PostgresClusterView createView(String namespace) {
        return new PostgresClusterView(this, namespace, db, checkInterval);
    }
}
