package io.camelcj.routes.feeds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.api.CjOperation;

/**
 * One poll of the tracking feed: the followed numbers go {@code batchSize} at a time into one
 * {@code logistic/trackInfo?trackNumber=a&trackNumber=b...} call each.
 */
public final class TrackingPoller {


    private final CjCalls cj;
    private final TrackingTracker tracker;
    private final int batchSize;

    public TrackingPoller(CjCalls cj, TrackingTracker tracker, int batchSize) {
        this.cj = Objects.requireNonNull(cj, "cj");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        this.batchSize = batchSize;
    }

    /** Polls CJ and returns the changes to publish (not yet recorded in the tracker). */
    public List<TrackingChange> poll() {
        List<TrackWatch> due = tracker.due();
        List<TrackingChange> changes = new ArrayList<>();
        for (int from = 0; from < due.size(); from += batchSize) {
            List<TrackWatch> batch = due.subList(from, Math.min(due.size(), from + batchSize));
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("trackNumber", batch.stream().map(TrackWatch::trackNumber).toList());
            Object data;
            try {
                data = cj.call(CjOperation.TRACK_INFO, params);
            } catch (CjApiException e) {
                PollFailures.skipOrRethrow(e, "tracking");
                continue;
            }
            Set<String> answered = new HashSet<>();
            for (Map<?, ?> item : items(data)) {
                String number = OrderSnapshot.text(item, "trackingNumber");
                if (number != null) {
                    answered.add(number);
                }
                tracker.changeOf(item).ifPresent(changes::add);
            }
            batch.stream().filter(w -> !answered.contains(w.trackNumber())).forEach(tracker::unanswered);
        }
        return changes;
    }

    /** trackInfo answers a plain array of tracking items (not a page). */
    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> items(Object data) {
        if (data instanceof List<?> items) {
            return (List<Map<?, ?>>) (List<?>) items.stream().filter(Map.class::isInstance).toList();
        }
        return List.of();
    }
}
