package io.camelcj.simulator;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The generated catalogue. Only a small core per product (price, listing time, category, warehouses, flags)
 * is kept in memory; ids, names, SKUs, variants, stock and reviews are derived from (seed, index) on demand,
 * so 100,000 products need a few megabytes. Changes made through the admin API are kept as overrides.
 * This class is the facade: look-ups and derived attributes; stock lives in {@link CatalogueStock}, the wire JSON
 * in {@link CatalogueJson}, the generation of a product's core in {@link ProductCore}.
 */
final class Catalogue implements SimCatalogue {

    private static final int SKU_MOD = 10_000_000;
    private static final int SKU_MUL = 7_654_321;
    private static final Pattern PRODUCT_SKU = Pattern.compile("CJ[A-Z]{4}\\d{7}");

    record VariantRef(ProductCore product, int j) {
    }

    final long seed;
    final Categories categories;
    final Warehouses warehouses;
    final CatalogueStock inventory;
    final CatalogueJson json;
    private final IdCodec pids;
    private final IdCodec vids;
    private final int skuMulInverse;
    private final List<ProductCore> products = new CopyOnWriteArrayList<>();

    Catalogue(long seed, int initialProducts) {
        this.seed = seed;
        this.categories = new Categories(seed);
        this.warehouses = new Warehouses(seed);
        this.inventory = new CatalogueStock(seed, warehouses);
        this.pids = new IdCodec(seed, 1);
        this.vids = new IdCodec(seed, 2);
        this.skuMulInverse = BigInteger.valueOf(SKU_MUL).modInverse(BigInteger.valueOf(SKU_MOD)).intValueExact();
        List<ProductCore> initial = new ArrayList<>(initialProducts);
        for (int i = 0; i < initialProducts; i++) {
            initial.add(new ProductCore(i, seed, -1));
        }
        products.addAll(initial);
        this.json = new CatalogueJson(this);
    }

    // ---------------------------------------------------------------- lookup

    List<ProductCore> cores() {
        return products;
    }

    int size() {
        return products.size();
    }

    synchronized List<ProductCore> add(int n, long createAt) {
        List<ProductCore> added = new ArrayList<>(n);
        int start = products.size();
        for (int i = 0; i < n; i++) {
            added.add(new ProductCore(start + i, seed, createAt));
        }
        products.addAll(added);
        return added;
    }

    /** Product by pid, or null (delisted products are returned too). */
    ProductCore byPid(String pid) {
        long i = pids.decode(pid == null ? null : pid.trim());
        return i >= 0 && i < products.size() ? products.get((int) i) : null;
    }

    ProductCore byProductSku(String sku) {
        if (sku == null || !PRODUCT_SKU.matcher(sku).matches()) {
            return null;
        }
        int digits = Integer.parseInt(sku.substring(6));
        long index = Math.floorMod((long) (digits - skuOffset()) * skuMulInverse, SKU_MOD);
        if (index >= products.size()) {
            return null;
        }
        ProductCore c = products.get((int) index);
        return sku(c).equals(sku) ? c : null;
    }

    VariantRef byVid(String vid) {
        long v = vids.decode(vid == null ? null : vid.trim());
        if (v < 0) {
            return null;
        }
        long i = v / ProductCore.MAX_VARIANTS;
        int j = (int) (v % ProductCore.MAX_VARIANTS);
        if (i >= products.size()) {
            return null;
        }
        ProductCore c = products.get((int) i);
        return j < c.variantCount() ? new VariantRef(c, j) : null;
    }

    VariantRef byVariantSku(String sku) {
        if (sku == null || sku.length() < 15 || sku.charAt(13) != '-') {
            return null;
        }
        ProductCore c = byProductSku(sku.substring(0, 13));
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

    String pid(ProductCore c) {
        return pids.encode(c.index);
    }

    String vid(ProductCore c, int j) {
        return vids.encode((long) c.index * ProductCore.MAX_VARIANTS + j);
    }

    Categories.Level3 category(ProductCore c) {
        return categories.get(c.cat % categories.size());
    }

    private int skuOffset() {
        return (int) Math.floorMod(IdCodec.mix(seed + 77), SKU_MOD);
    }

    String sku(ProductCore c) {
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

    String nameEn(ProductCore c) {
        return ProductCore.ADJECTIVES[c.adjective] + " " + ProductCore.MATERIALS[c.material] + " " + category(c).noun();
    }

    /** Lower-case "name sku" for keyword search. */
    String searchText(ProductCore c) {
        return (nameEn(c) + " " + sku(c)).toLowerCase(java.util.Locale.ROOT);
    }

    /** The Chinese name as a JSON array inside a string, as the live API sends it. */
    String nameCn(ProductCore c) {
        String noun = category(c).nounCn();
        return "[\"" + noun + "\",\"" + ProductCore.CN_ADJECTIVES[c.adjective % ProductCore.CN_ADJECTIVES.length] + noun + "\"]";
    }

    String image(ProductCore c) {
        return "https://cc-west-usa.oss-us-west-1.aliyuncs.com/sim/" + sku(c).toLowerCase() + ".jpg";
    }

    String color(ProductCore c, int j) {
        return ProductCore.COLORS[(c.colorStart + j / c.sizes) % ProductCore.COLORS.length];
    }

    String size(ProductCore c, int j) {
        return c.sizes == 1 ? null : ProductCore.SIZES[j % c.sizes];
    }

    String variantKey(ProductCore c, int j) {
        String size = size(c, j);
        return size == null ? color(c, j) : color(c, j) + "-" + size;
    }

    String variantSku(ProductCore c, int j) {
        return sku(c) + "-" + variantKey(c, j);
    }

    BigDecimal price(ProductCore c) {
        return BigDecimal.valueOf(c.priceCents, 2);
    }

    BigDecimal variantPrice(ProductCore c, int j) {
        return BigDecimal.valueOf(c.priceCents + (long) c.priceStepCents * (j % c.sizes), 2);
    }

    BigDecimal maxPrice(ProductCore c) {
        return variantPrice(c, c.sizes - 1);
    }

    /**
     * listV2's sellPrice: "11.85", or a range when the variants differ. Both range spellings seen live occur:
     * "1.20-3.50" and "2.09 -- 7.46".
     */
    String priceText(ProductCore c) {
        BigDecimal min = price(c);
        BigDecimal max = maxPrice(c);
        if (min.compareTo(max) == 0) {
            return min.toPlainString();
        }
        return min.toPlainString() + (c.index % 2 == 0 ? "-" : " -- ") + max.toPlainString();
    }

    /** product/query's productWeight: "320.00", or "10.00-29.00" when the variants weigh differently. */
    String weightText(ProductCore c) {
        int max = variantWeight(c, c.sizes - 1);
        return c.sizes == 1 ? c.weight + ".00" : c.weight + ".00-" + max + ".00";
    }

    int variantWeight(ProductCore c, int j) {
        return c.weight + 10 * (j % c.sizes);
    }

    List<Warehouses.Area> areas(ProductCore c) {
        List<Warehouses.Area> out = new ArrayList<>();
        for (Warehouses.Area a : warehouses.all()) {
            if ((c.whMask & a.bit()) != 0) {
                out.add(a);
            }
        }
        return out;
    }

    Warehouses.Area primaryArea(ProductCore c) {
        return areas(c).get(0);
    }

    int reviewCount(ProductCore c) {
        return (int) Math.floorMod(IdCodec.mix(seed + c.index * 7L), 26);
    }

    boolean hasStockIn(ProductCore c, int j, String countryCode) {
        Warehouses.Area a = warehouses.byCountry(countryCode);
        return a != null && inventory.stock(c, j, a) > 0;
    }

    boolean productHasStockIn(ProductCore c, String countryCode) {
        for (int j = 0; j < c.variantCount(); j++) {
            if (hasStockIn(c, j, countryCode)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- SimCatalogue

    @Override
    public List<String> productIds() {
        List<String> out = new ArrayList<>();
        for (ProductCore c : products) {
            if (!c.delisted) {
                out.add(pid(c));
            }
        }
        return out;
    }

    @Override
    public List<String> variantIds(String pid) {
        ProductCore c = byPid(pid);
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
        return products.stream().filter(c -> !c.delisted).mapToInt(ProductCore::variantCount).sum();
    }

    @Override
    public List<String> categoryIds() {
        return categories.all().stream().map(Categories.Level3::id).toList();
    }

    @Override
    public String productSku(String pid) {
        ProductCore c = byPid(pid);
        return c == null ? null : sku(c);
    }

    @Override
    public String variantSku(String vid) {
        VariantRef v = byVid(vid);
        return v == null ? null : variantSku(v.product(), v.j());
    }

    @Override
    public BigDecimal sellPrice(String pid) {
        ProductCore c = byPid(pid);
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
        return v == null ? 0 : inventory.variantStock(v.product(), v.j());
    }

    @Override
    public long listedAt(String pid) {
        ProductCore c = byPid(pid);
        return c == null ? -1 : c.createAt;
    }

    @Override
    public boolean isDelisted(String pid) {
        ProductCore c = byPid(pid);
        return c != null && c.delisted;
    }
}
