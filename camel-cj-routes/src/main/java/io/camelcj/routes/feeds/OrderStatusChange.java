package io.camelcj.routes.feeds;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A record on {@code cj.orders.status}: an order's status, tracking number or logistics name changed.
 *
 * @param orderNumber    the partner's order number (the record key; same key as on cj.orders.out)
 * @param orderId        CJ's order id
 * @param status         the new status
 * @param previousStatus the status reported before, null for the first report
 * @param trackNumber    tracking number, null until shipped
 * @param logisticName   logistics name
 * @param trackingUrl    tracking URL when CJ gives one
 * @param finalStatus    true when CJ will not change the order any more (it is no longer followed)
 * @param observedAt     ISO-8601 instant of the poll that saw the change
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderStatusChange(String orderNumber, String orderId, String status, String previousStatus,
                                String trackNumber, String logisticName, String trackingUrl, boolean finalStatus,
                                String observedAt) {

    /** The Kafka key: the order number when known, CJ's id otherwise. */
    public String key() {
        return orderNumber != null ? orderNumber : orderId;
    }
}
