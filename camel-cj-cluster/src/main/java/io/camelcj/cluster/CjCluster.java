package io.camelcj.cluster;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.camelcj.component.cj.CjComponent;
import io.camelcj.component.cj.auth.CjTokenStore;
import org.apache.camel.CamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

/**
 * Switches a Camel context to cluster mode when {@code camel.cj.cluster.jdbc-url} or {@code .data-source} is set
 * (see {@link ClusterSettings}); does nothing otherwise. It binds, under these names:
 * <ul>
 * <li>{@value #TOKEN_STORE} — {@link JdbcTokenStore}, also set as the cj component's token store when none is;</li>
 * <li>{@value #RATE_BUDGET} — {@link JdbcRateBudget}, which every CJ account of the context then shares;</li>
 * <li>{@value #PLACED_ORDERS} — {@link JdbcPlacedOrderStore}, picked up by the order push;</li>
 * <li>{@value #SYNC_STATE} — {@link JdbcCatalogueStateStore}, picked up by the catalogue sync;</li>
 * <li>{@value #WEBHOOK_IDS} — camel-sql's {@link JdbcMessageIdRepository}: set
 * {@code camel.cj.webhooks.idempotent-repository=cjWebhookIds};</li>
 * <li>{@value #CLUSTER_SERVICE} — {@link PostgresClusterService}, with a route policy factory that runs the
 * {@code leader-routes} (catalogue sync, status and tracking pollers) on the leader only.</li>
 * </ul>
 */
public final class CjCluster {

    public static final String TOKEN_STORE = "cjTokenStore";
    public static final String RATE_BUDGET = "cjRateBudget";
    public static final String PLACED_ORDERS = "cjPlacedOrders";
    public static final String SYNC_STATE = "cjSyncState";
    public static final String WEBHOOK_IDS = "cjWebhookIds";
    public static final String CLUSTER_SERVICE = "cjClusterService";
    public static final String LEADER_NAMESPACE = "camel-cj";
    /** The idempotent repository's processor name: one id space for the webhooks of every node. */
    static final String WEBHOOK_PROCESSOR = "cj-webhooks";

    private static final Logger LOG = LoggerFactory.getLogger(CjCluster.class);

    private CjCluster() {
    }

    /** Reads {@code camel.cj.cluster.*}; installs cluster mode when it is configured. Returns whether it did. */
    public static boolean install(CamelContext context) throws Exception {
        ClusterSettings settings = ClusterSettings.from(ClusterOptions.FAMILY.read(context));
        if (!settings.enabled()) {
            LOG.debug("camel-cj cluster mode off (no camel.cj.cluster.jdbc-url or .data-source)");
            return false;
        }
        install(context, settings, dataSource(context, settings));
        return true;
    }

    public static void install(CamelContext context, ClusterSettings settings, DataSource dataSource) throws Exception {
        ClusterDatabase db = new ClusterDatabase(dataSource);
        db.ensureSchema();
        JdbcTokenStore tokens = new JdbcTokenStore(db, settings.tokenLockTimeout());
        context.getRegistry().bind(TOKEN_STORE, CjTokenStore.class, tokens);
        context.getRegistry().bind(RATE_BUDGET, new JdbcRateBudget(db, settings.egressGroup().orElse(null), settings.ipQps(),
                settings.ipMargin()));
        context.getRegistry().bind(PLACED_ORDERS, new JdbcPlacedOrderStore(db));
        context.getRegistry().bind(SYNC_STATE, new JdbcCatalogueStateStore(db, settings.syncStateName()));
        JdbcMessageIdRepository webhookIds = new JdbcMessageIdRepository(dataSource, WEBHOOK_PROCESSOR);
        webhookIds.setCreateTableIfNotExists(false); // schema.sql has it: concurrent CREATE TABLE would collide
        context.getRegistry().bind(WEBHOOK_IDS, webhookIds);
        context.addService(webhookIds, true, true);

        CjComponent cj = context.getComponent("cj", CjComponent.class);
        CjTokenStore configured = cj.getConfiguration().getTokenStore();
        if (configured == null) {
            cj.getConfiguration().setTokenStore(tokens);
        } else if (configured != tokens) {
            LOG.warn("camel-cj cluster mode: the cj component already has token store {}; tokens are NOT shared"
                    + " between nodes (remove camel.component.cj.token-store to share them)", configured);
        }

        PostgresClusterService service = new PostgresClusterService(db, settings.nodeId(), settings.leaderCheckInterval());
        context.getRegistry().bind(CLUSTER_SERVICE, service);
        context.addService(service, true, true);
        context.addRoutePolicyFactory(new LeaderRoutePolicyFactory(service, settings.leaderRoutes()));
        LOG.info("camel-cj cluster mode on: {}", settings);
    }

    private static DataSource dataSource(CamelContext context, ClusterSettings settings) {
        if (settings.dataSourceBean().isPresent()) {
            String name = settings.dataSourceBean().get();
            DataSource bound = context.getRegistry().lookupByNameAndType(name, DataSource.class);
            if (bound == null) {
                throw new IllegalArgumentException(ClusterSettings.PREFIX + ".data-source: no DataSource bean named '"
                        + name + "' is bound");
            }
            return bound;
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl().orElseThrow());
        settings.username().ifPresent(config::setUsername);
        settings.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(settings.poolSize());
        config.setPoolName("camel-cj-cluster");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            context.addService(new PoolCloser(pool), true, true);
        } catch (Exception e) {
            pool.close();
            throw new IllegalStateException("cannot tie the cluster database pool to the Camel context", e);
        }
        return pool;
    }

    /** Closes the pool made for {@code jdbc-url} when the context stops. */
    private static final class PoolCloser extends ServiceSupport {
        private final HikariDataSource pool;

        PoolCloser(HikariDataSource pool) {
            this.pool = pool;
        }

        @Override
        protected void doStop() {
            pool.close();
        }
    }
}
