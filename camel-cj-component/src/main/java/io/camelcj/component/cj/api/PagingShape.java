package io.camelcj.component.cj.api;

/**
 * The two paging dialects of CJ API 2.0 (plus "none"). Each names the request parameters and the
 * fields of {@code data} that carry position, totals and items.
 */
public enum PagingShape {
    /** Not paged. */
    NONE(null, null, null, null, null, null, null, 0),
    /** {@code pageNum/pageSize} in, {@code pageNum, pageSize, total, list} out (product/list, order list, reviews). */
    PAGE_NUM("pageNum", "pageSize", "pageNum", "pageSize", "total", null, "list", Integer.MAX_VALUE),
    /**
     * product/listV2: {@code page/size} in (page 1..1000, size 1..100), {@code pageNumber, pageSize,
     * totalRecords, totalPages, content} out, where each {@code content} element holds a {@code productList}.
     */
    LIST_V2("page", "size", "pageNumber", "pageSize", "totalRecords", "totalPages", "content", 1000),
    /** myProduct/query: {@code pageNum/pageSize} in, the listV2 field names out, items directly in {@code content}. */
    CONTENT("pageNum", "pageSize", "pageNumber", "pageSize", "totalRecords", "totalPages", "content", Integer.MAX_VALUE);

    private final String pageParam;
    private final String sizeParam;
    private final String pageField;
    private final String sizeField;
    private final String totalField;
    private final String totalPagesField;
    private final String itemsField;
    private final int maxPage;

    PagingShape(String pageParam, String sizeParam, String pageField, String sizeField, String totalField,
                String totalPagesField, String itemsField, int maxPage) {
        this.pageParam = pageParam;
        this.sizeParam = sizeParam;
        this.pageField = pageField;
        this.sizeField = sizeField;
        this.totalField = totalField;
        this.totalPagesField = totalPagesField;
        this.itemsField = itemsField;
        this.maxPage = maxPage;
    }

    public boolean isPaged() {
        return this != NONE;
    }

    /** Request parameter carrying the page number. */
    public String pageParam() {
        return pageParam;
    }

    /** Request parameter carrying the page size. */
    public String sizeParam() {
        return sizeParam;
    }

    /** Field of {@code data} with the current page number. */
    public String pageField() {
        return pageField;
    }

    public String sizeField() {
        return sizeField;
    }

    public String totalField() {
        return totalField;
    }

    /** Field with the page count, null when the shape has none (computed from total and size). */
    public String totalPagesField() {
        return totalPagesField;
    }

    public String itemsField() {
        return itemsField;
    }

    /** Highest page number the API serves (listV2: 1000). */
    public int maxPage() {
        return maxPage;
    }
}
