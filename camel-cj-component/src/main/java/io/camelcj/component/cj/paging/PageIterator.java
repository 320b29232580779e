package io.camelcj.component.cj.paging;

import io.camelcj.component.cj.api.PagingShape;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * Fetches pages lazily, one at a time, only when asked for the next one; holds no earlier page.
 * Stops after the last page, at an empty page, or at the highest page the API serves (listV2: 1000,
 * logged as a truncation: narrow the filters to reach the rest).
 */
public final class PageIterator implements Iterator<Page> {

    private static final Logger LOG = LoggerFactory.getLogger(PageIterator.class);

    private final PagingShape shape;
    private final IntFunction<Object> fetch;
    private final int pageSize;
    private int nextPage;
    private boolean started;
    private boolean more = true;

    /**
     * @param fetch     returns the {@code data} of the given page number (the call itself: token, permit, retries)
     * @param firstPage first page to fetch (1-based)
     * @param pageSize  the page size requested
     */
    public PageIterator(PagingShape shape, IntFunction<Object> fetch, int firstPage, int pageSize) {
        if (!shape.isPaged()) {
            throw new IllegalArgumentException("operation is not paged");
        }
        this.shape = shape;
        this.fetch = fetch;
        this.nextPage = firstPage;
        this.pageSize = pageSize;
    }

    @Override
    public boolean hasNext() {
        // the first page is always requested, so that an invalid request fails with its reason
        return !started || (more && nextPage <= shape.maxPage());
    }

    @Override
    public Page next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no further page");
        }
        started = true;
        int page = nextPage++;
        Object data = fetch.apply(page);
        PageInfo info = Pages.info(shape, data, page, pageSize);
        more = info.hasMore();
        if (!more && info.totalPages() != null && info.totalPages() > page && page >= shape.maxPage()) {
            LOG.warn("Stopped after page {}: the API serves no page beyond {} although {} pages ({} items) match;"
                    + " narrow the filters (category, price range, time window) to reach the rest",
                    page, shape.maxPage(), info.totalPages(), info.total());
        }
        return new Page(info, data, Pages.items(shape, data));
    }
}
