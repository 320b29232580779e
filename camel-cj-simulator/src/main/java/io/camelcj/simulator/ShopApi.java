package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Store linking, seen in CJ's own client (CJ-dropshipping/api-mcp), not in the reference: shop/getShops,
 * authentication/getAuthorizeUrl, product/conn/connection (GET list, POST connect, DELETE disconnect) and
 * store/product/saveProduct. Request fields as that client sends them; answers are a plausible shape.
 */
final class ShopApi {

    /** Platforms of the reference's Appendix 3 that the simulated authorisation accepts. */
    private static final Set<String> SHOP_TYPES = Set.of("shopify", "woocommerce", "ebay", "amazon", "etsy", "wix",
            "tiktok", "lazada", "shopee", "wish", "magento", "bigcommerce", "squarespace", "api");

    private record Connection(String shopId, String cjProductId, String platformProductId, String cjVariantId,
                              String platformVariantId, int defaultArea, String logistics, String createDate) {
    }

    private final SimState state;
    private final Map<AccountState, List<Connection>> connections = new ConcurrentHashMap<>();
    private final Map<AccountState, Map<String, Map<String, Object>>> storeProducts = new ConcurrentHashMap<>();

    ShopApi(SimState state) {
        this.state = state;
    }

    void register(Routes r) {
        r.get("shop/getShops", Envelope.RESULT, 1, this::shops);
        r.get("authentication/getAuthorizeUrl", Envelope.RESULT, 1, this::authorizeUrl);
        r.get("product/conn/connection", Envelope.RESULT, 1, this::connections);
        r.json("product/conn/connection", "POST", Envelope.RESULT, this::connect);
        r.add(new Route("product/conn/connection", "DELETE", Route.Input.QUERY, Envelope.RESULT, true, 1, this::disconnect));
        r.json("store/product/saveProduct", "POST", Envelope.RESULT, this::saveProduct);
    }

    /** Two shops per account: its id prefix keeps the shop ids apart between accounts. */
    private List<Map<String, Object>> shopsOf(AccountState a) {
        List<Map<String, Object>> out = new ArrayList<>();
        String[][] shops = {{"shopify", "Sim Shopify Store"}, {"woocommerce", "Sim WooCommerce Store"}};
        for (int i = 0; i < shops.length; i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("shopId", a.config.openId() + "0" + (i + 1));
            m.put("shopName", shops[i][1]);
            m.put("shopType", shops[i][0]);
            m.put("shopUrl", "https://" + shops[i][0] + ".example.com/" + a.config.openId());
            m.put("status", 1);
            m.put("createDate", "2024-03-0" + (i + 1) + " 10:00:00");
            out.add(m);
        }
        return out;
    }

    private Object shops(ApiRequest r) {
        int pageNum = Math.max(1, r.integer("pageNum", 1));
        int pageSize = Math.min(50, Math.max(1, r.integer("pageSize", 20)));
        String keyword = r.optional("keyword", 200);
        List<Map<String, Object>> all = new ArrayList<>();
        for (Map<String, Object> shop : shopsOf(r.account)) {
            if (keyword == null || keyword.isBlank()
                    || shop.get("shopName").toString().toLowerCase(Locale.ROOT).contains(keyword.trim().toLowerCase(Locale.ROOT))) {
                all.add(shop);
            }
        }
        return Paging.page(pageNum, pageSize, all.size(), Paging.slice(all, pageNum, pageSize), false);
    }

    private Object authorizeUrl(ApiRequest r) {
        String shopType = r.required("shopType", 50).trim().toLowerCase(Locale.ROOT);
        if (!SHOP_TYPES.contains(shopType)) {
            throw CjError.param("shopType " + shopType + " is not a supported platform (e.g. shopify, woocommerce, ebay)");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("shopType", shopType);
        data.put("authorizeUrl", "https://cjdropshipping.com/sim/authorize?shopType=" + shopType + "&openId="
                + r.account.config.openId());
        return data;
    }

    private String shopId(ApiRequest r) {
        String shopId = r.optional("shopId", 100);
        if (shopId == null || shopId.isBlank()) {
            return shopsOf(r.account).get(0).get("shopId").toString(); // the client: "the account's default shop"
        }
        String id = shopId.trim();
        if (shopsOf(r.account).stream().noneMatch(s -> s.get("shopId").equals(id))) {
            throw new CjError(1600013, "Store info does not exist,please check and try again.");
        }
        return id;
    }

    private Object connections(ApiRequest r) {
        String shopId = r.optional("shopId", 100);
        String platformProductId = r.optional("platformProductId", 100);
        String platformVariantId = r.optional("platformVariantId", 100);
        int page = Math.max(1, r.integer("page", 1));
        int pageSize = Math.min(100, Math.max(1, r.integer("pageSize", 10)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Connection c : connections.getOrDefault(r.account, List.of())) {
            if ((shopId == null || shopId.isBlank() || shopId.trim().equals(c.shopId()))
                    && (platformProductId == null || platformProductId.isBlank() || platformProductId.trim().equals(c.platformProductId()))
                    && (platformVariantId == null || platformVariantId.isBlank() || platformVariantId.trim().equals(c.platformVariantId()))) {
                rows.add(view(c));
            }
        }
        return Paging.page(page, pageSize, rows.size(), Paging.slice(rows, page, pageSize), false);
    }

    private static Map<String, Object> view(Connection c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("shopId", c.shopId());
        m.put("cjProductId", c.cjProductId());
        m.put("cjVariantId", c.cjVariantId());
        m.put("platformProductId", c.platformProductId());
        m.put("platformVariantId", c.platformVariantId());
        m.put("defaultArea", c.defaultArea());
        m.put("logistics", c.logistics());
        m.put("createDate", c.createDate());
        return m;
    }

    private Object connect(ApiRequest r) {
        String cjProductId = r.required("cjProductId", 100).trim();
        String platformProductId = r.required("platformProductId", 100).trim();
        Integer defaultArea = r.integer("defaultArea", null);
        if (defaultArea == null) {
            throw CjError.empty("defaultArea");
        }
        String logistics = r.required("logistics", 100).trim();
        JsonNode variants = r.node("variantList");
        if (variants == null || !variants.isArray() || variants.isEmpty()) {
            throw CjError.empty("variantList");
        }
        String shopId = shopId(r);
        ProductCore product = state.catalogue.byPid(cjProductId);
        if (product == null || product.delisted) {
            throw new CjError(1602001, "Product not found: cjProductId " + cjProductId);
        }
        if (state.catalogue.warehouses.byArea(defaultArea) == null) {
            throw CjError.param("defaultArea " + defaultArea + " is not a warehouse area id (see product/globalWarehouseList)");
        }
        if (Freight.byName(logistics) == null) {
            throw new CjError(1605000, "Logistic not found: logistics " + logistics);
        }
        List<Connection> added = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            String prefix = "variantList[" + i + "].";
            String cjVariantId = OrderValidation.text(variants.get(i), "cjVariantId");
            String platformVariantId = OrderValidation.text(variants.get(i), "platformVariantId");
            if (cjVariantId == null || cjVariantId.isBlank()) {
                throw CjError.empty(prefix + "cjVariantId");
            }
            if (platformVariantId == null || platformVariantId.isBlank()) {
                throw CjError.empty(prefix + "platformVariantId");
            }
            Catalogue.VariantRef v = state.catalogue.byVid(cjVariantId.trim());
            if (v == null || v.product() != product) {
                throw new CjError(1602000, "Variant not found: " + prefix + "cjVariantId " + cjVariantId + " of " + cjProductId);
            }
            added.add(new Connection(shopId, cjProductId, platformProductId, cjVariantId.trim(), platformVariantId.trim(),
                    defaultArea, Freight.byName(logistics).name(), OrderStore.plainChina(state.clock.now())));
        }
        List<Connection> mine = connections.computeIfAbsent(r.account, a -> new CopyOnWriteArrayList<>());
        mine.removeIf(c -> c.shopId().equals(shopId) && added.stream().anyMatch(n -> n.platformVariantId().equals(c.platformVariantId())
                && n.platformProductId().equals(c.platformProductId())));
        mine.addAll(added);
        return added.stream().map(ShopApi::view).toList();
    }

    /** Without platformVariantId every variant connection of the platform product goes. */
    private Object disconnect(ApiRequest r) {
        String platformProductId = r.required("platformProductId", 100).trim();
        String shopId = r.optional("shopId", 100);
        String platformVariantId = r.optional("platformVariantId", 100);
        List<Connection> mine = connections.getOrDefault(r.account, new CopyOnWriteArrayList<>());
        List<Connection> gone = mine.stream().filter(c -> c.platformProductId().equals(platformProductId)
                && (shopId == null || shopId.isBlank() || c.shopId().equals(shopId.trim()))
                && (platformVariantId == null || platformVariantId.isBlank() || c.platformVariantId().equals(platformVariantId.trim())))
                .toList();
        if (gone.isEmpty()) {
            throw CjError.param("no connection of platformProductId " + platformProductId
                    + (platformVariantId == null || platformVariantId.isBlank() ? "" : " / platformVariantId " + platformVariantId));
        }
        mine.removeAll(gone);
        return gone.size();
    }

    private Object saveProduct(ApiRequest r) {
        String id = r.required("id", 100).trim();
        String title = r.required("title", 500);
        String image = r.required("image", 500);
        String description = r.optional("description", 5000);
        BigDecimal priceMin = r.decimal("priceMin");
        BigDecimal priceMax = r.decimal("priceMax");
        if (priceMin != null && priceMax != null && priceMin.compareTo(priceMax) > 0) {
            throw CjError.param("priceMin must not be greater than priceMax");
        }
        String currency = r.optional("priceCurrency", 10);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("title", title);
        m.put("image", image);
        m.put("description", description);
        m.put("priceMin", priceMin);
        m.put("priceMax", priceMax);
        m.put("priceCurrency", currency == null || currency.isBlank() ? "USD" : currency.trim().toUpperCase(Locale.ROOT));
        m.put("updateDate", OrderStore.plainChina(state.clock.now()));
        Map<String, Object> before = storeProducts.computeIfAbsent(r.account, a -> new ConcurrentHashMap<>()).put(id, m);
        Map<String, Object> data = new LinkedHashMap<>(m);
        data.put("created", before == null); // a second save of the same id updates it
        return data;
    }
}
