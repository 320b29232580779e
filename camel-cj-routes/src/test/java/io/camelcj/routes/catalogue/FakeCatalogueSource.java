package io.camelcj.routes.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * An in-memory listV2 with CJ's bounds (page ≤ 1000, size ≤ 100) and its filters (third-level category, inclusive
 * price and listing-time ranges, orderBy 2/3 with sort): fast enough to hold more products than one listV2 query can
 * reach. Products are compact rows; details/variants/inventory are synthesised (one variant per product).
 */
final class FakeCatalogueSource implements CatalogueSource {

    record Row(String id, String categoryId, BigDecimal price, long createAt) {
    }

    private final List<Row> rows = new ArrayList<>();
    private boolean sortedByTime;
    private Map<String, String> lastQuery;
    private List<Row> lastMatches;
    final AtomicLong listingCalls = new AtomicLong();

    FakeCatalogueSource add(String categoryId, int count, BigDecimal basePrice, BigDecimal priceStep, long baseTime,
                            long timeStep) {
        for (int i = 0; i < count; i++) {
            rows.add(new Row(categoryId + "-" + i, categoryId, basePrice.add(priceStep.multiply(BigDecimal.valueOf(i
                    % 997))), baseTime + timeStep * i));
        }
        sortedByTime = false;
        lastQuery = null;
        return this;
    }

    int size() {
        return rows.size();
    }

    List<String> ids() {
        return rows.stream().map(Row::id).toList();
    }

    @Override
    public List<Map<String, Object>> categoryTree() {
        List<Map<String, Object>> thirds = rows.stream().map(Row::categoryId).distinct()
                .map(id -> Map.<String, Object>of("categoryId", id, "categoryName", "Category " + id)).toList();
        return List.of(Map.of("categoryFirstName", "All", "categoryFirstList",
                List.of(Map.of("categorySecondName", "All", "categorySecondList", thirds))));
    }

    @Override
    public ListingPage listing(Map<String, String> params, int page, int size) {
        listingCalls.incrementAndGet();
        if (page < 1 || page > 1000 || size < 1 || size > 100) {
            throw new IllegalArgumentException("listV2 refuses page " + page + " size " + size);
        }
        Map<String, String> query = new TreeMap<>(params);
        if (!query.equals(lastQuery)) {
            lastQuery = query;
            lastMatches = matches(params);
        }
        List<Row> matches = lastMatches;
        int from = Math.min((page - 1) * size, matches.size());
        int to = Math.min(from + size, matches.size());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Row r : matches.subList(from, to)) {
            items.add(item(r));
        }
        return new ListingPage(matches.size(), (matches.size() + size - 1) / size, items);
    }

    /** The rows a query selects, in its order (the last query is cached: a walk pages through one query). */
    private List<Row> matches(Map<String, String> params) {
        Predicate<Row> filter = r -> true;
        if (params.containsKey("categoryId")) {
            String c = params.get("categoryId");
            filter = filter.and(r -> r.categoryId().equals(c));
        }
        if (params.containsKey("startSellPrice")) {
            BigDecimal p = new BigDecimal(params.get("startSellPrice"));
            filter = filter.and(r -> r.price().compareTo(p) >= 0);
        }
        if (params.containsKey("endSellPrice")) {
            BigDecimal p = new BigDecimal(params.get("endSellPrice"));
            filter = filter.and(r -> r.price().compareTo(p) <= 0);
        }
        if (params.containsKey("timeStart")) {
            long t = Long.parseLong(params.get("timeStart"));
            filter = filter.and(r -> r.createAt() >= t);
        }
        if (params.containsKey("timeEnd")) {
            long t = Long.parseLong(params.get("timeEnd"));
            filter = filter.and(r -> r.createAt() <= t);
        }
        if (!sortedByTime) {
            rows.sort(Comparator.comparingLong(Row::createAt)); // stable: insertion order within equal times
            sortedByTime = true;
        }
        List<Row> matches = new ArrayList<>(rows.stream().filter(filter).toList());
        boolean asc = "asc".equals(params.get("sort"));
        switch (params.getOrDefault("orderBy", "0")) {
            case "2" -> matches.sort(asc ? Comparator.comparing(Row::price)
                    : Comparator.comparing(Row::price).reversed());
            case "3" -> {
                if (!asc) {
                    Collections.reverse(matches);
                }
            }
            default -> { }
        }
        return matches;
    }

    private static Map<String, Object> item(Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("nameEn", "Product " + r.id());
        m.put("sellPrice", r.price().toPlainString());
        m.put("categoryId", r.categoryId());
        m.put("createAt", r.createAt());
        m.put("listedNum", 7);
        m.put("warehouseInventoryNum", 10);
        return m;
    }

    @Override
    public Optional<Map<String, Object>> product(String pid) {
        return rows.stream().filter(r -> r.id().equals(pid)).findFirst().map(r -> Map.of("pid", r.id(),
                "productNameEn", "Product " + r.id(), "sellPrice", r.price(), "status", "3",
                "variants", List.of(Map.of("vid", r.id() + "-v", "pid", r.id(), "variantSellPrice", r.price()))));
    }

    @Override
    public List<Map<String, Object>> variants(String pid) {
        return List.of(Map.of("vid", pid + "-v", "pid", pid));
    }

    @Override
    public Map<String, Object> inventory(String pid) {
        return Map.of("variantInventories", List.of(Map.of("vid", pid + "-v", "inventory",
                List.of(Map.of("countryCode", "CN", "totalInventory", 10)))));
    }
}
