package io.camelcj.routes.catalogue;

import org.apache.camel.support.service.ServiceSupport;

/** Closes the sync's state store (flushing its journal) when the Camel context stops. */
final class StateStoreLifecycle extends ServiceSupport {

    private final CatalogueStateStore store;

    StateStoreLifecycle(CatalogueStateStore store) {
        this.store = store;
    }

    @Override
    protected void doStop() {
        store.close();
    }
}
