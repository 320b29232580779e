package io.camelcj.simulator;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The compact in-memory part of a generated product (price, listing time, category, warehouses, flags), drawn
 * from (seed, index); everything else about a product is derived from it on demand by {@link Catalogue}.
 */
final class ProductCore {

    static final int MAX_VARIANTS = 16;
    private static final long LISTING_FROM = Instant.parse("2021-01-01T00:00:00Z").toEpochMilli();
    private static final long LISTING_SPAN = Instant.parse("2025-10-01T00:00:00Z").toEpochMilli() - LISTING_FROM;
    static final String[] ADJECTIVES = {"Vintage", "Casual", "Personalized", "Minimalist", "Luxury", "Portable",
        "Waterproof", "Oversized", "Slim Fit", "Handmade", "Retro", "Classic", "Sporty", "Elegant", "Cute", "Smart"};
    static final String[] MATERIALS = {"Cotton", "Wooden", "Metal", "Silicone", "Leather", "Plastic", "Ceramic",
        "Bamboo", "Velvet", "Stainless Steel", "Glass", "Nylon"};
    static final String[] CN_ADJECTIVES = {"时尚", "复古", "简约", "新款", "个性", "定制"};
    static final String[] COLORS = {"Black", "White", "Red", "Blue", "Green", "Grey", "Pink", "Navy", "Beige", "Claret"};
    static final String[] SIZES = {"S", "M", "L", "XL", "XXL"};

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

    ProductCore(int index, long seed, long createAt) {
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
