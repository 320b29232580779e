package io.camelcj.routes.catalogue;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.camelcj.routes.support.CanonicalJson;

/**
 * Fingerprints computed from a listV2 item alone, so that an unchanged product costs no call beyond its share of a
 * listing page.
 * <p>
 * The <em>listing hash</em> covers every field except those that move without the product changing: how often it
 * was listed, stock totals, per-account flags ({@code isCollect}, {@code myProduct}), advertising and recommendation
 * marks. Unknown fields CJ adds later are included (kept, not dropped), so a new field makes every product look
 * changed once. The <em>stock hash</em> covers only the stock fields listV2 carries; it drives inventory refreshes.
 */
public final class ListingFingerprints {

    /** Stock totals (and any per-warehouse/variant stock text) listV2 may carry. */
    public static final List<String> STOCK_FIELDS = List.of("warehouseInventoryNum", "totalVerifiedInventory",
            "totalUnVerifiedInventory", "verifiedWarehouse", "inventoryInfo", "variantInventories");

    /** Fields that change without the product changing; left out of the listing hash and of published records. */
    public static final Set<String> VOLATILE_FIELDS = Set.of("listedNum", "listingCount", "isCollect", "myProduct",
            "setRecommendedTime", "zoneRecommendJson", "isAd", "activityId", "syncListedProductStatus", "isList",
            "pointsInfo", "warehouseInventoryNum", "totalVerifiedInventory", "totalUnVerifiedInventory",
            "verifiedWarehouse", "inventoryInfo", "variantInventories");

    private final Set<String> ignored;

    public ListingFingerprints(Collection<String> extraIgnoredFields) {
        Set<String> all = new HashSet<>(VOLATILE_FIELDS);
        all.addAll(extraIgnoredFields);
        this.ignored = Set.copyOf(all);
    }

    /** The listing item without volatile fields: what is hashed and what {@code cj.products} carries as listing. */
    public Map<String, Object> stableListing(Map<String, Object> item) {
        Map<String, Object> stable = new TreeMap<>();
        item.forEach((k, v) -> {
            if (!ignored.contains(k)) {
                stable.put(k, v);
            }
        });
        return stable;
    }

    public String listingHash(Map<String, Object> item) {
        return CanonicalJson.sha256(stableListing(item));
    }

    public String stockHash(Map<String, Object> item) {
        Map<String, Object> stock = new LinkedHashMap<>();
        for (String f : STOCK_FIELDS) {
            if (item.containsKey(f)) {
                stock.put(f, item.get(f));
            }
        }
        return CanonicalJson.sha256(stock);
    }
}
