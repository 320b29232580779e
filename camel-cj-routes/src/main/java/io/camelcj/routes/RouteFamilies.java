package io.camelcj.routes;

import java.util.List;

import io.camelcj.routes.catalogue.CatalogueSyncOptions;
import io.camelcj.routes.feeds.OrderStatusFeedOptions;
import io.camelcj.routes.feeds.TrackingFeedOptions;
import io.camelcj.routes.feeds.WebhookRouteOptions;
import io.camelcj.routes.orders.OrderPushOptions;
import io.camelcj.routes.support.RouteOptions;

/**
 * Every route family whose options are declared with {@link RouteOptions}: what runtimes (Spring Boot, Quarkus)
 * read to generate IDE metadata for {@code camel.cj.*}. Cluster mode ({@code camel.cj.cluster}) declares its own in
 * camel-cj-cluster, which depends on this module.
 */
public final class RouteFamilies {

    private RouteFamilies() {
    }

    public static List<RouteOptions> all() {
        return List.of(CatalogueSyncOptions.FAMILY, OrderPushOptions.FAMILY, OrderStatusFeedOptions.FAMILY,
                TrackingFeedOptions.FAMILY, WebhookRouteOptions.FAMILY);
    }
}
