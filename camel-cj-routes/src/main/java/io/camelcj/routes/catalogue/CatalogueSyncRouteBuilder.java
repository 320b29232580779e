package io.camelcj.routes.catalogue;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled CJ → Kafka catalogue sync, configured only by {@code camel.cj.sync.*} properties (with Camel Main:
 * {@code camel.main.routes-builder-classes=io.camelcj.routes.catalogue.CatalogueSyncRouteBuilder}).
 * <p>
 * Routes: {@value #ROUTE_ID} (quartz cron, full runs), {@value #INCREMENTAL_ROUTE_ID} (optional quartz cron,
 * incremental runs), {@value #STARTUP_ROUTE_ID} (optional single run shortly after start-up) and
 * {@value #WEBHOOK_ROUTE_ID} (optional: webhook messages from Kafka mark products stale). All of them share
 * one {@link CatalogueSync} (bound as {@value #SYNC_BEAN}), so runs never overlap; each runs
 * {@link CatalogueSyncProcessor}.
 */
public class CatalogueSyncRouteBuilder extends RouteBuilder {

    public static final String SYNC_BEAN = "cjCatalogueSync";
    public static final String ROUTE_ID = "cj-catalogue-sync";
    public static final String INCREMENTAL_ROUTE_ID = "cj-catalogue-sync-incremental";
    public static final String STARTUP_ROUTE_ID = "cj-catalogue-sync-startup";
    public static final String WEBHOOK_ROUTE_ID = "cj-catalogue-sync-webhooks";
    public static final String RETRY_ROUTE_ID = "cj-catalogue-sync-retry";
    /** How often the retry route looks whether a failed run is due (at most: retry-after is often longer). */
    private static final long RETRY_CHECK_MS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueSyncRouteBuilder.class);

    @Override
    public void configure() {
        CatalogueSyncConfig config = CatalogueSyncConfig.from(getContext());
        if (!config.enabled()) {
            LOG.info("CJ catalogue sync disabled (camel.cj.sync.enabled=false)");
            return;
        }
        CatalogueSyncProcessor.obtain(getContext()); // fails start-up now, not at the first trigger, if misconfigured
        route(config, quartz("catalogue-full", config.cron(), config.timeZone()), ROUTE_ID, SyncMode.FULL);
        if (config.incrementalCron().isPresent()) {
            route(config, quartz("catalogue-incremental", config.incrementalCron().get(), config.timeZone()),
                    INCREMENTAL_ROUTE_ID, SyncMode.INCREMENTAL);
        }
        if (config.runOnStartup()) {
            route(config, "timer:cj-catalogue-sync-startup?repeatCount=1&delay=" + config.startupDelay().toMillis(),
                    STARTUP_ROUTE_ID, SyncMode.FULL);
        }
        CatalogueSync retrying = CatalogueSyncProcessor.obtain(getContext());
        RouteDefinition retry = from("timer:cj-catalogue-sync-retry?period="
                + Math.min(RETRY_CHECK_MS, Math.max(1, config.retryAfter().toMillis())))
                .routeId(RETRY_ROUTE_ID);
        config.routePolicy().ifPresent(retry::routePolicyRef);
        retry.process(exchange -> retrying.retryIfDue());
        if (!config.webhookTopics().isEmpty()) {
            CatalogueSync sync = CatalogueSyncProcessor.obtain(getContext());
            // a new consumer group starts from the earliest webhook kept: at worst some products are re-fetched once
            RouteDefinition webhooks = from("kafka:" + String.join(",", config.webhookTopics()) + "?groupId="
                    + config.webhookGroupId() + "&autoOffsetReset=earliest"
                    + (config.kafkaOptions().isEmpty() ? "" : "&" + config.kafkaOptions()))
                    .routeId(WEBHOOK_ROUTE_ID);
            config.routePolicy().ifPresent(webhooks::routePolicyRef);
            webhooks.process(exchange -> sync.onWebhook(exchange.getMessage().getBody(String.class)));
        }
    }

    private void route(CatalogueSyncConfig config, String uri, String routeId, SyncMode mode) {
        RouteDefinition route = from(uri).routeId(routeId);
        config.routePolicy().ifPresent(route::routePolicyRef);
        route.setHeader(CatalogueSyncProcessor.MODE_HEADER, constant(mode.name()))
                .process(new CatalogueSyncProcessor());
    }

    /**
     * stateful=true: Quartz never fires this job again while it is still running (no overlapping runs);
     * misfireInstruction=2 (cron "do nothing"): fire times missed during a long run are dropped, not run back to back.
     */
    private static String quartz(String name, String cron, String timeZone) {
        return "quartz:cj-sync/" + name + "?stateful=true&cron=" + cron.trim().replaceAll("\\s+", "+")
                + "&trigger.timeZone=" + timeZone + "&trigger.misfireInstruction=2";
    }
}
