package io.camelcj.routes.feeds;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camelcj.routes.support.RouteValues;
import org.apache.camel.builder.RouteBuilder;

/**
 * The order status feed: follows CJ orders and writes a record to {@code cj.orders.status} (key: order
 * number) whenever an order's status, tracking number or logistics name changes; an order in a final state
 * (DELIVERED, CANCELLED) is reported once more and then no longer followed.
 *
 * <p>Which orders: in mode {@code orders} (default) those the order push route wrote to its result topic
 * ({@code cj.orders.out}); in mode {@code all} also every order of the account found by listing the
 * non-final statuses (there {@code source-topic} is optional). Its options ({@code camel.cj.order-status.*}) are
 * declared in {@link OrderStatusFeedOptions}.
 */
public class OrderStatusFeedRoute extends RouteBuilder {

    public static final String POLL_ROUTE_ID = "cj-order-status-feed";
    public static final String FOLLOW_ROUTE_ID = "cj-order-status-follow";
    private static final Duration RESTORE_TIMEOUT = Duration.ofMinutes(2);

    /** Which orders the feed follows. */
    public enum Mode {
        /** The orders on the order push route's result topic. */
        ORDERS,
        /** Those plus every order of the account in a non-final status. */
        ALL
    }

    private final OrderWatchStore store;
    private OrderStatusTracker tracker;

    public OrderStatusFeedRoute() {
        this(new InMemoryOrderWatchStore());
    }

    public OrderStatusFeedRoute(OrderWatchStore store) {
        this.store = store;
    }

    /** The tracker (to follow orders from code, e.g. orders placed another way). */
    public OrderStatusTracker tracker() {
        return tracker;
    }

    @Override
    public void configure() {
        FeedOptions feed = OrderStatusFeedOptions.FEED;
        RouteValues v = OrderStatusFeedOptions.FAMILY.read(getContext());
        if (!v.get(feed.enabled)) {
            return;
        }
        Mode mode = v.get(OrderStatusFeedOptions.MODE);
        tracker = new OrderStatusTracker(store, new HashSet<>(v.get(feed.finalStatuses)),
                v.get(OrderStatusFeedOptions.MAX_MISSES), Clock.systemUTC());
        List<String> discovery = mode == Mode.ALL ? v.get(OrderStatusFeedOptions.DISCOVERY_STATUSES) : List.of();
        OrderStatusPoller poller = new OrderStatusPoller(
                CjCalls.through(feed.cj.endpoint(v).caller(getContext().createProducerTemplate())), tracker,
                v.get(feed.batchSize), discovery, v.get(OrderStatusFeedOptions.PAGE_SIZE));

        // mode all finds the orders itself: the order push route's topic is then optional
        Optional<String> source = mode == Mode.ORDERS || v.isSet(feed.sourceTopic) ? Optional.of(v.get(feed.sourceTopic))
                : Optional.empty();
        source.ifPresent(topic -> from(feed.sourceUri(v, topic))
                .routeId(FOLLOW_ROUTE_ID)
                .process(exchange -> follow(exchange.getMessage().getBody(String.class))));

        String topic = v.get(feed.topic);
        Runnable restore = () -> {
            source.ifPresent(t -> TopicReplay.readAll(getContext(), t, RESTORE_TIMEOUT, this::follow));
            TopicReplay.readAll(getContext(), topic, RESTORE_TIMEOUT, json -> {
                OrderStatusChange published = FeedRoutes.readRecord(json, OrderStatusChange.class);
                if (published != null) {
                    tracker.restore(published);
                }
            });
        };
        boolean restoreState = v.find(feed.restoreStateOnStart).orElse(store instanceof InMemoryOrderWatchStore);
        FeedRoutes.pollAndPublish(this, POLL_ROUTE_ID, feed.triggerUri(v, "order-status"),
                restoreState ? FeedRoutes.afterRestore(restore, poller::poll) : poller::poll, OrderStatusChange::key,
                topic, feed.cloudEvents.source(v), FeedEvents::of, tracker::recorded);
    }

    /** A record of the order push route's result topic: follow the order it names. */
    private void follow(String json) {
        Map<?, ?> result = FeedRoutes.readRecord(json, Map.class);
        if (result == null) {
            return;
        }
        String orderNumber = OrderSnapshot.text(result, "orderNumber");
        String orderId = OrderSnapshot.text(result, "cjOrderId");
        if (orderNumber != null || orderId != null) {
            tracker.follow(orderNumber, orderId, OrderSnapshot.text(result, "status"));
        }
    }
}
