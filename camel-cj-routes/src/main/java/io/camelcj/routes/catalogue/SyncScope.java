package io.camelcj.routes.catalogue;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The part of CJ's catalogue a sync covers, as listV2 filters. Categories are third-level ids; each becomes its own
 * root partition. {@code extraParams} passes any other listV2 filter through unchanged (e.g. {@code productType=4}).
 */
public record SyncScope(String keyword, List<String> categoryIds, String countryCode, BigDecimal minPrice,
                        BigDecimal maxPrice, Map<String, String> extraParams) {

    public SyncScope {
        categoryIds = List.copyOf(categoryIds);
        extraParams = Collections.unmodifiableMap(new TreeMap<>(extraParams));
    }

    /** The listV2 filter parameters shared by every partition of this scope (categories excluded). */
    public Map<String, String> baseFilter() {
        Map<String, String> filter = new LinkedHashMap<>(extraParams);
        if (keyword != null) {
            filter.put("keyWord", keyword);
        }
        if (countryCode != null) {
            filter.put("countryCode", countryCode);
        }
        if (minPrice != null) {
            filter.put(Partition.START_PRICE, minPrice.toPlainString());
        }
        if (maxPrice != null) {
            filter.put(Partition.END_PRICE, maxPrice.toPlainString());
        }
        return filter;
    }
}
