package io.camelcj.routes.orders.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of a placed order: the store's line item id next to CJ's line item id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderLineResult(String storeLineItemId, String lineItemId, String vid, Integer quantity) {
}
