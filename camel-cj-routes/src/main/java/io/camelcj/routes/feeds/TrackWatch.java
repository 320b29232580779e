package io.camelcj.routes.feeds;

import java.time.Instant;
import java.util.Map;

/**
 * One tracking number the tracking feed follows.
 *
 * @param trackNumber   the tracking number
 * @param orderNumber   the partner's order number, may be null
 * @param orderId       CJ's order id, may be null
 * @param last          the fields last reported (see {@link TrackingTracker#COMPARED_FIELDS}), null before the first
 * @param lastStatus    the tracking status last reported
 * @param active        false once finished (delivered, order cancelled, too old)
 * @param lastPoll      poll it once more, then stop (its order was reported delivered)
 * @param since         when the feed started following it
 */
public record TrackWatch(String trackNumber, String orderNumber, String orderId, Map<String, String> last,
                         String lastStatus, boolean active, boolean lastPoll, Instant since) {

    TrackWatch reported(Map<String, String> fields, String status, boolean stillActive) {
        return new TrackWatch(trackNumber, orderNumber, orderId, fields, status, stillActive && !lastPoll, lastPoll,
                since);
    }

    TrackWatch finishing() {
        return new TrackWatch(trackNumber, orderNumber, orderId, last, lastStatus, active, true, since);
    }

    TrackWatch stopped() {
        return new TrackWatch(trackNumber, orderNumber, orderId, last, lastStatus, false, lastPoll, since);
    }
}
