package io.camelcj.routes.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One listV2 query (a set of filters) small enough to be walked page by page, or to be split further.
 *
 * @param filter      listV2 filter parameters (sorted, string values as sent)
 * @param exhausted   split kinds that cannot narrow this partition any more
 * @param lastSplit   the split that produced this partition (null for a root)
 * @param parentTotal the parent's totalRecords (-1 for a root): a child as large as its parent made no progress
 */
public record Partition(SortedMap<String, String> filter, Set<SplitKind> exhausted, SplitKind lastSplit,
                        long parentTotal) {

    public static final String CATEGORY = "categoryId";
    public static final String START_PRICE = "startSellPrice";
    public static final String END_PRICE = "endSellPrice";
    public static final String TIME_START = "timeStart";
    public static final String TIME_END = "timeEnd";

    public Partition {
        filter = new TreeMap<>(filter);
        exhausted = exhausted.isEmpty() ? EnumSet.noneOf(SplitKind.class) : EnumSet.copyOf(exhausted);
    }

    public static Partition root(Map<String, String> filter) {
        Set<SplitKind> exhausted = filter.containsKey(CATEGORY) ? EnumSet.of(SplitKind.CATEGORY)
                : EnumSet.noneOf(SplitKind.class);
        return new Partition(new TreeMap<>(filter), exhausted, null, -1);
    }

    /** A child with extra/replaced filters, produced by {@code kind}. */
    public Partition child(SplitKind kind, Map<String, String> changes, long thisTotal) {
        TreeMap<String, String> f = new TreeMap<>(filter);
        changes.forEach((k, v) -> {
            if (v == null) {
                f.remove(k);
            } else {
                f.put(k, v);
            }
        });
        Set<SplitKind> ex = EnumSet.noneOf(SplitKind.class);
        ex.addAll(exhausted);
        if (kind == SplitKind.CATEGORY) {
            ex.add(SplitKind.CATEGORY);
        }
        return new Partition(f, ex, kind, thisTotal);
    }

    public Partition withExhausted(SplitKind kind) {
        Set<SplitKind> ex = EnumSet.of(kind);
        ex.addAll(exhausted);
        return new Partition(filter, ex, lastSplit, parentTotal);
    }

    public String describe() {
        return filter.isEmpty() ? "{whole catalogue}" : filter.toString();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("filter", filter);
        m.put("exhausted", exhausted.stream().map(Enum::name).toList());
        m.put("lastSplit", lastSplit == null ? null : lastSplit.name());
        m.put("parentTotal", parentTotal);
        return m;
    }

    public static Partition fromJson(JsonNode node) {
        TreeMap<String, String> filter = new TreeMap<>();
        node.path("filter").fields().forEachRemaining(e -> filter.put(e.getKey(), e.getValue().asText()));
        List<SplitKind> ex = new ArrayList<>();
        node.path("exhausted").forEach(n -> ex.add(SplitKind.valueOf(n.asText())));
        JsonNode last = node.path("lastSplit");
        return new Partition(filter, ex.isEmpty() ? EnumSet.noneOf(SplitKind.class) : EnumSet.copyOf(ex),
                last.isTextual() ? SplitKind.valueOf(last.asText()) : null, node.path("parentTotal").asLong(-1));
    }
}
