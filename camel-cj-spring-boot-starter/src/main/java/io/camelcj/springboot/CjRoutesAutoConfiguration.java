package io.camelcj.springboot;

import io.camelcj.routes.catalogue.CatalogueSyncRouteBuilder;
import io.camelcj.routes.feeds.OrderStatusFeedRoute;
import io.camelcj.routes.feeds.TrackingFeedRoute;
import io.camelcj.routes.feeds.WebhookToKafkaRoute;
import io.camelcj.routes.orders.OrderPushRoutes;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Adds each prebuilt route family whose {@code camel.cj.<family>.enabled} is true (camel-spring-boot adds
 * RouteBuilder beans to the context). Off by default: a Boot application opts in to what it runs. Each family reads
 * its other {@code camel.cj.<family>.*} options itself (Camel resolves them from the Spring environment); their IDE
 * metadata is generated from the routes' declarations (src/build/GenerateComponentConfiguration.java).
 */
@AutoConfiguration(before = CamelAutoConfiguration.class)
public class CjRoutesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "camel.cj.sync", name = "enabled", havingValue = "true")
    public CatalogueSyncRouteBuilder cjCatalogueSyncRoutes() {
        return new CatalogueSyncRouteBuilder();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "camel.cj.orders", name = "enabled", havingValue = "true")
    public OrderPushRoutes cjOrderPushRoutes() {
        return new OrderPushRoutes();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "camel.cj.webhooks", name = "enabled", havingValue = "true")
    public WebhookToKafkaRoute cjWebhookRoutes() {
        return new WebhookToKafkaRoute();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "camel.cj.order-status", name = "enabled", havingValue = "true")
    public OrderStatusFeedRoute cjOrderStatusFeedRoutes() {
        return new OrderStatusFeedRoute();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "camel.cj.tracking", name = "enabled", havingValue = "true")
    public TrackingFeedRoute cjTrackingFeedRoutes() {
        return new TrackingFeedRoute();
    }
}
