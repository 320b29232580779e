package io.camelcj.routes.catalogue;

import io.camelcj.routes.support.RouteProperties;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled CJ → Kafka catalogue sync, configured only by {@code camel.cj.sync.*} properties (with Camel Main:
 * {@code camel.main.routes-builder-classes=io.camelcj.routes.catalogue.CatalogueSyncRouteBuilder}).
 * <p>
 * Routes: {@value #ROUTE_ID} (quartz cron, full runs), {@value #INCREMENTAL_ROUTE_ID} (optional quartz cron,
 * incremental runs) and {@value #STARTUP_ROUTE_ID} (optional single run shortly after start-up). All of them share
 * one {@link CatalogueSync} (bound as {@value #SYNC_BEAN}), so runs never overlap; a run's {@link RunSummary} JSON is
 * the exchange body and a failed run fails the exchange.
 */
public class CatalogueSyncRouteBuilder extends RouteBuilder {

    public static final String SYNC_BEAN = "cjCatalogueSync";
    public static final String ROUTE_ID = "cj-catalogue-sync";
    public static final String INCREMENTAL_ROUTE_ID = "cj-catalogue-sync-incremental";
    public static final String STARTUP_ROUTE_ID = "cj-catalogue-sync-startup";
    /** Header with the run's status on the exchange that ran it. */
    public static final String STATUS_HEADER = "CamelCjSyncStatus";

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueSyncRouteBuilder.class);

    @Override
    public void configure() {
        CatalogueSyncConfig config = CatalogueSyncConfig.from(
                RouteProperties.of(getContext(), CatalogueSyncConfig.PREFIX));
        if (!config.enabled()) {
            LOG.info("CJ catalogue sync disabled (camel.cj.sync.enabled=false)");
            return;
        }
        CatalogueSync sync = getContext().getRegistry().lookupByNameAndType(SYNC_BEAN, CatalogueSync.class);
        if (sync == null) {
            sync = CatalogueSyncFactory.create(getContext(), config);
            getContext().getRegistry().bind(SYNC_BEAN, CatalogueSync.class, sync);
        }
        CatalogueSync s = sync;
        from(quartz("catalogue-full", config.cron(), config.timeZone()))
                .routeId(ROUTE_ID)
                .process(exchange -> runInto(exchange, s, SyncMode.FULL));
        config.incrementalCron().ifPresent(cron -> from(quartz("catalogue-incremental", cron, config.timeZone()))
                .routeId(INCREMENTAL_ROUTE_ID)
                .process(exchange -> runInto(exchange, s, SyncMode.INCREMENTAL)));
        if (config.runOnStartup()) {
            from("timer:cj-catalogue-sync-startup?repeatCount=1&delay=" + config.startupDelay().toMillis())
                    .routeId(STARTUP_ROUTE_ID)
                    .process(exchange -> runInto(exchange, s, SyncMode.FULL));
        }
    }

    /** stateful=true: Quartz never fires this job again while it is still running (no overlapping runs). */
    private static String quartz(String name, String cron, String timeZone) {
        return "quartz:cj-sync/" + name + "?stateful=true&cron=" + cron.trim().replaceAll("\\s+", "+")
                + "&trigger.timeZone=" + timeZone;
    }

    private static void runInto(Exchange exchange, CatalogueSync sync, SyncMode mode) {
        RunSummary summary = sync.run(mode);
        exchange.getMessage().setHeader(STATUS_HEADER, summary.status().name());
        exchange.getMessage().setBody(summary.toJson());
        if (summary.status() == RunStatus.FAILED) {
            throw new CatalogueSyncException("Catalogue sync " + summary.counters().runId() + " failed: "
                    + summary.failure());
        }
    }
}
