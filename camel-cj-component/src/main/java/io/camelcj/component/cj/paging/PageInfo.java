package io.camelcj.component.cj.paging;

/**
 * Position and totals of one page, as far as the answer tells them.
 *
 * @param page       page number (1-based)
 * @param pageSize   page size
 * @param total      total number of items, or null when not given
 * @param totalPages number of pages (given by listV2, computed from total and size otherwise), or null
 * @param hasMore    whether a further page exists that the API can serve
 */
public record PageInfo(int page, int pageSize, Long total, Long totalPages, boolean hasMore) {
}
