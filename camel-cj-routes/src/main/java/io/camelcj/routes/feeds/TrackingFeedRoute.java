package io.camelcj.routes.feeds;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.camelcj.routes.support.CjCaller;
import io.camelcj.routes.support.RouteProperties;
import org.apache.camel.builder.RouteBuilder;

/**
 * The tracking feed: follows the tracking numbers that appear on the order status feed's topic and writes
 * a record to {@code cj.tracking} (key: tracking number) when CJ's logistic/trackInfo reports a change.
 * Numbers are polled {@code batch-size} per call.
 *
 * <p>Properties ({@code camel.cj.feeds.tracking.*}): {@code enabled}, {@code source-topic} (default
 * {@code cj.orders.status}), {@code topic} (default {@code cj.tracking}), {@code interval} (default 30m),
 * {@code trigger-uri}, {@code batch-size} (default 20), {@code final-statuses} (default Delivered),
 * {@code max-age} (default 120d), {@code cj-uri-prefix}.
 */
public class TrackingFeedRoute extends RouteBuilder {

    public static final String POLL_ROUTE_ID = "cj-tracking-feed";
    public static final String FOLLOW_ROUTE_ID = "cj-tracking-follow";
    static final String PREFIX = "camel.cj.feeds.tracking";
    private static final Duration RESTORE_TIMEOUT = Duration.ofMinutes(2);

    private final TrackWatchStore store;
    private TrackingTracker tracker;

    public TrackingFeedRoute() {
        this(new InMemoryTrackWatchStore());
    }

    public TrackingFeedRoute(TrackWatchStore store) {
        this.store = store;
    }

    /** The tracker (to follow numbers from code). */
    public TrackingTracker tracker() {
        return tracker;
    }

    @Override
    public void configure() {
        RouteProperties p = RouteProperties.of(getContext(), PREFIX);
        if (!p.bool("enabled", true)) {
            return;
        }
        List<String> finals = p.list("final-statuses");
        tracker = new TrackingTracker(store, finals.isEmpty() ? List.of("Delivered") : finals,
                p.duration("max-age", Duration.ofDays(120)), Clock.systemUTC());
        TrackingPoller poller = new TrackingPoller(
                CjCalls.through(new CjCaller(getContext().createProducerTemplate(), p.string("cj-uri-prefix", "cj:"), "")), tracker,
                p.integer("batch-size", 20, 1, 100));

        String source = p.string("source-topic", "cj.orders.status");
        from(FeedRoutes.sourceUri(p, source, "cj-tracking-feed")).routeId(FOLLOW_ROUTE_ID)
                .process(exchange -> onOrderStatus(exchange.getMessage().getBody(String.class)));

        String topic = p.string("topic", "cj.tracking");
        Runnable restore = () -> {
            TopicReplay.readAll(getContext(), source, RESTORE_TIMEOUT, this::onOrderStatus);
            TopicReplay.readAll(getContext(), topic, RESTORE_TIMEOUT, json -> {
                TrackingChange published = FeedRoutes.readRecord(json, TrackingChange.class);
                if (published != null) {
                    tracker.restore(published);
                }
            });
        };
        boolean restoreState = p.bool("restore-state-on-start", store instanceof InMemoryTrackWatchStore);
        FeedRoutes.pollAndPublish(this, POLL_ROUTE_ID, FeedRoutes.triggerUri(p, "tracking", Duration.ofMinutes(30)),
                restoreState ? FeedRoutes.afterRestore(restore, poller::poll) : poller::poll,
                TrackingChange::trackNumber, topic, tracker::recorded);
    }

    private void onOrderStatus(String json) {
        Map<?, ?> record = FeedRoutes.readRecord(json, Map.class);
        if (record == null) {
            return;
        }
        tracker.onOrderStatus(OrderSnapshot.text(record, "trackNumber"), OrderSnapshot.text(record, "orderNumber"),
                OrderSnapshot.text(record, "orderId"), OrderSnapshot.text(record, "status"));
    }
}
