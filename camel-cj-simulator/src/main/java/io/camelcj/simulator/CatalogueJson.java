package io.camelcj.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wire JSON of catalogue items as the reference shows them (listV2, product/list, product/query, variants, reviews). */
final class CatalogueJson {

    static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx").withZone(ZoneOffset.UTC);
    private static final String[] COMMENTS = {"Great quality, arrived in a week.", "Exactly as described.",
        "Good value for the price.", "Colour slightly different from the picture.", "My kids love it!",
        "excelente estado, llegó en una semana, cumple con lo descrito.", "Would buy again."};
    private static final String[] REVIEW_COUNTRIES = {"US", "MX", "GB", "DE", "FR", "BR", "AU", "CA"};

    private final Catalogue cat;
    private final CatalogueStock inventory;
    private final long seed;

    CatalogueJson(Catalogue cat) {
        this.cat = cat;
        this.inventory = cat.inventory;
        this.seed = cat.seed;
    }

    Map<String, Object> listV2Item(ProductCore c, boolean description, boolean category, boolean videoIds, boolean mine) {
        Categories.Level3 l3 = cat.category(c);
        int stock = inventory.productStock(c);
        int verified = inventory.verifiedStock(c);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", cat.pid(c));
        m.put("nameEn", cat.nameEn(c));
        m.put("sku", cat.sku(c));
        m.put("spu", cat.sku(c));
        m.put("bigImage", cat.image(c));
        m.put("sellPrice", cat.priceText(c));
        m.put("nowPrice", cat.priceText(c));
        m.put("listedNum", c.listedNum);
        m.put("categoryId", l3.id());
        if (category) {
            m.put("threeCategoryName", l3.name());
        }
        m.put("twoCategoryId", l3.parent().id());
        if (category) {
            m.put("twoCategoryName", l3.parent().name());
        }
        m.put("oneCategoryId", l3.parent().parent().id());
        if (category) {
            m.put("oneCategoryName", l3.parent().parent().name());
        }
        m.put("addMarkStatus", c.freeShipping ? 1 : 0);
        m.put("isVideo", c.video ? 1 : 0);
        if (videoIds) {
            m.put("videoList", c.video ? List.of(String.valueOf(7_000_000_000L + c.index)) : List.of());
        }
        m.put("productType", c.supplier ? "SUPPLIER_PRODUCT" : "ORDINARY_PRODUCT");
        m.put("supplierName", c.supplier ? "Supplier " + (c.index % 50) : "");
        m.put("createAt", c.createAt);
        m.put("warehouseInventoryNum", stock);
        m.put("totalVerifiedInventory", verified);
        m.put("totalUnVerifiedInventory", stock - verified);
        m.put("verifiedWarehouse", verified > 0 ? 1 : 2);
        m.put("customization", c.customization);
        m.put("hasCECertification", c.index % 7 == 0 ? 1 : 0);
        m.put("isCollect", 0);
        m.put("myProduct", mine);
        m.put("discountPrice", cat.price(c).toPlainString());
        m.put("discountPriceRate", "0");
        if (description) {
            m.put("description", description(c));
        }
        m.put("deliveryCycle", (c.whMask & ~1) != 0 ? "2-5" : "7-15");
        m.put("saleStatus", "3");
        m.put("authorityStatus", "1");
        m.put("isPersonalized", c.customization);
        // fields the reference does not list but live answers carry (clients must keep unknown fields)
        m.put("listingCount", c.listedNum);
        m.put("shippingCountryCodes", cat.areas(c).stream().map(Warehouses.Area::countryCode).toList());
        return m;
    }

    String description(ProductCore c) {
        return "<p>" + cat.nameEn(c) + ". Material: " + ProductCore.MATERIALS[c.material] + ". Weight: " + c.weight + " g.</p>";
    }

    Map<String, Object> listItem(ProductCore c) {
        Categories.Level3 l3 = cat.category(c);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pid", cat.pid(c));
        m.put("productName", cat.nameCn(c));
        m.put("productNameEn", cat.nameEn(c));
        m.put("productSku", cat.sku(c));
        m.put("productImage", cat.image(c));
        m.put("productWeight", c.weight);
        m.put("productType", c.supplier ? "SUPPLIER_PRODUCT" : "ORDINARY_PRODUCT");
        m.put("productUnit", "unit(s)");
        m.put("sellPrice", cat.price(c));
        m.put("categoryId", l3.id());
        m.put("categoryName", l3.parent().parent().name() + " / " + l3.parent().name() + " / " + l3.name());
        m.put("remark", "");
        m.put("addMarkStatus", c.freeShipping ? 1 : 0);
        m.put("isFreeShipping", c.freeShipping);
        m.put("listedNum", c.listedNum);
        m.put("supplierName", c.supplier ? "Supplier " + (c.index % 50) : "");
        m.put("supplierId", c.supplier ? "SUP" + (c.index % 50) : "");
        m.put("createTime", UTC_MILLIS.format(Instant.ofEpochMilli(c.createAt)));
        m.put("isVideo", c.video ? 1 : 0);
        m.put("saleStatus", 3);
        m.put("customizationVersion", c.customization);
        m.put("deliveryTime", (c.whMask & ~1) != 0 ? 48 : null);
        return m;
    }

    Map<String, Object> detail(ProductCore c, boolean inventory, boolean videoIds, String countryCode) {
        Categories.Level3 l3 = cat.category(c);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pid", cat.pid(c));
        m.put("productName", cat.nameCn(c));
        m.put("productNameEn", cat.nameEn(c));
        m.put("productSku", cat.sku(c));
        m.put("productImage", cat.image(c));
        m.put("productWeight", cat.weightText(c));
        m.put("productUnit", "unit(s)");
        m.put("productType", c.supplier ? "SUPPLIER_PRODUCT" : "ORDINARY_PRODUCT");
        m.put("categoryId", l3.id());
        m.put("categoryName", l3.parent().parent().name() + " / " + l3.parent().name() + " / " + l3.name());
        m.put("entryCode", "87120089" + String.format("%02d", c.cat % 100));
        m.put("entryName", cat.category(c).nounCn());
        m.put("entryNameEn", cat.category(c).noun().toLowerCase());
        m.put("materialName", "[\"\",\"" + ProductCore.MATERIALS[c.material] + "\"]");
        m.put("materialNameEn", "[\"\",\"" + ProductCore.MATERIALS[c.material].toLowerCase() + "\"]");
        m.put("materialKey", "[\"" + ProductCore.MATERIALS[c.material].toUpperCase().replace(' ', '_') + "\"]");
        m.put("packingWeight", (c.weight + 80) + ".0");
        m.put("packingName", "[\"\",\"塑料袋\"]");
        m.put("packingNameEn", "[\"\",\"plastic_bag\"]");
        m.put("packingKey", "[\"PLASTIC_BAG\"]");
        m.put("productKey", c.sizes > 1 ? "[\"颜色\",\"尺码\"]" : "[\"颜色\"]");
        m.put("productKeyEn", c.sizes > 1 ? "Color-Size" : "Color");
        m.put("productPro", "[\"普货\"]");
        m.put("productProSet", List.of("普货"));
        m.put("productProEn", "[\"COMMON\"]");
        m.put("productProEnSet", List.of("COMMON"));
        m.put("addMarkStatus", c.freeShipping ? 1 : 0);
        m.put("sellPrice", cat.price(c));
        m.put("description", description(c));
        m.put("suggestSellPrice", cat.price(c).multiply(BigDecimal.valueOf(2)).toPlainString() + "-"
                + cat.maxPrice(c).multiply(BigDecimal.valueOf(3)).toPlainString());
        m.put("listedNum", c.listedNum);
        m.put("status", "3");
        m.put("supplierName", c.supplier ? "Supplier " + (c.index % 50) : "");
        m.put("supplierId", c.supplier ? "SUP" + (c.index % 50) : "");
        m.put("customizationVersion", c.customization);
        m.put("customizationJson1", "");
        m.put("customizationJson2", "");
        m.put("customizationJson3", "");
        m.put("customizationJson4", "");
        if (videoIds && c.video) {
            m.put("productVideo", List.of(String.valueOf(7_000_000_000L + c.index)));
        }
        List<Map<String, Object>> variants = new ArrayList<>();
        for (int j = 0; j < c.variantCount(); j++) {
            if (countryCode == null || cat.hasStockIn(c, j, countryCode)) {
                variants.add(variant(c, j, inventory));
            }
        }
        m.put("variants", variants);
        m.put("createrTime", TokenService.ISO_CN.format(Instant.ofEpochMilli(c.createAt).atOffset(AccountState.CJ_ZONE)));
        return m;
    }

    /** A variant; {@code inventories} is null unless asked for (the live product/query often sends null). */
    Map<String, Object> variant(ProductCore c, int j, boolean inventory) {
        int length = 100 + (int) Math.floorMod(IdCodec.mix(seed + c.index * 3L), 300);
        int width = 50 + (int) Math.floorMod(IdCodec.mix(seed + c.index * 5L), 200);
        int height = 10 + (int) Math.floorMod(IdCodec.mix(seed + c.index * 11L), 100);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vid", cat.vid(c, j));
        m.put("pid", cat.pid(c));
        m.put("variantName", null);
        m.put("variantNameEn", cat.nameEn(c) + " " + cat.variantKey(c, j).replace('-', ' '));
        m.put("variantSku", cat.variantSku(c, j));
        m.put("variantImage", cat.image(c).replace(".jpg", "-" + j + ".jpg"));
        m.put("variantStandard", "long=" + length / 10 + ",width=" + width / 10 + ",height=" + height / 10);
        m.put("variantUnit", null);
        m.put("variantProperty", null);
        m.put("variantKey", cat.variantKey(c, j));
        m.put("variantLength", length);
        m.put("variantWidth", width);
        m.put("variantHeight", height);
        m.put("variantVolume", length * width * height);
        m.put("variantWeight", BigDecimal.valueOf(cat.variantWeight(c, j)).setScale(2, RoundingMode.UNNECESSARY));
        m.put("variantSellPrice", cat.variantPrice(c, j));
        m.put("variantSugSellPrice", cat.variantPrice(c, j).multiply(BigDecimal.valueOf(2)));
        m.put("createTime", UTC_MILLIS.format(Instant.ofEpochMilli(c.createAt)));
        if (inventory) {
            m.put("inventories", variantInventories(c, j));
        } else {
            m.put("inventories", null);
        }
        return m;
    }

    /** [{countryCode, totalInventory, cjInventory, factoryInventory, verifiedWarehouse, stock:[...]}] per area. */
    List<Map<String, Object>> variantInventories(ProductCore c, int j) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Warehouses.Area a : cat.areas(c)) {
            int qty = inventory.stock(c, j, a);
            int cj = CatalogueStock.cjPart(a, qty);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("countryCode", a.countryCode());
            m.put("totalInventory", qty);
            m.put("cjInventory", cj);
            m.put("factoryInventory", qty - cj);
            m.put("verifiedWarehouse", cj > 0 ? 1 : 2);
            m.put("stock", List.of(subWarehouse(a, cj, qty - cj)));
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> subWarehouse(Warehouses.Area a, int cj, int factory) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("stockId", a.stockId());
        s.put("inventory", cj);
        s.put("factoryInventory", factory);
        return s;
    }

    Map<String, Object> review(ProductCore c, int k) {
        long h = IdCodec.mix(seed * 17 + c.index * 1_000L + k);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commentId", 1_536_993_287_524_069_376L + Math.floorMod(h, 1_000_000_000L));
        m.put("pid", cat.pid(c));
        m.put("comment", COMMENTS[(int) Math.floorMod(h >> 3, COMMENTS.length)]);
        m.put("commentDate", TokenService.ISO_CN.format(Instant.ofEpochMilli(c.createAt + (k + 1) * 86_400_000L * 3)
                .atOffset(AccountState.CJ_ZONE)));
        m.put("commentUser", (char) ('A' + Math.floorMod(h >> 9, 26)) + "***" + (char) ('a' + Math.floorMod(h >> 15, 26)));
        m.put("score", String.valueOf(3 + Math.floorMod(h >> 21, 3)));
        m.put("commentUrls", Math.floorMod(h >> 25, 3) == 0 ? List.of() : List.of(cat.image(c).replace(".jpg", "-review-" + k + ".jpg")));
        String country = REVIEW_COUNTRIES[(int) Math.floorMod(h >> 29, REVIEW_COUNTRIES.length)];
        m.put("countryCode", country);
        m.put("flagIconUrl", "https://cc-west-usa.oss-us-west-1.aliyuncs.com/national-flags/phone/" + country + ".png");
        return m;
    }
}
