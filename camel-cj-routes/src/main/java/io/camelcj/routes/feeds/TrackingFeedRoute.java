package io.camelcj.routes.feeds;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.camelcj.routes.support.RouteValues;
import org.apache.camel.builder.RouteBuilder;

/**
 * The tracking feed: follows the tracking numbers that appear on the order status feed's topic and writes
 * a record to {@code cj.tracking} (key: tracking number) when CJ's logistic/trackInfo reports a change.
 * Numbers are polled {@code batch-size} per call.
 *
 * <p>Its options ({@code camel.cj.tracking.*}) are declared in {@link TrackingFeedOptions}.
 */
public class TrackingFeedRoute extends RouteBuilder {

    public static final String POLL_ROUTE_ID = "cj-tracking-feed";
    public static final String FOLLOW_ROUTE_ID = "cj-tracking-follow";
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
        FeedOptions feed = TrackingFeedOptions.FEED;
        RouteValues v = TrackingFeedOptions.FAMILY.read(getContext());
        if (!v.get(feed.enabled)) {
            return;
        }
        tracker = new TrackingTracker(store, v.get(feed.finalStatuses), v.get(TrackingFeedOptions.MAX_AGE),
                Clock.systemUTC());
        TrackingPoller poller = new TrackingPoller(
                CjCalls.through(feed.cj.endpoint(v).caller(getContext().createProducerTemplate())), tracker,
                v.get(feed.batchSize));

        String source = v.get(feed.sourceTopic);
        from(feed.sourceUri(v, source)).routeId(FOLLOW_ROUTE_ID)
                .process(exchange -> onOrderStatus(exchange.getMessage().getBody(String.class)));

        String topic = v.get(feed.topic);
        Runnable restore = () -> {
            TopicReplay.readAll(getContext(), source, RESTORE_TIMEOUT, this::onOrderStatus);
            TopicReplay.readAll(getContext(), topic, RESTORE_TIMEOUT, json -> {
                TrackingChange published = FeedRoutes.readRecord(json, TrackingChange.class);
                if (published != null) {
                    tracker.restore(published);
                }
            });
        };
        boolean restoreState = v.find(feed.restoreStateOnStart).orElse(store instanceof InMemoryTrackWatchStore);
        FeedRoutes.pollAndPublish(this, POLL_ROUTE_ID, feed.triggerUri(v, "tracking"),
                restoreState ? FeedRoutes.afterRestore(restore, poller::poll) : poller::poll,
                TrackingChange::trackNumber, topic, feed.cloudEvents.source(v), FeedEvents::of, tracker::recorded);
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
