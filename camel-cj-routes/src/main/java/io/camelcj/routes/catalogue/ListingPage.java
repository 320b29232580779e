package io.camelcj.routes.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code product/listV2}: the scope's total and the page's product items (CJ's field names, e.g.
 * {@code id}, {@code nameEn}, {@code sellPrice}).
 */
public record ListingPage(long totalRecords, int totalPages, List<Map<String, Object>> items) {

    public ListingPage {
        items = List.copyOf(items);
    }

    /** Reads listV2's {@code data}: {@code {totalRecords, totalPages, content: [{productList: [...]}, ...]}}. */
    @SuppressWarnings("unchecked")
    public static ListingPage fromListV2Data(Object data) {
        if (!(data instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("product/listV2 answered without a data object");
        }
        List<Map<String, Object>> items = new ArrayList<>();
        if (map.get("content") instanceof List<?> content) {
            for (Object dto : content) {
                if (dto instanceof Map<?, ?> d && d.get("productList") instanceof List<?> products) {
                    for (Object p : products) {
                        if (p instanceof Map<?, ?> product) {
                            items.add((Map<String, Object>) product);
                        }
                    }
                }
            }
        }
        long total = Values.toLong(map.get("totalRecords"), items.size());
        int pages = (int) Values.toLong(map.get("totalPages"), -1);
        return new ListingPage(total, pages, items);
    }
}
