package io.camelcj.routes.catalogue;

import javax.management.ObjectName;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ManagementAgent;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ties a {@link CatalogueSync} to its Camel context: registers the statistics over JMX once management is up, and
 * closes the state store (flushing its journal) when the context stops.
 */
final class CatalogueSyncLifecycle extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueSyncLifecycle.class);

    private final CamelContext context;
    private final CatalogueSync sync;
    private ObjectName registered;

    CatalogueSyncLifecycle(CamelContext context, CatalogueSync sync) {
        this.context = context;
        this.sync = sync;
    }

    @Override
    protected void doStart() {
        ManagementAgent agent = context.getManagementStrategy().getManagementAgent();
        if (agent == null) {
            return; // JMX off: the statistics stay available from CatalogueSync.stats()
        }
        String contextName = context.getManagementName() != null ? context.getManagementName() : context.getName();
        if (!contextName.matches("[A-Za-z0-9_.-]+")) {
            contextName = ObjectName.quote(contextName);
        }
        try {
            ObjectName name = new ObjectName(agent.getMBeanObjectDomainName() + ":context=" + contextName
                    + ",type=services,name=CjCatalogueSync");
            agent.register(sync.stats(), name, true);
            registered = name;
        } catch (Exception e) {
            LOG.warn("Catalogue sync statistics not registered over JMX: {}", e.getMessage());
        }
    }

    @Override
    protected void doStop() {
        try {
            ManagementAgent agent = context.getManagementStrategy().getManagementAgent();
            if (registered != null && agent != null) {
                agent.unregister(registered);
            }
        } catch (Exception e) {
            LOG.debug("Could not unregister {}: {}", registered, e.getMessage());
        } finally {
            registered = null;
            sync.store().close();
        }
    }
}
