package io.camelcj.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** The simulated shipping channels and their prices (weights in grams). */
final class Freight {

    static final BigDecimal CNY_PER_USD = new BigDecimal("6.48");
    /** Below this weight no channel quotes: weights sent in kilograms (0.3) give zero options, as on the live API. */
    static final int MIN_GRAMS = 10;

    record Channel(String name, String cnName, String id, String aging, BigDecimal base, BigDecimal perKg,
                   int maxGrams, List<String> from, List<String> to) {

        boolean serves(String src, String dest) {
            return (from.isEmpty() || from.contains(src.toUpperCase(Locale.ROOT)))
                    && (to.isEmpty() || to.contains(dest.toUpperCase(Locale.ROOT)));
        }

        BigDecimal price(int grams) {
            BigDecimal kg = BigDecimal.valueOf(Math.max(grams, 1)).divide(BigDecimal.valueOf(1000), 3, RoundingMode.HALF_UP);
            return base.add(perKg.multiply(kg)).setScale(2, RoundingMode.HALF_UP);
        }
    }

    static final List<Channel> CHANNELS = List.of(
            new Channel("CJPacket Ordinary", "CJ普货专线", "1564849338719199201", "7-12", new BigDecimal("2.20"), new BigDecimal("9.50"), 2000, List.of("CN"), List.of()),
            new Channel("CJPacket Sensitive", "CJ特货专线", "1564849338719199202", "8-15", new BigDecimal("2.80"), new BigDecimal("11.00"), 2000, List.of("CN"), List.of()),
            new Channel("CJPacket Postal", "CJ航空挂号小包", "1564849338719199233", "12-50", new BigDecimal("1.90"), new BigDecimal("8.00"), 2000, List.of("CN"), List.of()),
            new Channel("YunExpress", "云途物流", "1564849338719199204", "10-16", new BigDecimal("3.10"), new BigDecimal("10.50"), 30000, List.of("CN"), List.of()),
            new Channel("PostNL", "荷兰邮政", "1564849338719199205", "8-15", new BigDecimal("3.50"), new BigDecimal("10.00"), 2000, List.of("CN", "DE", "FR"), List.of()),
            new Channel("USPS+", "美国邮政", "1564849338719199206", "2-5", new BigDecimal("4.10"), new BigDecimal("6.00"), 30000, List.of("US"), List.of("US")),
            new Channel("DHL Official", "DHL官方", "1564849338719199207", "3-7", new BigDecimal("18.00"), new BigDecimal("22.00"), 70000, List.of(), List.of()));

    private Freight() {
    }

    static Channel byName(String name) {
        return name == null ? null : CHANNELS.stream().filter(c -> c.name().equalsIgnoreCase(name.trim())).findFirst().orElse(null);
    }

    static BigDecimal cny(BigDecimal usd) {
        return usd.multiply(CNY_PER_USD).setScale(2, RoundingMode.HALF_UP);
    }
}
