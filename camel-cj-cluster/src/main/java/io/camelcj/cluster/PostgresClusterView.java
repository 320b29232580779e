package io.camelcj.cluster;

import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.support.cluster.AbstractCamelClusterView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** One namespace of {@link PostgresClusterService}: this node is leader while it holds the namespace's advisory lock. */
final class PostgresClusterView extends AbstractCamelClusterView {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresClusterView.class);

    private final ClusterDatabase db;
    private final Duration checkInterval;
    private final long lockKey;
    private final Member local = new Member();
    private ScheduledExecutorService timer;
    // touched only by the timer thread (and doStop after it ended)
    private Connection lockConnection;
    private volatile boolean leader;

    PostgresClusterView(PostgresClusterService service, String namespace, ClusterDatabase db, Duration checkInterval) {
        super(service, namespace);
        this.db = db;
        this.checkInterval = checkInterval;
        this.lockKey = keyOf(namespace);
    }

    /** A stable 64-bit key per namespace (advisory locks are keyed by bigint). */
    static long keyOf(String namespace) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("camel-cj/leader:" + namespace).getBytes(StandardCharsets.UTF_8));
            long k = 0;
            for (int i = 0; i < 8; i++) {
                k = (k << 8) | (h[i] & 0xff);
            }
            return k;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void doStart() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cj-cluster-leader-" + getNamespace());
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, 0, checkInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() throws Exception {
        timer.shutdownNow();
        timer.awaitTermination(10, TimeUnit.SECONDS);
        stepDown("stopping");
    }

    private void check() {
        try {
            if (leader) {
                if (!lockConnection.isValid(Math.max(1, (int) checkInterval.toSeconds()))) {
                    stepDown("lost the connection holding the leader lock");
                }
                return;
            }
            if (lockConnection == null) {
                lockConnection = db.connection();
            }
            try (PreparedStatement ps = lockConnection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                ps.setLong(1, lockKey);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        leader = true;
                        LOG.info("Node {} is now the leader of {}", local.getId(), getNamespace());
                        fireLeadershipChangedEvent(local);
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Leader check of {} failed: {}", getNamespace(), e.toString());
            stepDown("database unreachable");
        }
    }

    private void stepDown(String why) {
        boolean was = leader;
        leader = false;
        if (lockConnection != null) {
            try (Connection c = lockConnection; java.sql.Statement s = c.createStatement()) {
                // a pool keeps the session (and its locks) alive after close(): unlock explicitly first
                s.execute("SELECT pg_advisory_unlock_all()");
            } catch (SQLException e) {
                LOG.debug("closing the leader connection of {}: {}", getNamespace(), e.toString());
            }
            lockConnection = null;
        }
        if (was) {
            LOG.warn("Node {} is no longer the leader of {}: {}", local.getId(), getNamespace(), why);
            fireLeadershipChangedEvent(Optional.empty());
        }
    }

    @Override
    public Optional<CamelClusterMember> getLeader() {
        return leader ? Optional.of(local) : Optional.empty();
    }

    @Override
    public CamelClusterMember getLocalMember() {
        return local;
    }

    @Override
    public List<CamelClusterMember> getMembers() {
        return List.of(local); // other members are not tracked: the lock alone decides
    }

    private final class Member implements CamelClusterMember {
        @Override
        public boolean isLeader() {
            return leader;
        }

        @Override
        public boolean isLocal() {
            return true;
        }

        @Override
        public String getId() {
            return getClusterService().getId();
        }
    }
}
