package io.camelcj.routes.feeds;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camelcj.routes.support.CjCaller;
import io.camelcj.routes.support.RouteProperties;
import org.apache.camel.builder.RouteBuilder;

/**
 * The order status feed: follows CJ orders and writes a record to {@code cj.orders.status} (key: order
 * number) whenever an order's status, tracking number or logistics name changes; an order in a final state
 * (DELIVERED, CANCELLED) is reported once more and then no longer followed.
 *
 * <p>Which orders: in mode {@code orders} (default) those the order push route wrote to its result topic
 * ({@code cj.orders.out}); in mode {@code all} also every order of the account found by listing the
 * non-final statuses (there {@code source-topic} is optional). Properties
 * ({@code camel.cj.feeds.order-status.*}): {@code enabled}, {@code mode}, {@code source-topic}, {@code topic}, {@code interval} (default 5m), {@code trigger-uri},
 * {@code batch-size} (orderIds per order/list call, default 50), {@code page-size} (default 50),
 * {@code final-statuses}, {@code discovery-statuses}, {@code max-misses} (default 10), {@code cj-uri-prefix}.
 */
public class OrderStatusFeedRoute extends RouteBuilder {

    public static final String POLL_ROUTE_ID = "cj-order-status-feed";
    public static final String FOLLOW_ROUTE_ID = "cj-order-status-follow";
    static final String PREFIX = "camel.cj.feeds.order-status";
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
        RouteProperties p = RouteProperties.of(getContext(), PREFIX);
        if (!p.bool("enabled", true)) {
            return;
        }
        Mode mode = p.enumValue("mode", Mode.class, Mode.ORDERS);
        List<String> finals = listOr(p.list("final-statuses"), List.of("DELIVERED", "CANCELLED"));
        tracker = new OrderStatusTracker(store, new HashSet<>(finals), p.integer("max-misses", 10, 1, 10_000),
                Clock.systemUTC());
        List<String> discovery = mode == Mode.ALL ? listOr(p.list("discovery-statuses"),
                List.of("CREATED", "IN_CART", "UNPAID", "UNSHIPPED", "SHIPPED")) : List.of();
        OrderStatusPoller poller = new OrderStatusPoller(
                CjCalls.through(new CjCaller(getContext().createProducerTemplate(), p.string("cj-uri-prefix", "cj:"), "")), tracker,
                p.integer("batch-size", 50, 1, 100), discovery, p.integer("page-size", 50, 1, 200));

        // mode all finds the orders itself: the order push route's topic is then optional
        Optional<String> source = mode == Mode.ORDERS ? Optional.of(p.string("source-topic", "cj.orders.out"))
                : p.string("source-topic");
        source.ifPresent(topic -> from(FeedRoutes.sourceUri(p, topic, "cj-order-status-feed"))
                .routeId(FOLLOW_ROUTE_ID)
                .process(exchange -> follow(exchange.getMessage().getBody(String.class))));

        String topic = p.string("topic", "cj.orders.status");
        Runnable restore = () -> {
            source.ifPresent(t -> TopicReplay.readAll(getContext(), t, RESTORE_TIMEOUT, this::follow));
            TopicReplay.readAll(getContext(), topic, RESTORE_TIMEOUT, json -> {
                OrderStatusChange published = FeedRoutes.readRecord(json, OrderStatusChange.class);
                if (published != null) {
                    tracker.restore(published);
                }
            });
        };
        boolean restoreState = p.bool("restore-state-on-start", store instanceof InMemoryOrderWatchStore);
        FeedRoutes.pollAndPublish(this, POLL_ROUTE_ID, FeedRoutes.triggerUri(p, "order-status", Duration.ofMinutes(5)),
                restoreState ? FeedRoutes.afterRestore(restore, poller::poll) : poller::poll, OrderStatusChange::key,
                topic, tracker::recorded);
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

    private static List<String> listOr(List<String> value, List<String> fallback) {
        return value.isEmpty() ? fallback : value;
    }
}
