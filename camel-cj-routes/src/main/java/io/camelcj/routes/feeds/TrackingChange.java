package io.camelcj.routes.feeds;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A record on {@code cj.tracking} (key: the tracking number): what CJ's logistic/trackInfo says about a
 * parcel changed.
 *
 * @param trackNumber            the tracking number
 * @param orderNumber            the partner's order number, when known
 * @param orderId                CJ's order id, when known
 * @param trackingStatus         CJ's tracking status text ("In transit", "Delivered", ...)
 * @param previousTrackingStatus the status reported before, null for the first report
 * @param finalStatus            true when the number is no longer followed after this record
 * @param observedAt             ISO-8601 instant of the poll
 * @param tracking               the trackInfo item as CJ sent it (all fields, unknown ones included)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrackingChange(String trackNumber, String orderNumber, String orderId, String trackingStatus,
                             String previousTrackingStatus, boolean finalStatus, String observedAt,
                             Map<String, Object> tracking) {
}
