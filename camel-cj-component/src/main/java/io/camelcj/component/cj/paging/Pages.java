package io.camelcj.component.cj.paging;

import static io.camelcj.component.cj.envelope.PlainJson.field;

import io.camelcj.component.cj.envelope.PlainJson;
import io.camelcj.component.cj.api.PagingShape;

import java.util.ArrayList;
import java.util.List;

/** Reads page position and items out of a paged operation's {@code data}, for each {@link PagingShape}. */
public final class Pages {

    /** Inside each listV2 {@code content} element, the products of the page. */
    static final String LIST_V2_PRODUCTS = "productList";

    private Pages() {
    }

    /**
     * The page information of {@code data}. Numbers may arrive as strings ("285", field notes).
     *
     * @param requestedPage the page that was asked for, used when the answer omits it
     * @param requestedSize the size that was asked for, used when the answer omits it
     */
    public static PageInfo info(PagingShape shape, Object data, int requestedPage, int requestedSize) {
        int page = (int) number(data, shape.pageField(), requestedPage);
        int size = (int) number(data, shape.sizeField(), requestedSize);
        Long total = optionalNumber(data, shape.totalField());
        Long totalPages = shape.totalPagesField() == null ? null : optionalNumber(data, shape.totalPagesField());
        if (totalPages == null && total != null && size > 0) {
            totalPages = (total + size - 1) / size;
        }
        int itemCount = items(shape, data).size();
        boolean more;
        if (totalPages != null) {
            more = page < totalPages;
        } else {
            more = size > 0 && itemCount >= size; // no totals: a full page suggests another one
        }
        return new PageInfo(page, size, total, totalPages, more && itemCount > 0 && page < shape.maxPage());
    }

    /** The items of one page: {@code list}, {@code content}, or for listV2 every {@code content[].productList[]}. */
    public static List<Object> items(PagingShape shape, Object data) {
        if (!(field(data, shape.itemsField()) instanceof List<?> items)) {
            return new ArrayList<>();
        }
        List<Object> out = new ArrayList<>(items.size());
        for (Object element : items) {
            Object products = shape == PagingShape.LIST_V2 ? field(element, LIST_V2_PRODUCTS) : null;
            if (products instanceof List<?> list) {
                out.addAll(list);
            } else {
                out.add(element);
            }
        }
        return out;
    }


    private static long number(Object data, String field, long fallback) {
        Long n = optionalNumber(data, field);
        return n == null ? fallback : n;
    }

    private static Long optionalNumber(Object data, String field) {
        return PlainJson.wholeNumber(field(data, field));
    }
}
