package io.camelcj.simulator;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The generated catalogue. Only a small core per product (price, listing time, category, warehouses, flags)
 * is kept in memory; ids, names, SKUs, variants, stock and reviews are derived from (seed, index) on demand,
 * so 100,000 products need a few megabytes. Changes made through the admin API are kept as overrides.
 */
final class Catalogue implements SimCatalogue {

    static final int MAX_VARIANTS = 16;
    static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx").withZone(ZoneOffset.UTC);
    private static final long LISTING_FROM = Instant.parse("2021-01-01T00:00:00Z").toEpochMilli();
    private static final long LISTING_SPAN = Instant.parse("2025-10-01T00:00:00Z").toEpochMilli() - LISTING_FROM;
    private static final String[] ADJECTIVES = {"Vintage", "Casual", "Personalized", "Minimalist", "Luxury", "Portable",
        "Waterproof", "Oversized", "Slim Fit", "Handmade", "Retro", "Classic", "Sporty", "Elegant", "Cute", "Smart"};
    private static final String[] MATERIALS = {"Cotton", "Wooden", "Metal", "Silicone", "Leather", "Plastic", "Ceramic",
        "Bamboo", "Velvet", "Stainless Steel", "Glass", "Nylon"};
    private static final String[] CN_ADJECTIVES = {"时尚", "复古", "简约", "新款", "个性", "定制"};
    private static final String[] COLORS = {"Black", "White", "Red", "Blue", "Green", "Grey", "Pink", "Navy", "Beige", "Claret"};
    private static final String[] SIZES = {"S", "M", "L", "XL", "XXL"};
    private static final String[] COMMENTS = {"Great quality, arrived in a week.", "Exactly as described.",
        "Good value for the price.", "Colour slightly different from the picture.", "My kids love it!",
        "excelente estado, llegó en una semana, cumple con lo descrito.", "Would buy again."};
    private static final String[] REVIEW_COUNTRIES = {"US", "MX", "GB", "DE", "FR", "BR", "AU", "CA"};
    private static final int SKU_MOD = 10_000_000;
    private static final int SKU_MUL = 7_654_321;
    private static final Pattern PRODUCT_SKU = Pattern.compile("CJ[A-Z]{4}\\d{7}");

    /** The compact in-memory part of a product. */
    static final class Core {
        final int index;
        final int cat;
        final long createAt;
        final int whMask;
        final int sizes;
        final int colors;
        final int colorStart;
        final int listedNum;
        final boolean freeShipping;
        final boolean video;
        final boolean supplier;
        final int customization;
        final int weight;
        final int priceStepCents;
        final int adjective;
        final int material;
        volatile int priceCents;
        volatile boolean delisted;

        Core(int index, long seed, long createAt) {
            SplittableRandom r = new SplittableRandom(IdCodec.mix(seed * 1_000_003L + index));
            this.index = index;
            this.cat = r.nextInt(Integer.MAX_VALUE);
            this.createAt = createAt >= 0 ? createAt : LISTING_FROM + (long) (r.nextDouble() * LISTING_SPAN);
            int mask = 1; // every product ships from China
            for (int bit = 1; bit < 7; bit++) {
                if (r.nextInt(100) < (bit == 1 ? 35 : 12)) {
                    mask |= 1 << bit;
                }
            }
            this.whMask = mask;
            this.sizes = 1 + r.nextInt(4);
            this.colors = 1 + r.nextInt(3);
            this.colorStart = r.nextInt(COLORS.length);
            this.listedNum = r.nextInt(1500);
            this.freeShipping = r.nextInt(4) == 0;
            this.video = r.nextInt(5) == 0;
            this.supplier = r.nextInt(10) == 0;
            this.customization = r.nextInt(20) == 0 ? 1 : 0;
            this.weight = 20 + r.nextInt(1500);
            this.priceStepCents = r.nextInt(10) < 6 ? 0 : 25 + r.nextInt(200);
            this.adjective = r.nextInt(ADJECTIVES.length);
            this.material = r.nextInt(MATERIALS.length);
            this.priceCents = 50 + r.nextInt(9950);
        }

        int variantCount() {
            return Math.min(MAX_VARIANTS, sizes * colors);
        }
    }

    record VariantRef(Core product, int j) {
    }

    final long seed;
    final Categories categories;
    final Warehouses warehouses;
    private final IdCodec pids;
    private final IdCodec vids;
    private final int skuMulInverse;
    private final List<Core> products = new CopyOnWriteArrayList<>();
    private final Map<Long, int[]> stockOverrides = new ConcurrentHashMap<>();

    Catalogue(long seed, int initialProducts) {
        this.seed = seed;
        this.categories = new Categories(seed);
        this.warehouses = new Warehouses(seed);
        this.pids = new IdCodec(seed, 1);
        this.vids = new IdCodec(seed, 2);
        this.skuMulInverse = BigInteger.valueOf(SKU_MUL).modInverse(BigInteger.valueOf(SKU_MOD)).intValueExact();
        List<Core> initial = new ArrayList<>(initialProducts);
        for (int i = 0; i < initialProducts; i++) {
            initial.add(new Core(i, seed, -1));
        }
        products.addAll(initial);
    }

    // ---------------------------------------------------------------- lookup

    List<Core> cores() {
        return products;
    }

    int size() {
        return products.size();
    }

    synchronized List<Core> add(int n, long createAt) {
        List<Core> added = new ArrayList<>(n);
        int start = products.size();
        for (int i = 0; i < n; i++) {
            added.add(new Core(start + i, seed, createAt));
        }
        products.addAll(added);
        return added;
    }

    /** Product by pid, or null (delisted products are returned too). */
    Core byPid(String pid) {
        long i = pids.decode(pid == null ? null : pid.trim());
        return i >= 0 && i < products.size() ? products.get((int) i) : null;
    }

    Core byProductSku(String sku) {
        if (sku == null || !PRODUCT_SKU.matcher(sku).matches()) {
            return null;
        }
        int digits = Integer.parseInt(sku.substring(6));
        long index = Math.floorMod((long) (digits - skuOffset()) * skuMulInverse, SKU_MOD);
        if (index >= products.size()) {
            return null;
        }
        Core c = products.get((int) index);
        return sku(c).equals(sku) ? c : null;
    }

    VariantRef byVid(String vid) {
        long v = vids.decode(vid == null ? null : vid.trim());
        if (v < 0) {
            return null;
        }
        long i = v / MAX_VARIANTS;
        int j = (int) (v % MAX_VARIANTS);
        if (i >= products.size()) {
            return null;
        }
        Core c = products.get((int) i);
        return j < c.variantCount() ? new VariantRef(c, j) : null;
    }

    VariantRef byVariantSku(String sku) {
        if (sku == null || sku.length() < 15 || sku.charAt(13) != '-') {
            return null;
        }
        Core c = byProductSku(sku.substring(0, 13));
        if (c == null) {
            return null;
        }
        for (int j = 0; j < c.variantCount(); j++) {
            if (variantSku(c, j).equals(sku)) {
                return new VariantRef(c, j);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- derived attributes

    String pid(Core c) {
        return pids.encode(c.index);
    }

    String vid(Core c, int j) {
        return vids.encode((long) c.index * MAX_VARIANTS + j);
    }

    Categories.Level3 category(Core c) {
        return categories.get(c.cat % categories.size());
    }

    private int skuOffset() {
        return (int) Math.floorMod(IdCodec.mix(seed + 77), SKU_MOD);
    }

    String sku(Core c) {
        long digits = Math.floorMod((long) c.index * SKU_MUL + skuOffset(), SKU_MOD);
        long letters = IdCodec.mix(seed * 31 + category(c).index());
        StringBuilder sb = new StringBuilder("CJ");
        for (int k = 0; k < 4; k++) {
            sb.append((char) ('A' + Math.floorMod(letters >> (k * 8), 26)));
        }
        String d = Long.toString(digits);
        for (int k = d.length(); k < 7; k++) {
            sb.append('0');
        }
        return sb.append(d).toString();
    }

    String nameEn(Core c) {
        return ADJECTIVES[c.adjective] + " " + MATERIALS[c.material] + " " + category(c).noun();
    }

    /** Lower-case "name sku" for keyword search. */
    String searchText(Core c) {
        return (nameEn(c) + " " + sku(c)).toLowerCase(java.util.Locale.ROOT);
    }

    /** The Chinese name as a JSON array inside a string, as the live API sends it. */
    String nameCn(Core c) {
        String noun = category(c).nounCn();
        return "[\"" + noun + "\",\"" + CN_ADJECTIVES[c.adjective % CN_ADJECTIVES.length] + noun + "\"]";
    }

    String image(Core c) {
        return "https://cc-west-usa.oss-us-west-1.aliyuncs.com/sim/" + sku(c).toLowerCase() + ".jpg";
    }

    String color(Core c, int j) {
        return COLORS[(c.colorStart + j / c.sizes) % COLORS.length];
    }

    String size(Core c, int j) {
        return c.sizes == 1 ? null : SIZES[j % c.sizes];
    }

    String variantKey(Core c, int j) {
        String size = size(c, j);
        return size == null ? color(c, j) : color(c, j) + "-" + size;
    }

    String variantSku(Core c, int j) {
        return sku(c) + "-" + variantKey(c, j);
    }

    BigDecimal price(Core c) {
        return BigDecimal.valueOf(c.priceCents, 2);
    }

    BigDecimal variantPrice(Core c, int j) {
        return BigDecimal.valueOf(c.priceCents + (long) c.priceStepCents * (j % c.sizes), 2);
    }

    BigDecimal maxPrice(Core c) {
        return variantPrice(c, c.sizes - 1);
    }

    /**
     * listV2's sellPrice: "11.85", or a range when the variants differ. Both range spellings seen live occur:
     * "1.20-3.50" and "2.09 -- 7.46".
     */
    String priceText(Core c) {
        BigDecimal min = price(c);
        BigDecimal max = maxPrice(c);
        if (min.compareTo(max) == 0) {
            return min.toPlainString();
        }
        return min.toPlainString() + (c.index % 2 == 0 ? "-" : " -- ") + max.toPlainString();
    }

    /** product/query's productWeight: "320.00", or "10.00-29.00" when the variants weigh differently. */
    String weightText(Core c) {
        int max = variantWeight(c, c.sizes - 1);
        return c.sizes == 1 ? c.weight + ".00" : c.weight + ".00-" + max + ".00";
    }

    int variantWeight(Core c, int j) {
        return c.weight + 10 * (j % c.sizes);
    }

    List<Warehouses.Area> areas(Core c) {
        List<Warehouses.Area> out = new ArrayList<>();
        for (Warehouses.Area a : warehouses.all()) {
            if ((c.whMask & a.bit()) != 0) {
                out.add(a);
            }
        }
        return out;
    }

    /** Stock of variant j in an area (0 where the product has no stock in that area). */
    int stock(Core c, int j, Warehouses.Area a) {
        if (!stockOverrides.isEmpty()) {
            int[] override = stockOverrides.get(variantKeyOf(c, j));
            if (override != null && override[a.areaId() - 1] >= 0) {
                return override[a.areaId() - 1];
            }
        }
        if ((c.whMask & a.bit()) == 0) {
            return 0;
        }
        long h = IdCodec.mix(seed ^ ((long) c.index * 131 + j * 17L + a.areaId()));
        if (Math.floorMod(h, 10) == 0) {
            return 0;
        }
        return a.areaId() == 1 ? (int) Math.floorMod(h >> 8, 20_000) : (int) Math.floorMod(h >> 8, 600);
    }

    int variantStock(Core c, int j) {
        int total = 0;
        for (Warehouses.Area a : warehouses.all()) {
            total += stock(c, j, a);
        }
        return total;
    }

    int productStock(Core c) {
        int total = 0;
        for (int j = 0; j < c.variantCount(); j++) {
            total += variantStock(c, j);
        }
        return total;
    }

    /** CJ splits stock into CJ-managed and factory stock; in China most of it sits at the factory. */
    static int cjPart(Warehouses.Area a, int qty) {
        return a.areaId() == 1 ? qty / 5 : qty;
    }

    void setStock(Core c, int j, Warehouses.Area only, int qty) {
        int[] values = stockOverrides.computeIfAbsent(variantKeyOf(c, j), k -> {
            int[] v = new int[warehouses.all().size()];
            Arrays.fill(v, -1);
            return v;
        });
        synchronized (values) {
            for (Warehouses.Area a : warehouses.all()) {
                if (only == null) {
                    values[a.areaId() - 1] = a == primaryArea(c) ? qty : 0;
                } else if (a == only) {
                    values[a.areaId() - 1] = qty;
                }
            }
        }
    }

    private static long variantKeyOf(Core c, int j) {
        return (long) c.index * MAX_VARIANTS + j;
    }

    Warehouses.Area primaryArea(Core c) {
        return areas(c).get(0);
    }

    int reviewCount(Core c) {
        return (int) Math.floorMod(IdCodec.mix(seed + c.index * 7L), 26);
    }

    // ---------------------------------------------------------------- JSON views

    Map<String, Object> listV2Item(Core c, boolean description, boolean category, boolean videoIds, boolean mine) {
        Categories.Level3 l3 = category(c);
        int stock = productStock(c);
        int verified = verifiedStock(c);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", pid(c));
        m.put("nameEn", nameEn(c));
        m.put("sku", sku(c));
        m.put("spu", sku(c));
        m.put("bigImage", image(c));
        m.put("sellPrice", priceText(c));
        m.put("nowPrice", priceText(c));
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
        m.put("discountPrice", price(c).toPlainString());
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
        m.put("shippingCountryCodes", areas(c).stream().map(Warehouses.Area::countryCode).toList());
        return m;
    }

    /** Verified stock = stock held by CJ itself (not at a factory). */
    int verifiedStock(Core c) {
        int total = 0;
        for (int j = 0; j < c.variantCount(); j++) {
            for (Warehouses.Area a : warehouses.all()) {
                total += cjPart(a, stock(c, j, a));
            }
        }
        return total;
    }

    String description(Core c) {
        return "<p>" + nameEn(c) + ". Material: " + MATERIALS[c.material] + ". Weight: " + c.weight + " g.</p>";
    }

    Map<String, Object> listItem(Core c) {
        Categories.Level3 l3 = category(c);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pid", pid(c));
        m.put("productName", nameCn(c));
        m.put("productNameEn", nameEn(c));
        m.put("productSku", sku(c));
        m.put("productImage", image(c));
        m.put("productWeight", c.weight);
        m.put("productType", c.supplier ? "SUPPLIER_PRODUCT" : "ORDINARY_PRODUCT");
        m.put("productUnit", "unit(s)");
        m.put("sellPrice", price(c));
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

    Map<String, Object> detail(Core c, boolean inventory, boolean videoIds, String countryCode) {
        Categories.Level3 l3 = category(c);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pid", pid(c));
        m.put("productName", nameCn(c));
        m.put("productNameEn", nameEn(c));
        m.put("productSku", sku(c));
        m.put("productImage", image(c));
        m.put("productWeight", weightText(c));
        m.put("productUnit", "unit(s)");
        m.put("productType", c.supplier ? "SUPPLIER_PRODUCT" : "ORDINARY_PRODUCT");
        m.put("categoryId", l3.id());
        m.put("categoryName", l3.parent().parent().name() + " / " + l3.parent().name() + " / " + l3.name());
        m.put("entryCode", "87120089" + String.format("%02d", c.cat % 100));
        m.put("entryName", category(c).nounCn());
        m.put("entryNameEn", category(c).noun().toLowerCase());
        m.put("materialName", "[\"\",\"" + MATERIALS[c.material] + "\"]");
        m.put("materialNameEn", "[\"\",\"" + MATERIALS[c.material].toLowerCase() + "\"]");
        m.put("materialKey", "[\"" + MATERIALS[c.material].toUpperCase().replace(' ', '_') + "\"]");
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
        m.put("sellPrice", price(c));
        m.put("description", description(c));
        m.put("suggestSellPrice", price(c).multiply(BigDecimal.valueOf(2)).toPlainString() + "-"
                + maxPrice(c).multiply(BigDecimal.valueOf(3)).toPlainString());
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
            if (countryCode == null || hasStockIn(c, j, countryCode)) {
                variants.add(variant(c, j, inventory));
            }
        }
        m.put("variants", variants);
        m.put("createrTime", TokenService.ISO_CN.format(Instant.ofEpochMilli(c.createAt).atOffset(AccountState.CJ_ZONE)));
        return m;
    }

    boolean hasStockIn(Core c, int j, String countryCode) {
        Warehouses.Area a = warehouses.byCountry(countryCode);
        return a != null && stock(c, j, a) > 0;
    }

    boolean productHasStockIn(Core c, String countryCode) {
        for (int j = 0; j < c.variantCount(); j++) {
            if (hasStockIn(c, j, countryCode)) {
                return true;
            }
        }
        return false;
    }

    /** A variant; {@code inventories} is null unless asked for (the live product/query often sends null). */
    Map<String, Object> variant(Core c, int j, boolean inventory) {
        int length = 100 + (int) Math.floorMod(IdCodec.mix(seed + c.index * 3L), 300);
        int width = 50 + (int) Math.floorMod(IdCodec.mix(seed + c.index * 5L), 200);
        int height = 10 + (int) Math.floorMod(IdCodec.mix(seed + c.index * 11L), 100);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vid", vid(c, j));
        m.put("pid", pid(c));
        m.put("variantName", null);
        m.put("variantNameEn", nameEn(c) + " " + variantKey(c, j).replace('-', ' '));
        m.put("variantSku", variantSku(c, j));
        m.put("variantImage", image(c).replace(".jpg", "-" + j + ".jpg"));
        m.put("variantStandard", "long=" + length / 10 + ",width=" + width / 10 + ",height=" + height / 10);
        m.put("variantUnit", null);
        m.put("variantProperty", null);
        m.put("variantKey", variantKey(c, j));
        m.put("variantLength", length);
        m.put("variantWidth", width);
        m.put("variantHeight", height);
        m.put("variantVolume", length * width * height);
        m.put("variantWeight", BigDecimal.valueOf(variantWeight(c, j)).setScale(2, RoundingMode.UNNECESSARY));
        m.put("variantSellPrice", variantPrice(c, j));
        m.put("variantSugSellPrice", variantPrice(c, j).multiply(BigDecimal.valueOf(2)));
        m.put("createTime", UTC_MILLIS.format(Instant.ofEpochMilli(c.createAt)));
        if (inventory) {
            m.put("inventories", variantInventories(c, j));
        } else {
            m.put("inventories", null);
        }
        return m;
    }

    /** [{countryCode, totalInventory, cjInventory, factoryInventory, verifiedWarehouse, stock:[...]}] per area. */
    List<Map<String, Object>> variantInventories(Core c, int j) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Warehouses.Area a : areas(c)) {
            int qty = stock(c, j, a);
            int cj = cjPart(a, qty);
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

    Map<String, Object> review(Core c, int k) {
        long h = IdCodec.mix(seed * 17 + c.index * 1_000L + k);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commentId", 1_536_993_287_524_069_376L + Math.floorMod(h, 1_000_000_000L));
        m.put("pid", pid(c));
        m.put("comment", COMMENTS[(int) Math.floorMod(h >> 3, COMMENTS.length)]);
        m.put("commentDate", TokenService.ISO_CN.format(Instant.ofEpochMilli(c.createAt + (k + 1) * 86_400_000L * 3)
                .atOffset(AccountState.CJ_ZONE)));
        m.put("commentUser", (char) ('A' + Math.floorMod(h >> 9, 26)) + "***" + (char) ('a' + Math.floorMod(h >> 15, 26)));
        m.put("score", String.valueOf(3 + Math.floorMod(h >> 21, 3)));
        m.put("commentUrls", Math.floorMod(h >> 25, 3) == 0 ? List.of() : List.of(image(c).replace(".jpg", "-review-" + k + ".jpg")));
        String country = REVIEW_COUNTRIES[(int) Math.floorMod(h >> 29, REVIEW_COUNTRIES.length)];
        m.put("countryCode", country);
        m.put("flagIconUrl", "https://cc-west-usa.oss-us-west-1.aliyuncs.com/national-flags/phone/" + country + ".png");
        return m;
    }

    // ---------------------------------------------------------------- SimCatalogue

    @Override
    public List<String> productIds() {
        List<String> out = new ArrayList<>();
        for (Core c : products) {
            if (!c.delisted) {
                out.add(pid(c));
            }
        }
        return out;
    }

    @Override
    public List<String> variantIds(String pid) {
        Core c = byPid(pid);
        List<String> out = new ArrayList<>();
        if (c != null) {
            for (int j = 0; j < c.variantCount(); j++) {
                out.add(vid(c, j));
            }
        }
        return out;
    }

    @Override
    public int productCount() {
        return (int) products.stream().filter(c -> !c.delisted).count();
    }

    @Override
    public int variantCount() {
        return products.stream().filter(c -> !c.delisted).mapToInt(Core::variantCount).sum();
    }

    @Override
    public List<String> categoryIds() {
        return categories.all().stream().map(Categories.Level3::id).toList();
    }

    @Override
    public String productSku(String pid) {
        Core c = byPid(pid);
        return c == null ? null : sku(c);
    }

    @Override
    public String variantSku(String vid) {
        VariantRef v = byVid(vid);
        return v == null ? null : variantSku(v.product(), v.j());
    }

    @Override
    public BigDecimal sellPrice(String pid) {
        Core c = byPid(pid);
        return c == null ? null : price(c);
    }

    @Override
    public BigDecimal variantSellPrice(String vid) {
        VariantRef v = byVid(vid);
        return v == null ? null : variantPrice(v.product(), v.j());
    }

    @Override
    public int stock(String vid) {
        VariantRef v = byVid(vid);
        return v == null ? 0 : variantStock(v.product(), v.j());
    }

    @Override
    public long listedAt(String pid) {
        Core c = byPid(pid);
        return c == null ? -1 : c.createAt;
    }

    @Override
    public boolean isDelisted(String pid) {
        Core c = byPid(pid);
        return c != null && c.delisted;
    }
}
