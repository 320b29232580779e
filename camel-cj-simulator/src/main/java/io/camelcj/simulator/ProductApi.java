package io.camelcj.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/** product/*, warehouse/detail: answered from the generated catalogue. */
final class ProductApi {

    private final SimState state;
    private final Catalogue cat;
    private final SourcingDesk sourcing;

    ProductApi(SimState state) {
        this.state = state;
        this.cat = state.catalogue;
        this.sourcing = new SourcingDesk(state);
    }

    void register(Routes r) {
        r.get("product/getCategory", Envelope.RESULT, 1, req -> cat.categories.tree());
        r.get("product/listV2", Envelope.RESULT, 5, this::listV2);
        r.get("product/globalWarehouseList", Envelope.SUCCESS_200, 1, req -> cat.warehouses.globalList());
        r.get("product/list", Envelope.RESULT, 2, this::list);
        r.get("product/query", Envelope.RESULT, 1, this::query);
        r.json("product/addToMyProduct", "POST", Envelope.RESULT_SUCCESS, this::addToMyProduct);
        r.get("product/myProduct/query", Envelope.RESULT_SUCCESS, 1, this::myProducts);
        r.get("product/variant/query", Envelope.RESULT, 1, this::variants);
        r.get("product/variant/queryByVid", Envelope.RESULT, 1, this::variantByVid);
        r.get("product/stock/queryByVid", Envelope.RESULT, 1, this::stockByVid);
        r.get("product/stock/queryBySku", Envelope.RESULT_SUCCESS, 1, this::stockBySku);
        r.get("product/stock/getInventoryByPid", Envelope.SUCCESS_200_EMPTY_MESSAGE, 1, this::inventoryByPid);
        r.get("product/comments", Envelope.SUCCESS_CODE_0, 1, this::reviews);
        r.get("product/productComments", Envelope.SUCCESS_CODE_0, 1, this::reviews);
        r.json("product/sourcing/create", "POST", Envelope.SUCCESS_CODE_0, sourcing::create);
        r.json("product/sourcing/query", "POST", Envelope.SUCCESS_CODE_0, sourcing::query);
        r.get("warehouse/detail", Envelope.RESULT_SUCCESS, 1, this::warehouseDetail);
    }

    // ---------------------------------------------------------------- listV2

    private Object listV2(ApiRequest r) {
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
        Set<String> features = features(r);
        Predicate<Catalogue.Core> filter = listV2Filter(r, keyWord);
        List<Catalogue.Core> matches = new ArrayList<>();
        for (Catalogue.Core c : cat.cores()) {
            if (!c.delisted && filter.test(c)) {
                matches.add(c);
            }
        }
        sort(matches, listV2SortKey(r.integer("orderBy", 0)), r.str("sort"));
        List<Map<String, Object>> items = new ArrayList<>();
        Set<String> mine = r.account.myProducts;
        int from = (int) Math.min((long) (page - 1) * size, matches.size());
        int to = Math.min(from + size, matches.size());
        for (Catalogue.Core c : matches.subList(from, to)) {
            items.add(cat.listV2Item(c, features.contains("enable_description"), features.contains("enable_category"),
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

    private Predicate<Catalogue.Core> listV2Filter(ApiRequest r, String keyWord) {
        List<Predicate<Catalogue.Core>> all = new ArrayList<>();
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
            all.add(c -> inCategory(c, categoryId));
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
            all.add(c -> cat.productStock(c) >= minStock);
        }
        Long maxStock = r.longValue("endWarehouseInventory");
        if (maxStock != null) {
            all.add(c -> cat.productStock(c) <= maxStock);
        }
        Integer verified = r.integer("verifiedWarehouse", null);
        if (verified != null && verified != 0) {
            all.add(c -> (cat.verifiedStock(c) > 0) == (verified == 1));
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
            for (Predicate<Catalogue.Core> p : all) {
                if (!p.test(c)) {
                    return false;
                }
            }
            return true;
        };
    }

    private boolean inCategory(Catalogue.Core c, String id) {
        Categories.Level3 l3 = cat.category(c);
        return l3.id().equalsIgnoreCase(id) || l3.parent().id().equalsIgnoreCase(id)
                || l3.parent().parent().id().equalsIgnoreCase(id);
    }

    private ToLongFunction<Catalogue.Core> listV2SortKey(int orderBy) {
        return switch (orderBy) {
            case 1 -> c -> c.listedNum;
            case 2 -> c -> c.priceCents;
            case 3 -> c -> c.createAt;
            case 4 -> cat::productStock;
            default -> null; // best match: catalogue order
        };
    }

    private static void sort(List<Catalogue.Core> list, ToLongFunction<Catalogue.Core> key, String direction) {
        if (key == null) {
            return;
        }
        // keys are computed once per product (stock sums are not free), then sorted with the index as tie-break
        record Keyed(Catalogue.Core core, long key) {
        }
        List<Keyed> keyed = new ArrayList<>(list.size());
        for (Catalogue.Core c : list) {
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

    private List<Map<String, Object>> relatedCategories(List<Catalogue.Core> matches) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Catalogue.Core c : matches) {
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

    private static Set<String> features(ApiRequest r) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : r.list("features")) {
            for (String part : f.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- product/list

    private Object list(ApiRequest r) {
        int pageNum = Math.max(1, r.integer("pageNum", 1));
        // "Maximum return of 200 data per page": larger sizes are capped, not rejected.
        int pageSize = Math.min(200, Math.max(1, r.integer("pageSize", 20)));
        List<Predicate<Catalogue.Core>> all = new ArrayList<>();
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
            all.add(c -> (cat.verifiedStock(c) > 0) == (verified == 1));
        }
        Long startInventory = r.longValue("startInventory");
        if (startInventory != null) {
            all.add(c -> cat.productStock(c) >= startInventory);
        }
        Long endInventory = r.longValue("endInventory");
        if (endInventory != null) {
            all.add(c -> cat.productStock(c) <= endInventory);
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
        List<Catalogue.Core> matches = new ArrayList<>();
        outer:
        for (Catalogue.Core c : cat.cores()) {
            if (c.delisted) {
                continue;
            }
            for (Predicate<Catalogue.Core> p : all) {
                if (!p.test(c)) {
                    continue outer;
                }
            }
            matches.add(c);
        }
        String orderBy = r.str("orderBy");
        sort(matches, "listedNum".equals(orderBy) ? c -> c.listedNum : c -> c.createAt, r.str("sort"));
        int fromIndex = (int) Math.min((long) (pageNum - 1) * pageSize, matches.size());
        int toIndex = Math.min(fromIndex + pageSize, matches.size());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Catalogue.Core c : matches.subList(fromIndex, toIndex)) {
            items.add(cat.listItem(c));
        }
        return page(pageNum, pageSize, matches.size(), items, false);
    }

    /** The pageNum/pageSize/total/list paging shape (numbers as strings on the review endpoints). */
    static Map<String, Object> page(int pageNum, int pageSize, int total, List<?> list, boolean stringNumbers) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pageNum", stringNumbers ? String.valueOf(pageNum) : pageNum);
        data.put("pageSize", stringNumbers ? String.valueOf(pageSize) : pageSize);
        data.put("total", stringNumbers ? String.valueOf(total) : total);
        data.put("list", list);
        return data;
    }

    // ---------------------------------------------------------------- details, variants, stock

    private Catalogue.Core productFrom(ApiRequest r) {
        String pid = r.optional("pid", 200);
        String productSku = r.optional("productSku", 200);
        String variantSku = r.optional("variantSku", 200);
        Catalogue.Core c;
        if (pid != null && !pid.isBlank()) {
            c = cat.byPid(pid);
        } else if (productSku != null && !productSku.isBlank()) {
            c = cat.byProductSku(productSku.trim());
        } else if (variantSku != null && !variantSku.isBlank()) {
            Catalogue.VariantRef v = cat.byVariantSku(variantSku.trim());
            c = v == null ? null : v.product();
        } else {
            throw CjError.param("pid, productSku or variantSku can not be empty (choose one)");
        }
        if (c == null || c.delisted) {
            throw new CjError(1602001, "Product not found");
        }
        return c;
    }

    private Object query(ApiRequest r) {
        Catalogue.Core c = productFrom(r);
        Set<String> features = features(r);
        String countryCode = r.optional("countryCode", 2);
        return cat.detail(c, features.contains("enable_inventory"), features.contains("enable_video"),
                countryCode == null || countryCode.isBlank() ? null : countryCode);
    }

    private Object variants(ApiRequest r) {
        Catalogue.Core c = productFrom(r);
        String countryCode = r.optional("countryCode", 2);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int j = 0; j < c.variantCount(); j++) {
            if (countryCode == null || countryCode.isBlank() || cat.hasStockIn(c, j, countryCode)) {
                Map<String, Object> v = cat.variant(c, j, false);
                v.remove("inventories");
                out.add(v);
            }
        }
        return out;
    }

    private Catalogue.VariantRef variantFrom(ApiRequest r) {
        String vid = r.required("vid", 200);
        Catalogue.VariantRef v = cat.byVid(vid);
        if (v == null || v.product().delisted) {
            throw new CjError(1602000, "Variant not found");
        }
        return v;
    }

    private Object variantByVid(ApiRequest r) {
        Catalogue.VariantRef v = variantFrom(r);
        Map<String, Object> m = cat.variant(v.product(), v.j(), features(r).contains("enable_inventory"));
        if (m.get("inventories") == null) {
            m.remove("inventories");
        }
        return m;
    }

    private Object stockByVid(ApiRequest r) {
        Catalogue.VariantRef v = variantFrom(r);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Warehouses.Area a : cat.areas(v.product())) {
            int qty = cat.stock(v.product(), v.j(), a);
            int cj = Catalogue.cjPart(a, qty);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("vid", cat.vid(v.product(), v.j()));
            m.put("areaId", String.valueOf(a.areaId()));
            m.put("areaEn", a.areaEn());
            m.put("countryCode", a.countryCode());
            m.put("storageNum", qty);
            m.put("totalInventoryNum", qty);
            m.put("cjInventoryNum", cj);
            m.put("factoryInventoryNum", qty - cj);
            m.put("stock", List.of(Catalogue.subWarehouse(a, cj, qty - cj)));
            out.add(m);
        }
        return out;
    }

    private Object stockBySku(ApiRequest r) {
        String sku = r.required("sku", 200).trim();
        Catalogue.Core c = cat.byProductSku(sku);
        List<Integer> variants = new ArrayList<>();
        if (c != null) {
            for (int j = 0; j < c.variantCount(); j++) {
                variants.add(j);
            }
        } else {
            Catalogue.VariantRef v = cat.byVariantSku(sku);
            if (v != null) {
                c = v.product();
                variants.add(v.j());
            }
        }
        if (c == null || c.delisted) {
            throw new CjError(1602000, "Variant not found");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Warehouses.Area a : cat.areas(c)) {
            int qty = 0;
            int cj = 0;
            for (int j : variants) {
                int q = cat.stock(c, j, a);
                qty += q;
                cj += Catalogue.cjPart(a, q);
            }
            out.add(areaInventory(a, qty, cj, state.countries.name(a.countryCode())));
        }
        return out;
    }

    private static Map<String, Object> areaInventory(Warehouses.Area a, int qty, int cj, String countryName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("areaEn", a.areaEn());
        m.put("areaId", a.areaId());
        m.put("countryCode", a.countryCode());
        m.put("totalInventoryNum", qty);
        m.put("cjInventoryNum", cj);
        m.put("factoryInventoryNum", qty - cj);
        m.put("countryNameEn", countryName);
        m.put("stock", List.of(Catalogue.subWarehouse(a, cj, qty - cj)));
        return m;
    }

    private Object inventoryByPid(ApiRequest r) {
        String pid = r.required("pid", 40);
        Catalogue.Core c = cat.byPid(pid);
        if (c == null || c.delisted) {
            throw new CjError(1602001, "Product not found");
        }
        List<Map<String, Object>> inventories = new ArrayList<>();
        for (Warehouses.Area a : cat.areas(c)) {
            int qty = 0;
            int cj = 0;
            for (int j = 0; j < c.variantCount(); j++) {
                int q = cat.stock(c, j, a);
                qty += q;
                cj += Catalogue.cjPart(a, q);
            }
            Map<String, Object> m = areaInventory(a, qty, cj, a.areaEn());
            m.remove("stock");
            inventories.add(m);
        }
        List<Map<String, Object>> perVariant = new ArrayList<>();
        for (int j = 0; j < c.variantCount(); j++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("vid", cat.vid(c, j));
            m.put("inventory", cat.variantInventories(c, j));
            perVariant.add(m);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("inventories", inventories);
        data.put("variantInventories", perVariant);
        return data;
    }

    // ---------------------------------------------------------------- reviews, my products, warehouses

    private Object reviews(ApiRequest r) {
        String pid = r.required("pid", 200);
        Catalogue.Core c = cat.byPid(pid);
        if (c == null || c.delisted) {
            throw new CjError(1602001, "Product not found");
        }
        Integer score = r.integer("score", null);
        int pageNum = Math.max(1, r.integer("pageNum", 1));
        int pageSize = Math.max(1, r.integer("pageSize", 20));
        List<Map<String, Object>> all = new ArrayList<>();
        for (int k = 0; k < cat.reviewCount(c); k++) {
            Map<String, Object> review = cat.review(c, k);
            if (score == null || String.valueOf(score).equals(review.get("score"))) {
                all.add(review);
            }
        }
        int from = (int) Math.min((long) (pageNum - 1) * pageSize, all.size());
        int to = Math.min(from + pageSize, all.size());
        return page(pageNum, pageSize, all.size(), all.subList(from, to), true);
    }

    private Object addToMyProduct(ApiRequest r) {
        String productId = r.required("productId", 100);
        Catalogue.Core c = cat.byPid(productId);
        if (c == null || c.delisted) {
            throw new CjError(1602001, "Product not found");
        }
        if (!r.account.myProducts.add(cat.pid(c))) {
            throw new CjError(1600000, "The product has been added to My Products.");
        }
        return true;
    }

    private Object myProducts(ApiRequest r) {
        String keyword = r.optional("keyword", 200);
        String categoryId = r.optional("categoryId", 200);
        int pageNumber = Math.max(1, r.integer("pageNumber", r.integer("pageNum", 1)));
        int pageSize = Math.min(100, Math.max(1, r.integer("pageSize", 10)));
        List<Catalogue.Core> mine = new ArrayList<>();
        for (String pid : r.account.myProducts) {
            Catalogue.Core c = cat.byPid(pid);
            if (c == null || c.delisted) {
                continue;
            }
            if (keyword != null && !keyword.isBlank()) {
                String k = keyword.toLowerCase(Locale.ROOT);
                if (!(cat.nameEn(c) + " " + cat.sku(c)).toLowerCase(Locale.ROOT).contains(k)) {
                    continue;
                }
            }
            if (categoryId != null && !categoryId.isBlank() && !inCategory(c, categoryId)) {
                continue;
            }
            mine.add(c);
        }
        mine.sort(Comparator.comparingInt(c -> c.index));
        int from = (int) Math.min((long) (pageNumber - 1) * pageSize, mine.size());
        int to = Math.min(from + pageSize, mine.size());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Catalogue.Core c : mine.subList(from, to)) {
            items.add(myProductItem(c));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pageSize", pageSize);
        data.put("pageNumber", pageNumber);
        data.put("totalRecords", mine.size());
        data.put("totalPages", (mine.size() + pageSize - 1) / pageSize);
        data.put("content", items);
        return data;
    }

    private Map<String, Object> myProductItem(Catalogue.Core c) {
        Warehouses.Area area = cat.primaryArea(c);
        List<Integer> lengths = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        List<Integer> heights = new ArrayList<>();
        List<Integer> volumes = new ArrayList<>();
        for (int j = 0; j < c.variantCount(); j++) {
            Map<String, Object> v = cat.variant(c, j, false);
            lengths.add((Integer) v.get("variantLength"));
            widths.add((Integer) v.get("variantWidth"));
            heights.add((Integer) v.get("variantHeight"));
            volumes.add((Integer) v.get("variantVolume"));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("productId", cat.pid(c));
        m.put("packWeight", (c.weight + 80) + ".0");
        m.put("weight", c.weight + ".0");
        m.put("productType", c.supplier ? "4" : "0");
        m.put("propertyKeyList", List.of("COMMON"));
        m.put("bigImage", cat.image(c));
        m.put("nameEn", cat.nameEn(c));
        m.put("sku", cat.sku(c));
        m.put("hasPacked", 0);
        m.put("sellPrice", cat.price(c).stripTrailingZeros().toPlainString());
        m.put("discountPrice", null);
        m.put("discountPriceRate", null);
        m.put("defaultArea", area.areaEn());
        m.put("shopMethod", "CJPacket Ordinary");
        m.put("trialFreight", "0");
        m.put("totalPrice", cat.price(c).toPlainString());
        m.put("listedShopNum", "0");
        m.put("vid", cat.vid(c, 0));
        m.put("areaId", String.valueOf(area.areaId()));
        m.put("areaCountryCode", area.countryCode());
        m.put("freightDiscount", "0");
        m.put("createAt", c.createAt);
        m.put("lengthList", lengths);
        m.put("heightList", heights);
        m.put("widthList", widths);
        m.put("volumeList", volumes);
        m.put("hasVirPacked", 1);
        return m;
    }

    private Object warehouseDetail(ApiRequest r) {
        String id = r.required("id", 200);
        Warehouses.Area a = cat.warehouses.byStorageId(id.trim());
        if (a == null) {
            throw new CjError(1608001, "Warehouse info not found");
        }
        return cat.warehouses.detail(a);
    }
}
