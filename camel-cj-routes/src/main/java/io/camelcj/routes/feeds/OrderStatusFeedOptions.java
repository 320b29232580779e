package io.camelcj.routes.feeds;

import java.time.Duration;
import java.util.List;

import io.camelcj.routes.support.OptionType;
import io.camelcj.routes.support.RouteOption;
import io.camelcj.routes.support.RouteOptions;

/** Every option of the order status feed ({@code camel.cj.order-status.*}), declared once. */
public final class OrderStatusFeedOptions {

    public static final RouteOptions FAMILY = new RouteOptions("camel.cj.order-status",
            "Order status feed: a record on a topic whenever a followed CJ order changes status or tracking");

    public static final FeedOptions FEED = new FeedOptions(FAMILY, "order-status", "cj.orders.out",
            "cj.orders.status", Duration.ofMinutes(5), 50, 100, List.of("DELIVERED", "CANCELLED"));
    public static final RouteOption<OrderStatusFeedRoute.Mode> MODE = FAMILY.add("mode",
            OptionType.enumOf(OrderStatusFeedRoute.Mode.class), OrderStatusFeedRoute.Mode.ORDERS,
            "orders: follow the orders of the order push route's result topic; all: also every order of the account"
                    + " in a non-final status (the source topic is then optional).");
    public static final RouteOption<Integer> PAGE_SIZE = FAMILY.add("page-size", OptionType.integer(1, 200), 50,
            "Page size of the order/list calls that discover orders (mode all).");
    public static final RouteOption<List<String>> DISCOVERY_STATUSES = FAMILY.add("discovery-statuses",
            OptionType.list(), List.of("CREATED", "IN_CART", "UNPAID", "UNSHIPPED", "SHIPPED"),
            "Statuses listed to discover orders (mode all).");
    public static final RouteOption<Integer> MAX_MISSES = FAMILY.add("max-misses", OptionType.integer(1, 10_000), 10,
            "Polls in a row CJ may not find an order before it is no longer followed.");

    private OrderStatusFeedOptions() {
    }
}
