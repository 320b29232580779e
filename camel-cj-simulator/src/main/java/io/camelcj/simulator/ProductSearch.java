package io.camelcj.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/** The catalogue searches: product/listV2 and product/list, their filters, sort orders and pages. */
final class ProductSearch {

    private final SimState state;
    private final Catalogue cat;
    private final Map<String, PresortedView> presorted = new ConcurrentHashMap<>();

    ProductSearch(SimState state) {
        this.state = state;
        this.cat = state.catalogue;
    }

    // ---------------------------------------------------------------- listV2

    Object listV2(ApiRequest r) {
        int page = r.integer("page", 1);
        int size = r.integer("size", 10);
        // The reference: "page minimum value 1, maximum value 1000; size minimum value 1, maximum value 100".
        if (page < 1 || page > 1000) {
            throw CjError.param("page must be between 1 and 1000");
        }
        if (size < 1 || size > 100) {
            throw CjError.param("size must be between 1 and 100");
        }
        String keyWord = r.optional("keyWord", 200);
        Set<String> features = r.features();
        Predicate<ProductCore> filter = listV2Filter(r, keyWord);
        int orderBy = r.integer("orderBy", 0);
        String direction = r.str("sort");
        List<ProductCore> presorted = presorted(orderBy, direction, r.optional("categoryId", 200));
        List<ProductCore> matches = new ArrayList<>();
        for (ProductCore c : presorted != null ? presorted : cat.cores()) {
            if (!c.delisted && filter.test(c)) {
                matches.add(c);
            }
        }
        if (presorted == null) {
            sort(matches, listV2SortKey(orderBy), direction);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        Set<String> mine = r.account.myProducts;
        for (ProductCore c : Paging.slice(matches, page, size)) {
            items.add(cat.json.listV2Item(c, features.contains("enable_description"), features.contains("enable_category"),
                    features.contains("enable_video"), mine.contains(cat.pid(c))));
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("productList", items);
        content.put("relatedCategoryList", keyWord == null ? List.of() : relatedCategories(matches));
        content.put("keyWord", keyWord);
        content.put("keyWordOld", keyWord);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pageSize", size);
        data.put("pageNumber", page);
        data.put("totalRecords", matches.size());
        data.put("totalPages", (matches.size() + size - 1) / size);
        data.put("content", List.of(content));
        return data;
    }

    private Predicate<ProductCore> listV2Filter(ApiRequest r, String keyWord) {
        List<Predicate<ProductCore>> all = new ArrayList<>();
        if (keyWord != null && !keyWord.isBlank()) {
            String[] tokens = keyWord.toLowerCase(Locale.ROOT).trim().split("\\s+");
            all.add(c -> {
                String text = cat.searchText(c);
                for (String t : tokens) {
                    if (!text.contains(t)) {
                        return false;
                    }
                }
                return true;
            });
        }
        String categoryId = r.optional("categoryId", 200);
        if (categoryId != null && !categoryId.isBlank()) {
            // listV2: "Filter products by third level category ID" (a first- or second-level id matches nothing)
            all.add(c -> cat.category(c).id().equalsIgnoreCase(categoryId.trim()));
        }
        List<String> lv2 = r.list("lv2categoryList");
        if (!lv2.isEmpty()) {
            all.add(c -> lv2.stream().anyMatch(id -> cat.category(c).parent().id().equalsIgnoreCase(id)));
        }
        List<String> lv3 = r.list("lv3categoryList");
        if (!lv3.isEmpty()) {
            all.add(c -> lv3.stream().anyMatch(id -> cat.category(c).id().equalsIgnoreCase(id)));
        }
        String countryCode = r.optional("countryCode", 200);
        if (countryCode != null && !countryCode.isBlank()) {
            all.add(c -> cat.productHasStockIn(c, countryCode.trim()));
        }
        BigDecimal start = r.decimal("startSellPrice");
        if (start != null) {
            all.add(c -> cat.price(c).compareTo(start) >= 0);
        }
        BigDecimal end = r.decimal("endSellPrice");
        if (end != null) {
            all.add(c -> cat.price(c).compareTo(end) <= 0);
        }
        Integer addMark = r.integer("addMarkStatus", null);
        if (addMark != null) {
            all.add(c -> c.freeShipping == (addMark == 1));
        }
        Integer productType = r.integer("productType", null);
        if (productType != null) {
            all.add(c -> switch (productType) {
                case 4 -> c.supplier;
                case 10 -> c.video;
                case 11 -> !c.video;
                default -> true;
            });
        }
        Integer flag = r.integer("productFlag", null);
        if (flag != null) {
            long newSince = state.clock.now().toEpochMilli() - 30L * 86_400_000L;
            all.add(c -> switch (flag) {
                case 0 -> c.listedNum >= 1000;
                case 1 -> c.createAt >= newSince;
                case 2 -> c.video;
                case 3 -> c.listedNum < 10;
                default -> true;
            });
        }
        Long minStock = r.longValue("startWarehouseInventory");
        if (minStock != null) {
            all.add(c -> cat.inventory.productStock(c) >= minStock);
        }
        Long maxStock = r.longValue("endWarehouseInventory");
        if (maxStock != null) {
            all.add(c -> cat.inventory.productStock(c) <= maxStock);
        }
        Integer verified = r.integer("verifiedWarehouse", null);
        if (verified != null && verified != 0) {
            all.add(c -> (cat.inventory.verifiedStock(c) > 0) == (verified == 1));
        }
        Long timeStart = r.longValue("timeStart");
        if (timeStart != null) {
            all.add(c -> c.createAt >= timeStart);
        }
        Long timeEnd = r.longValue("timeEnd");
        if (timeEnd != null) {
            all.add(c -> c.createAt <= timeEnd);
        }
        if ("true".equalsIgnoreCase(r.str("isWarehouse"))) {
            all.add(c -> (c.whMask & ~1) != 0);
        }
        Integer customization = r.integer("customization", null);
        if (customization != null) {
            all.add(c -> c.customization == customization);
        }
        String supplierId = r.optional("supplierId", 200);
        if (supplierId != null && !supplierId.isBlank()) {
            all.add(c -> c.supplier && ("SUP" + (c.index % 50)).equals(supplierId));
        }
        return c -> {
            for (Predicate<ProductCore> p : all) {
                if (!p.test(c)) {
                    return false;
                }
            }
            return true;
        };
    }

    boolean inCategory(ProductCore c, String id) {
        Categories.Level3 l3 = cat.category(c);
        return l3.id().equalsIgnoreCase(id) || l3.parent().id().equalsIgnoreCase(id)
                || l3.parent().parent().id().equalsIgnoreCase(id);
    }

    private ToLongFunction<ProductCore> listV2SortKey(int orderBy) {
        return switch (orderBy) {
            case 1 -> c -> c.listedNum;
            case 2 -> c -> c.priceCents;
            case 3 -> c -> c.createAt;
            case 4 -> cat.inventory::productStock;
            default -> null; // best match: catalogue order
        };
    }

    /**
     * The candidates of a listV2 query in the order of {@code orderBy} when its key never changes (listed count,
     * create time): the whole catalogue, or with a {@code categoryId} only that category's products, sorted once and
     * kept until products are added; null for the other orders. Filtering this list gives exactly what sorting the
     * matches would (the order is total: the index breaks ties), without sorting or scanning up to a million products
     * on every page of a walk.
     */
    private List<ProductCore> presorted(int orderBy, String direction, String categoryId) {
        if (orderBy != 1 && orderBy != 3) {
            return null;
        }
        String key = orderBy + ("asc".equalsIgnoreCase(direction) ? "asc" : "desc");
        List<ProductCore> all = cat.cores();
        PresortedView view = presorted.get(key);
        if (view == null || view.size() != all.size()) {
            List<ProductCore> order = new ArrayList<>(all);
            sort(order, listV2SortKey(orderBy), direction);
            Map<String, List<ProductCore>> byCategory = new HashMap<>();
            for (ProductCore c : order) {
                byCategory.computeIfAbsent(categoryKey(cat.category(c).id()), k -> new ArrayList<>()).add(c);
            }
            view = new PresortedView(order.size(), List.copyOf(order), byCategory);
            presorted.put(key, view);
        }
        if (categoryId == null || categoryId.isBlank()) {
            return view.order();
        }
        return view.byCategory().getOrDefault(categoryKey(categoryId.trim()), List.of());
    }

    /** listV2 matches categoryId ignoring case. */
    private static String categoryKey(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    private record PresortedView(int size, List<ProductCore> order, Map<String, List<ProductCore>> byCategory) {
    }

    private static void sort(List<ProductCore> list, ToLongFunction<ProductCore> key, String direction) {
        if (key == null) {
            return;
        }
        // keys are computed once per product (stock sums are not free), then sorted with the index as tie-break
        record Keyed(ProductCore core, long key) {
        }
        List<Keyed> keyed = new ArrayList<>(list.size());
        for (ProductCore c : list) {
            keyed.add(new Keyed(c, key.applyAsLong(c)));
        }
        Comparator<Keyed> cmp = Comparator.comparingLong(Keyed::key);
        if (!"asc".equalsIgnoreCase(direction)) {
            cmp = cmp.reversed();
        }
        keyed.sort(cmp.thenComparingInt(k -> k.core().index));
        list.clear();
        keyed.forEach(k -> list.add(k.core()));
    }

    private List<Map<String, Object>> relatedCategories(List<ProductCore> matches) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (ProductCore c : matches) {
            Categories.Level3 l3 = cat.category(c);
            out.computeIfAbsent(l3.id(), id -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("categoryId", id);
                m.put("categoryName", l3.name());
                return m;
            });
            if (out.size() >= 5) {
                break;
            }
        }
        return new ArrayList<>(out.values());
    }


    // ---------------------------------------------------------------- product/list

    Object list(ApiRequest r) {
        int pageNum = Math.max(1, r.integer("pageNum", 1));
        // "Maximum return of 200 data per page": larger sizes are capped, not rejected.
        int pageSize = Math.min(200, Math.max(1, r.integer("pageSize", 20)));
        List<Predicate<ProductCore>> all = new ArrayList<>();
        String categoryId = r.optional("categoryId", 200);
        if (categoryId != null && !categoryId.isBlank()) {
            all.add(c -> inCategory(c, categoryId));
        }
        String pid = r.optional("pid", 200);
        if (pid != null && !pid.isBlank()) {
            all.add(c -> cat.pid(c).equalsIgnoreCase(pid.trim()));
        }
        String productSku = r.optional("productSku", 200);
        if (productSku != null && !productSku.isBlank()) {
            all.add(c -> cat.sku(c).equalsIgnoreCase(productSku.trim()));
        }
        String productName = r.optional("productName", 200);
        if (productName != null && !productName.isBlank()) {
            all.add(c -> cat.nameCn(c).contains(productName.trim()));
        }
        String productNameEn = r.optional("productNameEn", 200);
        if (productNameEn != null && !productNameEn.isBlank()) {
            String needle = productNameEn.trim().toLowerCase(Locale.ROOT);
            all.add(c -> cat.nameEn(c).toLowerCase(Locale.ROOT).contains(needle));
        }
        String productType = r.optional("productType", 200);
        if (productType != null && !productType.isBlank()) {
            all.add(c -> (c.supplier ? "SUPPLIER_PRODUCT" : "ORDINARY_PRODUCT").equalsIgnoreCase(productType.trim()));
        }
        String countryCode = r.optional("countryCode", 200);
        if (countryCode != null && !countryCode.isBlank()) {
            all.add(c -> cat.productHasStockIn(c, countryCode.trim()));
        }
        Integer deliveryTime = r.integer("deliveryTime", null);
        if (deliveryTime != null) {
            // products stocked outside China ship within 48 hours, the others later than 72
            all.add(c -> (c.whMask & ~1) != 0 && deliveryTime >= 48);
        }
        Integer verified = r.integer("verifiedWarehouse", null);
        if (verified != null) {
            all.add(c -> (cat.inventory.verifiedStock(c) > 0) == (verified == 1));
        }
        Long startInventory = r.longValue("startInventory");
        if (startInventory != null) {
            all.add(c -> cat.inventory.productStock(c) >= startInventory);
        }
        Long endInventory = r.longValue("endInventory");
        if (endInventory != null) {
            all.add(c -> cat.inventory.productStock(c) <= endInventory);
        }
        Long from = OrderStore.parseCnTime(r.optional("createTimeFrom", 200), "createTimeFrom");
        if (from != null) {
            all.add(c -> c.createAt >= from);
        }
        Long to = OrderStore.parseCnTime(r.optional("createTimeTo", 200), "createTimeTo");
        if (to != null) {
            all.add(c -> c.createAt <= to);
        }
        BigDecimal minPrice = r.decimal("minPrice");
        if (minPrice != null) {
            all.add(c -> cat.price(c).compareTo(minPrice) >= 0);
        }
        BigDecimal maxPrice = r.decimal("maxPrice");
        if (maxPrice != null) {
            all.add(c -> cat.price(c).compareTo(maxPrice) <= 0);
        }
        Long minListed = r.longValue("minListedNum");
        if (minListed != null) {
            all.add(c -> c.listedNum >= minListed);
        }
        Long maxListed = r.longValue("maxListedNum");
        if (maxListed != null) {
            all.add(c -> c.listedNum <= maxListed);
        }
        Integer freeShipping = r.integer("isFreeShipping", null);
        if (freeShipping != null) {
            all.add(c -> c.freeShipping == (freeShipping == 1));
        }
        Integer selfPickup = r.integer("isSelfPickup", null);
        if (selfPickup != null) {
            all.add(c -> ((c.whMask & 2) != 0) == (selfPickup == 1));
        }
        String supplierId = r.optional("supplierId", 40);
        if (supplierId != null && !supplierId.isBlank()) {
            all.add(c -> c.supplier && ("SUP" + (c.index % 50)).equals(supplierId));
        }
        Integer customization = r.integer("customizationVersion", null);
        if (customization != null) {
            all.add(c -> c.customization == customization);
        }
        Integer searchType = r.integer("searchType", 0);
        if (searchType == 2 || searchType == 21) {
            all.add(c -> c.listedNum >= 1000);
        }
        List<ProductCore> matches = new ArrayList<>();
        outer:
        for (ProductCore c : cat.cores()) {
            if (c.delisted) {
                continue;
            }
            for (Predicate<ProductCore> p : all) {
                if (!p.test(c)) {
                    continue outer;
                }
            }
            matches.add(c);
        }
        String orderBy = r.str("orderBy");
        sort(matches, "listedNum".equals(orderBy) ? c -> c.listedNum : c -> c.createAt, r.str("sort"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (ProductCore c : Paging.slice(matches, pageNum, pageSize)) {
            items.add(cat.json.listItem(c));
        }
        return Paging.page(pageNum, pageSize, matches.size(), items, false);
    }
}
