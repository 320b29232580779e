package io.camelcj.routes.catalogue;

import io.camelcj.component.cj.api.CjOperation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CJ calls a catalogue sync needs, as plain data (CJ's own field names). The default implementation goes through
 * the {@code cj:} component ({@link CjCatalogueSource}), so it shares the account's token and rate limiter with every
 * other route; tests can substitute a fake.
 */
public interface CatalogueSource {


    /** {@code product/getCategory}'s data: first-level entries with nested second/third levels. */
    List<Map<String, Object>> categoryTree();

    /** One {@code product/listV2} page with the given filters (plus sorting) and page size. */
    ListingPage listing(Map<String, String> params, int page, int size);

    /**
     * {@code product/query} for one pid, with {@code features=enable_inventory} (its variants then usually carry
     * {@code inventories}); empty when CJ says the product does not exist (any more).
     */
    Optional<Map<String, Object>> product(String pid);

    /** {@code product/variant/query} for one pid. */
    List<Map<String, Object>> variants(String pid);

    /** {@code product/stock/getInventoryByPid}'s data for one pid ({@code inventories}, {@code variantInventories}). */
    Map<String, Object> inventory(String pid);
}
