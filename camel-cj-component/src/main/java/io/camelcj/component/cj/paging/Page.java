package io.camelcj.component.cj.paging;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One fetched page.
 *
 * @param info  position and totals
 * @param data  the envelope's {@code data}
 * @param items the items of this page
 */
public record Page(PageInfo info, JsonNode data, List<JsonNode> items) {
}
