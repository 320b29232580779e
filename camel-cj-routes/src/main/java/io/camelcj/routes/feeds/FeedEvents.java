package io.camelcj.routes.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelcj.routes.support.CanonicalJson;
import io.camelcj.routes.support.CloudEventHeaders;

/**
 * The CloudEvents attributes of the feeds' records. Ids are derived from what the record reports, so the same
 * change published twice (at-least-once: a poll whose publication failed is repeated) has the same id, and two
 * different changes of one order never share one.
 */
final class FeedEvents {

    static final String ORDER_STATUS_TYPE = "com.cjdropshipping.order.status";
    static final String TRACKING_TYPE = "com.cjdropshipping.logistics.tracking";
    /** Hex digits of the fingerprint in an id: 48 bits tell apart the few changes one order or parcel has. */
    private static final int FINGERPRINT_DIGITS = 12;

    private FeedEvents() {
    }

    /**
     * {@code <order id>:<status>}, and when a tracking number or logistics name is known, a fingerprint of them
     * (a change of tracking number under the same status is another event).
     */
    static CloudEventHeaders.Event of(OrderStatusChange change) {
        String order = change.orderId() != null ? change.orderId() : change.orderNumber();
        StringBuilder id = new StringBuilder(order).append(':').append(change.status());
        if (change.trackNumber() != null || change.logisticName() != null) {
            List<String> shipping = new ArrayList<>();
            shipping.add(change.trackNumber());
            shipping.add(change.logisticName());
            id.append(':').append(fingerprint(shipping));
        }
        return new CloudEventHeaders.Event(id.toString(), ORDER_STATUS_TYPE, change.key(), change.observedAt());
    }

    /** {@code <tracking number>:<fingerprint of the compared trackInfo fields>}. */
    static CloudEventHeaders.Event of(TrackingChange change) {
        Map<String, Object> item = change.tracking() == null ? Map.of() : change.tracking();
        return new CloudEventHeaders.Event(change.trackNumber() + ":" + fingerprint(TrackingTracker.compared(item)),
                TRACKING_TYPE,
                change.trackNumber(), change.observedAt());
    }

    private static String fingerprint(Object value) {
        return CanonicalJson.sha256(value).substring(0, FINGERPRINT_DIGITS);
    }
}
