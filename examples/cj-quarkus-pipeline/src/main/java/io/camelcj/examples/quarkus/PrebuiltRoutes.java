package io.camelcj.examples.quarkus;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.camelcj.routes.catalogue.CatalogueSyncRouteBuilder;
import io.camelcj.routes.feeds.OrderStatusFeedRoute;
import io.camelcj.routes.feeds.TrackingFeedRoute;
import io.camelcj.routes.feeds.WebhookToKafkaRoute;
import io.camelcj.routes.orders.OrderPushRoutes;
import io.quarkus.arc.Unremovable;
import org.apache.camel.RoutesBuilder;

/**
 * The prebuilt routes of camel-cj-routes as CDI beans: Camel Quarkus adds every {@link RoutesBuilder} bean to the
 * context. They read their settings ({@code camel.cj.*}) from application.properties like any Camel property.
 */
public class PrebuiltRoutes {

    @Produces
    @Singleton
    @Unremovable
    CatalogueSyncRouteBuilder catalogueSync() {
        return new CatalogueSyncRouteBuilder();
    }

    @Produces
    @Singleton
    @Unremovable
    OrderPushRoutes orderPush() {
        return new OrderPushRoutes();
    }

    @Produces
    @Singleton
    @Unremovable
    OrderStatusFeedRoute orderStatusFeed() {
        return new OrderStatusFeedRoute();
    }

    @Produces
    @Singleton
    @Unremovable
    TrackingFeedRoute trackingFeed() {
        return new TrackingFeedRoute();
    }

    @Produces
    @Singleton
    @Unremovable
    WebhookToKafkaRoute webhooks() {
        return new WebhookToKafkaRoute();
    }
}
