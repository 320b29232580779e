package io.camelcj.simulator;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Stock per variant and area: derived from (seed, product, variant, area), with the admin API's overrides. */
final class CatalogueStock {

    private final long seed;
    private final Warehouses warehouses;
    private final Map<Long, int[]> stockOverrides = new ConcurrentHashMap<>();

    CatalogueStock(long seed, Warehouses warehouses) {
        this.seed = seed;
        this.warehouses = warehouses;
    }

    /** Stock of variant j in an area (0 where the product has no stock in that area). */
    int stock(ProductCore c, int j, Warehouses.Area a) {
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

    int variantStock(ProductCore c, int j) {
        int total = 0;
        for (Warehouses.Area a : warehouses.all()) {
            total += stock(c, j, a);
        }
        return total;
    }

    int productStock(ProductCore c) {
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

    void setStock(ProductCore c, int j, Warehouses.Area only, int qty) {
        int[] values = stockOverrides.computeIfAbsent(variantKeyOf(c, j), k -> {
            int[] v = new int[warehouses.all().size()];
            Arrays.fill(v, -1);
            return v;
        });
        Warehouses.Area primary = primaryArea(c, warehouses.all());
        synchronized (values) {
            for (Warehouses.Area a : warehouses.all()) {
                if (only == null) {
                    values[a.areaId() - 1] = a == primary ? qty : 0;
                } else if (a == only) {
                    values[a.areaId() - 1] = qty;
                }
            }
        }
    }

    private static long variantKeyOf(ProductCore c, int j) {
        return (long) c.index * ProductCore.MAX_VARIANTS + j;
    }

    /** Verified stock = stock held by CJ itself (not at a factory). */
    int verifiedStock(ProductCore c) {
        int total = 0;
        for (int j = 0; j < c.variantCount(); j++) {
            for (Warehouses.Area a : warehouses.all()) {
                total += cjPart(a, stock(c, j, a));
            }
        }
        return total;
    }

    private static Warehouses.Area primaryArea(ProductCore c, List<Warehouses.Area> all) {
        for (Warehouses.Area a : all) {
            if ((c.whMask & a.bit()) != 0) {
                return a;
            }
        }
        throw new IllegalStateException("product " + c.index + " has no warehouse");
    }
}
