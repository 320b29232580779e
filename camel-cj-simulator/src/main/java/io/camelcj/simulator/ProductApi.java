package io.camelcj.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** product/*, warehouse/detail: answered from the generated catalogue. */
final class ProductApi {

    private final SimState state;
    private final Catalogue cat;
    private final SourcingDesk sourcing;
    private final ProductSearch search;

    ProductApi(SimState state, Events events) {
        this.state = state;
        this.cat = state.catalogue;
        this.sourcing = new SourcingDesk(state, events);
        this.search = new ProductSearch(state);
    }

    void register(Routes r) {
        r.get("product/getCategory", Envelope.RESULT, 1, req -> cat.categories.tree());
        r.get("product/listV2", Envelope.RESULT, 5, search::listV2);
        r.get("product/globalWarehouseList", Envelope.SUCCESS_200, 1, req -> cat.warehouses.globalList());
        r.get("product/list", Envelope.RESULT, 2, search::list);
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
        // seen in CJ's own client (CJ-dropshipping/api-mcp), not in the reference: POST {imageUrl}
        r.json("product/queryProductsByImage", "POST", Envelope.RESULT, this::byImage);
    }

    // ---------------------------------------------------------------- details, variants, stock

    private ProductCore productFrom(ApiRequest r) {
        String pid = r.optional("pid", 200);
        String productSku = r.optional("productSku", 200);
        String variantSku = r.optional("variantSku", 200);
        ProductCore c;
        if (pid != null && !pid.isBlank()) {
            c = cat.byPid(pid);
        } else if (productSku != null && !productSku.isBlank()) {
            c = cat.byProductSku(productSku.trim());
        } else if (variantSku != null && !variantSku.isBlank()) {
            Catalogue.VariantRef v = cat.byVariantSku(variantSku.trim());
            c = v == null ? null : v.product();
        } else {
            throw CjError.empty("pid, productSku or variantSku (choose one)");
        }
        if (c == null || c.delisted) {
            throw new CjError(1602001, "Product not found");
        }
        return c;
    }

    private Object query(ApiRequest r) {
        ProductCore c = productFrom(r);
        Set<String> features = r.features();
        String countryCode = r.optional("countryCode", 2);
        return cat.json.detail(c, features.contains("enable_inventory"), features.contains("enable_video"),
                countryCode == null || countryCode.isBlank() ? null : countryCode);
    }

    private Object variants(ApiRequest r) {
        ProductCore c = productFrom(r);
        String countryCode = r.optional("countryCode", 2);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int j = 0; j < c.variantCount(); j++) {
            if (countryCode == null || countryCode.isBlank() || cat.hasStockIn(c, j, countryCode)) {
                Map<String, Object> v = cat.json.variant(c, j, false);
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
        Map<String, Object> m = cat.json.variant(v.product(), v.j(), r.features().contains("enable_inventory"));
        if (m.get("inventories") == null) {
            m.remove("inventories");
        }
        return m;
    }

    private Object stockByVid(ApiRequest r) {
        Catalogue.VariantRef v = variantFrom(r);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Warehouses.Area a : cat.areas(v.product())) {
            int qty = cat.inventory.stock(v.product(), v.j(), a);
            int cj = CatalogueStock.cjPart(a, qty);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("vid", cat.vid(v.product(), v.j()));
            m.put("areaId", String.valueOf(a.areaId()));
            m.put("areaEn", a.areaEn());
            m.put("countryCode", a.countryCode());
            m.put("storageNum", qty);
            m.put("totalInventoryNum", qty);
            m.put("cjInventoryNum", cj);
            m.put("factoryInventoryNum", qty - cj);
            m.put("stock", List.of(CatalogueJson.subWarehouse(a, cj, qty - cj)));
            out.add(m);
        }
        return out;
    }

    private Object stockBySku(ApiRequest r) {
        String sku = r.required("sku", 200).trim();
        ProductCore c = cat.byProductSku(sku);
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
                int q = cat.inventory.stock(c, j, a);
                qty += q;
                cj += CatalogueStock.cjPart(a, q);
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
        m.put("stock", List.of(CatalogueJson.subWarehouse(a, cj, qty - cj)));
        return m;
    }

    private Object inventoryByPid(ApiRequest r) {
        String pid = r.required("pid", 40);
        ProductCore c = cat.byPid(pid);
        if (c == null || c.delisted) {
            throw new CjError(1602001, "Product not found");
        }
        List<Map<String, Object>> inventories = new ArrayList<>();
        for (Warehouses.Area a : cat.areas(c)) {
            int qty = 0;
            int cj = 0;
            for (int j = 0; j < c.variantCount(); j++) {
                int q = cat.inventory.stock(c, j, a);
                qty += q;
                cj += CatalogueStock.cjPart(a, q);
            }
            Map<String, Object> m = areaInventory(a, qty, cj, a.areaEn());
            m.remove("stock");
            inventories.add(m);
        }
        List<Map<String, Object>> perVariant = new ArrayList<>();
        for (int j = 0; j < c.variantCount(); j++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("vid", cat.vid(c, j));
            m.put("inventory", cat.json.variantInventories(c, j));
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
        ProductCore c = cat.byPid(pid);
        if (c == null || c.delisted) {
            throw new CjError(1602001, "Product not found");
        }
        Integer score = r.integer("score", null);
        int pageNum = Math.max(1, r.integer("pageNum", 1));
        int pageSize = Math.max(1, r.integer("pageSize", 20));
        List<Map<String, Object>> all = new ArrayList<>();
        for (int k = 0; k < cat.reviewCount(c); k++) {
            Map<String, Object> review = cat.json.review(c, k);
            if (score == null || String.valueOf(score).equals(review.get("score"))) {
                all.add(review);
            }
        }
        return Paging.page(pageNum, pageSize, all.size(), Paging.slice(all, pageNum, pageSize), true);
    }

    private Object addToMyProduct(ApiRequest r) {
        String productId = r.required("productId", 100);
        ProductCore c = cat.byPid(productId);
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
        Long startAt = time(r, "startAt");
        Long endAt = time(r, "endAt");
        Integer isListed = r.integer("isListed", null);
        Integer visiable = r.integer("visiable", null); // sic: the reference's spelling
        Integer hasPacked = r.integer("hasPacked", null);
        Integer hasVirPacked = r.integer("hasVirPacked", null);
        // the reference lists no paging parameters; the answer pages by pageNumber/pageSize (default 10)
        int pageNumber = Math.max(1, r.integer("pageNumber", r.integer("pageNum", 1)));
        int pageSize = Math.min(100, Math.max(1, r.integer("pageSize", 10)));
        List<ProductCore> mine = new ArrayList<>();
        for (String pid : r.account.myProducts) {
            ProductCore c = cat.byPid(pid);
            if (c == null || c.delisted) {
                continue;
            }
            if (keyword != null && !keyword.isBlank()) {
                String k = keyword.toLowerCase(Locale.ROOT);
                if (!(cat.nameEn(c) + " " + cat.sku(c)).toLowerCase(Locale.ROOT).contains(k)) {
                    continue;
                }
            }
            if (categoryId != null && !categoryId.isBlank() && !search.inCategory(c, categoryId)) {
                continue;
            }
            if ((startAt != null && c.createAt < startAt) || (endAt != null && c.createAt > endAt)) {
                continue;
            }
            // every simulated "my product" is unlisted, visible, not packed and virtually packed (as myProductItem says)
            if ((isListed != null && isListed != 0) || (visiable != null && visiable != 1)
                    || (hasPacked != null && hasPacked != 0) || (hasVirPacked != null && hasVirPacked != 1)) {
                continue;
            }
            mine.add(c);
        }
        mine.sort(Comparator.comparingInt(c -> c.index));
        List<Map<String, Object>> items = new ArrayList<>();
        for (ProductCore c : Paging.slice(mine, pageNumber, pageSize)) {
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

    /** startAt/endAt: the reference says "string"; epoch milliseconds or "yyyy-MM-dd HH:mm:ss" (China time). */
    private static Long time(ApiRequest r, String name) {
        String v = r.optional(name, 200);
        if (v == null || v.isBlank()) {
            return null;
        }
        return v.trim().chars().allMatch(Character::isDigit) ? Long.valueOf(v.trim()) : OrderStore.parseCnTime(v, name);
    }

    private Map<String, Object> myProductItem(ProductCore c) {
        Warehouses.Area area = cat.primaryArea(c);
        List<Integer> lengths = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        List<Integer> heights = new ArrayList<>();
        List<Integer> volumes = new ArrayList<>();
        for (int j = 0; j < c.variantCount(); j++) {
            Map<String, Object> v = cat.json.variant(c, j, false);
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

    /**
     * Image search: a catalogue image finds its own product first; any other picture finds a stable selection of
     * up to 10 products (derived from the URL), in listV2's item shape.
     */
    private Object byImage(ApiRequest r) {
        String url = r.required("imageUrl", 1000).trim();
        if (!url.toLowerCase(Locale.ROOT).startsWith("http://") && !url.toLowerCase(Locale.ROOT).startsWith("https://")) {
            throw CjError.param("imageUrl must be an http(s) URL: " + url);
        }
        List<ProductCore> live = cat.cores().stream().filter(c -> !c.delisted).toList();
        List<ProductCore> hits = new ArrayList<>();
        live.stream().filter(c -> cat.image(c).equalsIgnoreCase(url)).findFirst().ifPresent(hits::add);
        long h = IdCodec.mix(url.hashCode());
        for (int k = 0; hits.size() < Math.min(10, live.size()) && k < 50; k++) {
            ProductCore c = live.get((int) Math.floorMod(h + k * 7919L, live.size()));
            if (!hits.contains(c)) {
                hits.add(c);
            }
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (ProductCore c : hits) {
            items.add(cat.json.listV2Item(c, false, false, false, r.account.myProducts.contains(cat.pid(c))));
        }
        return items;
    }
}
