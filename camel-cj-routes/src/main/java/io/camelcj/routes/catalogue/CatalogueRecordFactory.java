package io.camelcj.routes.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the JSON values of the catalogue topics from CJ data. Each value has a few normalised top-level fields (the
 * stable, documented part: schema {@code cj.<kind>/v1}) and CJ's own object as received, unknown fields included.
 * Nothing here calls CJ or Kafka.
 */
public final class CatalogueRecordFactory {

    public static final String CATEGORY_SCHEMA = "cj.category/v1";
    public static final String PRODUCT_SCHEMA = "cj.product/v1";
    public static final String VARIANT_SCHEMA = "cj.variant/v1";
    public static final String INVENTORY_SCHEMA = "cj.inventory/v1";

    private final ListingFingerprints fingerprints;

    public CatalogueRecordFactory(ListingFingerprints fingerprints) {
        this.fingerprints = fingerprints;
    }

    /** Third-level categories of a {@code product/getCategory} tree, keyed by category id, in tree order. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> categories(List<Map<String, Object>> tree) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map<String, Object> first : tree) {
            String firstName = Values.text(first, "categoryFirstName");
            for (Object secondObj : list(first.get("categoryFirstList"))) {
                Map<String, Object> second = (Map<String, Object>) secondObj;
                String secondName = Values.text(second, "categorySecondName");
                for (Object thirdObj : list(second.get("categorySecondList"))) {
                    Map<String, Object> third = (Map<String, Object>) thirdObj;
                    String id = Values.text(third, "categoryId");
                    if (id == null) {
                        continue;
                    }
                    String name = Values.text(third, "categoryName");
                    Map<String, Object> v = new LinkedHashMap<>();
                    v.put("schema", CATEGORY_SCHEMA);
                    v.put("categoryId", id);
                    v.put("categoryName", name);
                    v.put("level2Name", secondName);
                    v.put("level1Name", firstName);
                    List<String> path = new ArrayList<>();
                    path.add(firstName);
                    path.add(secondName);
                    path.add(name);
                    v.put("path", path);
                    out.put(id, v);
                }
            }
        }
        return out;
    }

    /** The {@code cj.products} value (without the {@code sync} block, which the publisher adds). */
    public Map<String, Object> product(Map<String, Object> listing, Map<String, Object> detail,
                                       List<String> variantIds) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("schema", PRODUCT_SCHEMA);
        v.put("pid", firstText(detail, "pid", listing, "id"));
        v.put("productSku", firstText(detail, "productSku", listing, "sku"));
        v.put("productNameEn", firstText(detail, "productNameEn", listing, "nameEn"));
        v.put("productImage", firstText(detail, "productImage", listing, "bigImage"));
        v.put("categoryId", firstText(detail, "categoryId", listing, "categoryId"));
        v.put("categoryName", firstText(detail, "categoryName", listing, "threeCategoryName"));
        v.put("productType", firstText(detail, "productType", listing, "productType"));
        v.put("status", firstText(detail, "status", listing, "saleStatus"));
        Object price = detail.get("sellPrice") != null ? detail.get("sellPrice") : listing.get("sellPrice");
        v.put("sellPrice", price == null ? null : String.valueOf(price));
        v.put("sellPriceMin", Values.priceLow(price));
        v.put("sellPriceMax", Values.priceHigh(price));
        long createdAt = Values.toLong(listing.get("createAt"), -1);
        v.put("createdAt", createdAt < 0 ? null : Instant.ofEpochMilli(createdAt).toString());
        v.put("variantIds", variantIds);
        v.put("listing", listing == null ? Map.of() : fingerprints.stableListing(listing));
        Map<String, Object> d = new TreeMap<>(detail);
        d.remove("variants");
        v.put("detail", d);
        return v;
    }

    /** The {@code cj.variants} value of one variant (stock left out: it lives on {@code cj.inventory}). */
    public Map<String, Object> variant(String pid, Map<String, Object> raw) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("schema", VARIANT_SCHEMA);
        v.put("vid", Values.text(raw, "vid"));
        v.put("pid", pid);
        v.put("variantSku", Values.text(raw, "variantSku"));
        v.put("variantNameEn", Values.text(raw, "variantNameEn"));
        v.put("variantKey", Values.text(raw, "variantKey"));
        v.put("variantImage", Values.text(raw, "variantImage"));
        v.put("sellPrice", Values.decimal(raw.get("variantSellPrice")));
        v.put("suggestedSellPrice", Values.decimal(raw.get("variantSugSellPrice")));
        v.put("weightGrams", Values.decimal(raw.get("variantWeight")));
        Map<String, Object> d = new TreeMap<>(raw);
        d.remove("inventories");
        v.put("detail", d);
        return v;
    }

    /**
     * The {@code cj.inventory} value of one variant from {@code getInventoryByPid}'s {@code variantInventories}
     * entry (null entry: CJ reported no stock for the variant, published as zero in no warehouse).
     */
    public Map<String, Object> inventory(String pid, String vid, Map<String, Object> variantInventory) {
        List<Map<String, Object>> warehouses = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        if (variantInventory != null) {
            for (Object o : list(variantInventory.get("inventory"))) {
                if (!(o instanceof Map<?, ?> raw)) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> w = (Map<String, Object>) raw;
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("countryCode", Values.text(w, "countryCode"));
                BigDecimal wTotal = number(w, "totalInventory", "totalInventoryNum");
                out.put("totalInventory", wTotal);
                out.put("cjInventory", number(w, "cjInventory", "cjInventoryNum"));
                out.put("factoryInventory", number(w, "factoryInventory", "factoryInventoryNum"));
                out.put("verifiedWarehouse", Values.text(w, "verifiedWarehouse"));
                List<Map<String, Object>> stocks = new ArrayList<>();
                for (Object s : list(w.get("stock"))) {
                    if (s instanceof Map<?, ?> stock) {
                        Map<String, Object> so = new LinkedHashMap<>();
                        so.put("stockId", stock.get("stockId") == null ? null : String.valueOf(stock.get("stockId")));
                        so.put("inventory", Values.decimal(stock.get("inventory")));
                        so.put("factoryInventory", Values.decimal(stock.get("factoryInventory")));
                        stocks.add(so);
                    }
                }
                stocks.sort(Comparator.comparing(s -> String.valueOf(s.get("stockId"))));
                out.put("stocks", stocks);
                warehouses.add(out);
                if (wTotal != null) {
                    total = total.add(wTotal);
                }
            }
        }
        warehouses.sort(Comparator.comparing(w -> String.valueOf(w.get("countryCode"))));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("schema", INVENTORY_SCHEMA);
        v.put("vid", vid);
        v.put("pid", pid);
        v.put("totalInventory", total);
        v.put("warehouses", warehouses);
        return v;
    }

    private static BigDecimal number(Map<String, Object> m, String key, String altKey) {
        Object v = m.get(key) != null ? m.get(key) : m.get(altKey);
        return Values.decimal(v);
    }

    private static String firstText(Map<String, Object> a, String aKey, Map<String, Object> b, String bKey) {
        String v = a == null ? null : Values.text(a, aKey);
        return v != null ? v : (b == null ? null : Values.text(b, bKey));
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
