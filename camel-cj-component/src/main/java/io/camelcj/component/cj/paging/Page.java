package io.camelcj.component.cj.paging;


import java.util.List;

/**
 * One fetched page.
 *
 * @param info  position and totals
 * @param data  the envelope's {@code data} (plain Java)
 * @param items the items of this page
 */
public record Page(PageInfo info, Object data, List<Object> items) {
}
