package io.camelcj.routes.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * State kept in memory only. On its own it forgets everything at restart; the sync then rebuilds the product and
 * category fingerprints from the compacted topics (when {@code camel.cj.sync.state.rebuildFromTopic} is on), so
 * only an unfinished run's checkpoint is lost.
 */
public class InMemoryCatalogueStateStore implements CatalogueStateStore {

    private final Map<String, ProductState> products = new ConcurrentHashMap<>();
    private final Map<String, String> categories = new ConcurrentHashMap<>();
    private volatile SyncCheckpoint checkpoint;
    private volatile Instant lastCompletedRunStart;

    @Override
    public Optional<ProductState> product(String pid) {
        return Optional.ofNullable(products.get(pid));
    }

    @Override
    public void putProduct(ProductState state) {
        products.put(state.pid(), state);
    }

    @Override
    public void removeProduct(String pid) {
        products.remove(pid);
    }

    @Override
    public Collection<ProductState> products() {
        return new ArrayList<>(products.values());
    }

    @Override
    public int productCount() {
        return products.size();
    }

    @Override
    public Map<String, String> categories() {
        return new HashMap<>(categories);
    }

    @Override
    public void putCategory(String categoryId, String fingerprint) {
        categories.put(categoryId, fingerprint);
    }

    @Override
    public void removeCategory(String categoryId) {
        categories.remove(categoryId);
    }

    @Override
    public Optional<SyncCheckpoint> checkpoint() {
        return Optional.ofNullable(checkpoint);
    }

    @Override
    public void putCheckpoint(SyncCheckpoint checkpoint) {
        this.checkpoint = checkpoint;
    }

    @Override
    public void clearCheckpoint() {
        this.checkpoint = null;
    }

    @Override
    public Optional<Instant> lastCompletedRunStart() {
        return Optional.ofNullable(lastCompletedRunStart);
    }

    @Override
    public void setLastCompletedRunStart(Instant startedAt) {
        this.lastCompletedRunStart = startedAt;
    }

    @Override
    public void commit() {
        // nothing to make durable
    }

    @Override
    public void close() {
        // nothing to release
    }
}
