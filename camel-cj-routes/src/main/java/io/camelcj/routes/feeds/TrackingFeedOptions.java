package io.camelcj.routes.feeds;

import java.time.Duration;
import java.util.List;

import io.camelcj.routes.support.OptionType;
import io.camelcj.routes.support.RouteOption;
import io.camelcj.routes.support.RouteOptions;

/** Every option of the tracking feed ({@code camel.cj.tracking.*}), declared once. */
public final class TrackingFeedOptions {

    public static final RouteOptions FAMILY = new RouteOptions("camel.cj.tracking",
            "Tracking feed: a record on a topic whenever CJ's tracking of a followed number changes");

    public static final FeedOptions FEED = new FeedOptions(FAMILY, "tracking", "cj.orders.status", "cj.tracking",
            Duration.ofMinutes(30), 20, 100, List.of("Delivered"));
    public static final RouteOption<Duration> MAX_AGE = FAMILY.add("max-age", OptionType.duration(),
            Duration.ofDays(120), "Age after which a number is no longer followed.");

    private TrackingFeedOptions() {
    }
}
