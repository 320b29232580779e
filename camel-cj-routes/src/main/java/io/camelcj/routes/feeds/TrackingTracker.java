package io.camelcj.routes.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which tracking numbers the tracking feed follows and what it reports. A number is reported when
 * one of {@link #COMPARED_FIELDS} changed ({@code deliveryDay}, a day counter, is left out on purpose: it
 * would make every number "change" every day). A number stops being followed when its tracking status is
 * final, when its order was cancelled, one poll after its order was reported delivered, or after
 * {@code maxAge}. Thread-safe: the source-topic consumer and the poller use it at the same time.
 */
public final class TrackingTracker {

    /** The trackInfo fields whose change is worth a record. */
    public static final List<String> COMPARED_FIELDS = List.of("trackingStatus", "logisticName", "deliveryTime",
            "lastMileCarrier", "lastTrackNumber", "trackingFrom", "trackingTo");

    private final TrackWatchStore store;
    private final Set<String> finalTrackingStatuses;
    private final Duration maxAge;
    private final Clock clock;

    public TrackingTracker(TrackWatchStore store, Collection<String> finalTrackingStatuses, Duration maxAge,
                           Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.finalTrackingStatuses = finalTrackingStatuses.stream().map(TrackingTracker::normalize)
                .collect(Collectors.toUnmodifiableSet());
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Takes a record of the order status feed: follows its tracking number, and finishes following it when
     * the order is delivered (one more poll, to catch the final tracking state) or cancelled.
     */
    public synchronized void onOrderStatus(String trackNumber, String orderNumber, String orderId, String orderStatus) {
        if (trackNumber == null || trackNumber.isBlank()) {
            return;
        }
        Optional<TrackWatch> known = store.find(trackNumber);
        if ("CANCELLED".equals(orderStatus)) {
            known.ifPresent(w -> store.save(w.stopped()));
            return;
        }
        TrackWatch watch = known.orElseGet(() -> new TrackWatch(trackNumber, orderNumber, orderId, null, null, true,
                false, clock.instant()));
        if (known.isPresent() && !watch.active()) {
            return;
        }
        store.save("DELIVERED".equals(orderStatus) ? watch.finishing() : watch);
    }

    /** The numbers to poll now; those followed longer than maxAge are dropped first. */
    public synchronized List<TrackWatch> due() {
        Instant oldest = clock.instant().minus(maxAge);
        return store.active().stream().filter(w -> {
            if (w.since().isBefore(oldest)) {
                store.save(w.stopped());
                return false;
            }
            return true;
        }).toList();
    }

    /** The change to report for one trackInfo item, empty when nothing worth reporting changed. */
    public synchronized Optional<TrackingChange> changeOf(Map<?, ?> item) {
        String trackNumber = OrderSnapshot.text(item, "trackingNumber");
        if (trackNumber == null) {
            return Optional.empty();
        }
        Optional<TrackWatch> watch = store.find(trackNumber);
        if (watch.isEmpty() || !watch.get().active()) {
            return Optional.empty();
        }
        Map<String, String> fields = compared(item);
        String status = fields.get("trackingStatus");
        boolean finished = isFinal(status) || watch.get().lastPoll();
        if (fields.equals(watch.get().last())) {
            if (finished) {
                store.save(watch.get().stopped());
            }
            return Optional.empty();
        }
        Map<String, Object> tracking = new LinkedHashMap<>();
        item.forEach((k, v) -> tracking.put(String.valueOf(k), v));
        return Optional.of(new TrackingChange(trackNumber, watch.get().orderNumber(), watch.get().orderId(), status,
                watch.get().lastStatus(), finished, clock.instant().toString(), tracking));
    }

    /**
     * CJ gave nothing for this number. It stays followed (CJ often knows a number only hours after
     * shipping) unless this was its last poll.
     */
    public synchronized void unanswered(TrackWatch watch) {
        if (watch.lastPoll()) {
            store.save(watch.stopped());
        }
    }

    /**
     * Takes a record this feed published earlier (read back from its own topic, in order, before the first
     * poll): what was reported is known again, and a finished number is not followed again.
     */
    public synchronized void restore(TrackingChange published) {
        TrackWatch watch = store.find(published.trackNumber()).orElseGet(() -> new TrackWatch(published.trackNumber(), published.orderNumber(),
                published.orderId(), null, null, true, false, clock.instant()));
        Map<String, Object> item = published.tracking() == null ? Map.of() : published.tracking();
        store.save(watch.reported(compared(item), published.trackingStatus(),
                !published.finalStatus()));
    }

    /** Remembers a published change. */
    public synchronized void recorded(TrackingChange change) {
        store.find(change.trackNumber()).ifPresent(w -> {
            Map<?, ?> item = change.tracking();
            store.save(w.reported(compared(item), change.trackingStatus(), !change.finalStatus()));
        });
    }

    /** Whether this tracking status text ends the journey (compared case-insensitively). */
    public boolean isFinal(String trackingStatus) {
        return trackingStatus != null && finalTrackingStatuses.contains(normalize(trackingStatus));
    }

    /** The {@link #COMPARED_FIELDS} of a trackInfo item, as text. */
    static Map<String, String> compared(Map<?, ?> item) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : COMPARED_FIELDS) {
            fields.put(field, OrderSnapshot.text(item, field));
        }
        return fields;
    }

    private static String normalize(String status) {
        return status.trim().toLowerCase(Locale.ROOT);
    }
}
