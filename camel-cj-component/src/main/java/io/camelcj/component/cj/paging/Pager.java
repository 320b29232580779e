package io.camelcj.component.cj.paging;

import io.camelcj.component.cj.api.ApiOperation;
import io.camelcj.component.cj.CjValidationException;
import io.camelcj.component.cj.api.ParamSpec;
import io.camelcj.component.cj.api.PagingShape;
import io.camelcj.component.cj.client.CjApiClient;
import io.camelcj.component.cj.client.CjRequest;
import io.camelcj.component.cj.client.RetrySettings;

import java.util.Iterator;

/**
 * Walks all pages of a paged request, starting at the page the request names (default 1), with the
 * largest page size the reference allows unless the request or the endpoint sets one.
 */
public final class Pager {

    private Pager() {
    }

    /**
     * @param pageSize page size to use, null for the largest documented one (or CJ's default)
     */
    public static Iterator<Page> pages(CjApiClient client, CjRequest request, RetrySettings retry, Integer pageSize) {
        ApiOperation op = request.operation();
        PagingShape shape = op.paging();
        Integer size = pageSize != null ? pageSize : intParam(request, shape.sizeParam());
        if (size == null) {
            size = largestSize(op);
        }
        CjRequest base = size == null ? request : request.with(shape.sizeParam(), size);
        Integer first = intParam(request, shape.pageParam());
        int requestedSize = size == null ? 0 : size;
        return new PageIterator(shape, page -> client.execute(base.with(shape.pageParam(), page), retry)
                .envelope().data(), first == null ? 1 : first, requestedSize);
    }

    /** The documented maximum page size (listV2 100, product/list 200), null when the reference gives none. */
    static Integer largestSize(ApiOperation op) {
        Long max = op.param(op.paging().sizeParam()).map(ParamSpec::max).orElse(null);
        return max == null || max >= Integer.MAX_VALUE ? null : max.intValue();
    }

    private static Integer intParam(CjRequest request, String name) {
        Object v = request.params().get(name);
        if (v == null) {
            return null;
        }
        try {
            return v instanceof Number n ? n.intValue() : Integer.valueOf(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new CjValidationException(request.operation().path(), name, "must be a whole number but is '" + v + "'");
        }
    }
}
