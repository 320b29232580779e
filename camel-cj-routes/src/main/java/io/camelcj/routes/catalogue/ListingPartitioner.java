package io.camelcj.routes.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Splits a listV2 partition that holds more products than listV2 can page through (page ≤ 1000, size ≤ 100, so at
 * most 100,000 per query) into narrower partitions, in the configured order of {@link SplitKind}s.
 * <p>
 * Children never leave a gap: price and time children share their boundary value and keep the parent's open ends,
 * so whatever the inclusiveness of listV2's bounds, every product of the parent is in at least one child (a product
 * on a boundary may be seen twice, which is harmless). A split that did not shrink a partition is not tried again
 * on it, so splitting always ends; a partition nothing can split is reported by returning no children.
 */
final class ListingPartitioner {

    /** listV2 {@code orderBy}: 2 = sell price, 3 = create time. */
    private static final String ORDER_BY_PRICE = "2";
    private static final String ORDER_BY_TIME = "3";

    private final CatalogueSource source;
    private final List<SplitKind> order;

    ListingPartitioner(CatalogueSource source, List<SplitKind> order) {
        this.source = source;
        this.order = List.copyOf(order);
    }

    /**
     * Children covering {@code partition}, or an empty list when no configured split can narrow it.
     *
     * @param total       the partition's totalRecords
     * @param categoryIds third-level category ids known to this run
     */
    List<Partition> split(Partition partition, long total, List<String> categoryIds) {
        for (SplitKind kind : order) {
            if (partition.exhausted().contains(kind)
                    || (kind == partition.lastSplit() && total >= partition.parentTotal())) {
                continue; // this kind already failed to shrink this branch
            }
            List<Partition> children = switch (kind) {
                case CATEGORY -> byCategory(partition, total, categoryIds);
                case PRICE -> byPrice(partition, total);
                case TIME -> byTime(partition, total);
            };
            if (!children.isEmpty()) {
                return children;
            }
            partition = partition.withExhausted(kind);
        }
        return List.of();
    }

    private static List<Partition> byCategory(Partition p, long total, List<String> categoryIds) {
        List<Partition> children = new ArrayList<>();
        for (String id : categoryIds) {
            children.add(p.child(SplitKind.CATEGORY, Map.of(Partition.CATEGORY, id), total));
        }
        return children;
    }

    private List<Partition> byPrice(Partition p, long total) {
        BigDecimal low = edge(p, ORDER_BY_PRICE, "asc", item -> Values.priceLow(item.get("sellPrice")));
        BigDecimal high = edge(p, ORDER_BY_PRICE, "desc", item -> Values.priceHigh(item.get("sellPrice")));
        if (low == null || high == null || high.compareTo(low) <= 0) {
            return List.of();
        }
        String mid = low.add(high).divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN).toPlainString();
        return List.of(p.child(SplitKind.PRICE, Map.of(Partition.END_PRICE, mid), total),
                p.child(SplitKind.PRICE, Map.of(Partition.START_PRICE, mid), total));
    }

    private List<Partition> byTime(Partition p, long total) {
        BigDecimal low = edge(p, ORDER_BY_TIME, "asc", item -> Values.decimal(item.get("createAt")));
        BigDecimal high = edge(p, ORDER_BY_TIME, "desc", item -> Values.decimal(item.get("createAt")));
        if (low == null || high == null || high.compareTo(low) <= 0) {
            return List.of();
        }
        long lo = low.longValue();
        long mid = lo + (high.longValue() - lo) / 2;
        return List.of(p.child(SplitKind.TIME, Map.of(Partition.TIME_END, Long.toString(mid)), total),
                p.child(SplitKind.TIME, Map.of(Partition.TIME_START, Long.toString(mid)), total));
    }

    /** The value at one end of the partition when sorted by {@code orderBy}; one listV2 call of size 1. */
    private BigDecimal edge(Partition p, String orderBy, String sort,
                            Function<Map<String, Object>, BigDecimal> read) {
        Map<String, String> params = new HashMap<>(p.filter());
        params.put("orderBy", orderBy);
        params.put("sort", sort);
        ListingPage page = source.listing(params, 1, 1);
        return page.items().isEmpty() ? null : read.apply(page.items().get(0));
    }

    /** listV2 parameters for walking a partition: its filters and a stable order (oldest first). */
    static Map<String, String> walkParams(Partition p) {
        Map<String, String> params = new LinkedHashMap<>(p.filter());
        params.put("orderBy", ORDER_BY_TIME);
        params.put("sort", "asc");
        return params;
    }
}
