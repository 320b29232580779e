package io.camelcj.routes.catalogue;

import java.util.Locale;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Runs the context's catalogue sync for one exchange: the step behind every sync route, usable on its own from any
 * DSL ({@code bean: {beanType: io.camelcj.routes.catalogue.CatalogueSyncProcessor}}). The mode comes from the
 * header {@value #MODE_HEADER} ({@code FULL} when absent). The sync itself is created once per context from the
 * {@code camel.cj.sync.*} properties and bound as {@value CatalogueSyncRouteBuilder#SYNC_BEAN}.
 * <p>
 * The run's summary JSON becomes the body, its status the header {@value #STATUS_HEADER}; a failed run fails the
 * exchange (its checkpoint is kept for the next run).
 */
public class CatalogueSyncProcessor implements Processor {

    /** {@code FULL} or {@code INCREMENTAL}. */
    public static final String MODE_HEADER = "CamelCjSyncMode";
    /** Status of the run ({@link RunStatus}). */
    public static final String STATUS_HEADER = "CamelCjSyncStatus";

    @Override
    public void process(Exchange exchange) {
        String requested = exchange.getMessage().getHeader(MODE_HEADER, "FULL", String.class);
        SyncMode mode;
        try {
            mode = SyncMode.valueOf(requested.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Header " + MODE_HEADER + " must be FULL or INCREMENTAL, got '"
                    + requested + "'", e);
        }
        RunSummary summary = obtain(exchange.getContext()).run(mode);
        exchange.getMessage().setHeader(STATUS_HEADER, summary.status().name());
        exchange.getMessage().setBody(summary.toJson());
        if (summary.status() == RunStatus.FAILED) {
            throw new CatalogueSyncException("Catalogue sync " + summary.counters().runId() + " failed: "
                    + summary.failure());
        }
    }

    /** The context's sync, created from {@code camel.cj.sync.*} and bound on first use. */
    static CatalogueSync obtain(CamelContext context) {
        synchronized (context) {
            CatalogueSync sync = context.getRegistry().lookupByNameAndType(CatalogueSyncRouteBuilder.SYNC_BEAN,
                    CatalogueSync.class);
            if (sync == null) {
                CatalogueSyncConfig config = CatalogueSyncConfig.from(context);
                sync = CatalogueSyncFactory.create(context, config);
                context.getRegistry().bind(CatalogueSyncRouteBuilder.SYNC_BEAN, CatalogueSync.class, sync);
            }
            return sync;
        }
    }
}
