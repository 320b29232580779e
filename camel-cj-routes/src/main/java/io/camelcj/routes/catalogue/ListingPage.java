package io.camelcj.routes.catalogue;

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
}
