package io.camelcj.routes.catalogue;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The sync's memory between runs: per-product fingerprints, per-category fingerprints, the checkpoint of an
 * unfinished run and the start of the last completed one. Changes become durable at {@link #commit()}; the sync
 * commits after each page, only once that page's records were acknowledged by Kafka.
 * <p>
 * Implementations: {@link FileCatalogueStateStore} (default, a local journal file) and
 * {@link InMemoryCatalogueStateStore} (rebuilt from the compacted {@code cj.products} topic at start-up). A shared
 * store (a database table, for instance) plugs in by implementing this interface and binding it as a bean.
 */
public interface CatalogueStateStore extends AutoCloseable {

    Optional<ProductState> product(String pid);

    void putProduct(ProductState state);

    void removeProduct(String pid);

    /** A snapshot of every product's state. */
    Collection<ProductState> products();

    int productCount();

    /** Category id to fingerprint of its last published record. */
    Map<String, String> categories();

    void putCategory(String categoryId, String fingerprint);

    void removeCategory(String categoryId);

    Optional<SyncCheckpoint> checkpoint();

    void putCheckpoint(SyncCheckpoint checkpoint);

    void clearCheckpoint();

    /** Start time of the last run that completed (incremental runs list products from there on). */
    Optional<Instant> lastCompletedRunStart();

    void setLastCompletedRunStart(Instant startedAt);

    /** Makes every change so far durable. */
    void commit();

    /** True when the store knows nothing yet (first run, or state lost): a candidate for rebuilding from Kafka. */
    default boolean isEmpty() {
        return productCount() == 0 && categories().isEmpty() && checkpoint().isEmpty();
    }

    @Override
    void close();
}
