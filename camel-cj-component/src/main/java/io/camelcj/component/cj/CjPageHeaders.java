package io.camelcj.component.cj;

import io.camelcj.component.cj.paging.PageInfo;
import org.apache.camel.Message;

/** Writes the paging headers of {@link CjConstants} (producer and consumer alike). */
public final class CjPageHeaders {

    private CjPageHeaders() {
    }

    public static void set(Message message, PageInfo info) {
        message.setHeader(CjConstants.PAGE, info.page());
        message.setHeader(CjConstants.PAGE_SIZE, info.pageSize());
        message.setHeader(CjConstants.TOTAL, info.total());
        message.setHeader(CjConstants.TOTAL_PAGES, info.totalPages());
        message.setHeader(CjConstants.HAS_MORE, info.hasMore());
    }
}
