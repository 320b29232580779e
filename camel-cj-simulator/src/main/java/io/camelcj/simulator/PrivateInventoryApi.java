package io.camelcj.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * product/stock/privateInventory/*, seen in CJ's own client (CJ-dropshipping/api-mcp), not in the reference: the
 * stock an account owns in CJ's warehouses. Simulated as the account's "my products" (addToMyProduct), each
 * variant holding a stable private quantity in the product's main warehouse. All four are POST with a JSON body,
 * as that client sends them.
 */
final class PrivateInventoryApi {

    private final SimState state;
    private final Catalogue cat;

    PrivateInventoryApi(SimState state) {
        this.state = state;
        this.cat = state.catalogue;
    }

    void register(Routes r) {
        r.json("product/stock/privateInventory/querySpuPage", "POST", Envelope.RESULT, this::spuPage);
        r.json("product/stock/privateInventory/querySkuListByProductId", "POST", Envelope.RESULT, this::skusOfProduct);
        r.json("product/stock/privateInventory/querySkuDetailPage", "POST", Envelope.RESULT, this::skuPage);
        r.json("product/stock/privateInventory/querySkuDetailListBySku", "POST", Envelope.RESULT, this::skusBySku);
    }

    /** The account's products with private stock, in the order they were added, matching the keyword. */
    private List<ProductCore> owned(ApiRequest r, String keyword) {
        List<ProductCore> out = new ArrayList<>();
        for (String pid : r.account.myProducts) {
            ProductCore c = cat.byPid(pid);
            if (c != null && (keyword == null || keyword.isBlank() || cat.searchText(c).contains(keyword.trim().toLowerCase(Locale.ROOT)))) {
                out.add(c);
            }
        }
        return out;
    }

    /** A stable private quantity (1..500) of one variant for one account. */
    private static int quantity(AccountState a, String vid) {
        return 1 + (int) Math.floorMod(IdCodec.mix(a.config.openId() * 31 + vid.hashCode()), 500);
    }

    private Map<String, Object> skuRow(AccountState a, ProductCore c, int j) {
        Warehouses.Area w = cat.primaryArea(c);
        int qty = quantity(a, cat.vid(c, j));
        int locked = qty / 10;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pid", cat.pid(c));
        m.put("vid", cat.vid(c, j));
        m.put("variantSku", cat.variantSku(c, j));
        m.put("variantNameEn", cat.nameEn(c) + " " + cat.variantKey(c, j).replace('-', ' '));
        m.put("warehouseId", w.storageId());
        m.put("warehouseName", w.storageName());
        m.put("countryCode", w.countryCode());
        m.put("totalQuantity", qty);
        m.put("lockedQuantity", locked);
        m.put("availableQuantity", qty - locked);
        return m;
    }

    private Object spuPage(ApiRequest r) {
        int pageNum = Math.max(1, r.integer("pageNum", 1));
        int pageSize = Math.min(200, Math.max(1, r.integer("pageSize", 20)));
        String warehouseId = r.optional("warehouseId", 100);
        Warehouses.Area only = null;
        if (warehouseId != null && !warehouseId.isBlank()) {
            only = cat.warehouses.byStorageId(warehouseId);
            if (only == null) {
                throw new CjError(1608001, "Warehouse info not found: warehouseId " + warehouseId);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProductCore c : owned(r, r.optional("keyword", 200))) {
            Warehouses.Area w = cat.primaryArea(c);
            if (only != null && only != w) {
                continue;
            }
            int total = 0;
            for (int j = 0; j < c.variantCount(); j++) {
                total += quantity(r.account, cat.vid(c, j));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pid", cat.pid(c));
            m.put("productNameEn", cat.nameEn(c));
            m.put("productSku", cat.sku(c));
            m.put("productImage", cat.image(c));
            m.put("variantCount", c.variantCount());
            m.put("totalQuantity", total);
            m.put("warehouseId", w.storageId());
            m.put("warehouseName", w.storageName());
            rows.add(m);
        }
        return Paging.page(pageNum, pageSize, rows.size(), Paging.slice(rows, pageNum, pageSize), false);
    }

    private Object skusOfProduct(ApiRequest r) {
        String productId = r.required("productId", 100).trim();
        ProductCore c = cat.byPid(productId);
        if (c == null || !r.account.myProducts.contains(cat.pid(c))) {
            throw new CjError(1602001, "Product not found in the private inventory: productId " + productId);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int j = 0; j < c.variantCount(); j++) {
            out.add(skuRow(r.account, c, j));
        }
        return out;
    }

    private Object skuPage(ApiRequest r) {
        int pageNum = Math.max(1, r.integer("pageNum", 1));
        int pageSize = Math.min(50, Math.max(1, r.integer("pageSize", 20)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProductCore c : owned(r, r.optional("keyword", 200))) {
            for (int j = 0; j < c.variantCount(); j++) {
                rows.add(skuRow(r.account, c, j));
            }
        }
        return Paging.page(pageNum, pageSize, rows.size(), Paging.slice(rows, pageNum, pageSize), false);
    }

    private Object skusBySku(ApiRequest r) {
        String sku = r.required("sku", 100).trim();
        Catalogue.VariantRef v = cat.byVariantSku(sku);
        if (v == null || !r.account.myProducts.contains(cat.pid(v.product()))) {
            throw new CjError(1602000, "Variant not found in the private inventory: sku " + sku);
        }
        return List.of(skuRow(r.account, v.product(), v.j()));
    }
}
