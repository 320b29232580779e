package io.camelcj.springboot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Which prebuilt route families the starter adds to the Camel context ({@code camel.cj.<family>.enabled}). Each
 * family reads its other options itself from the same {@code camel.cj.<family>.*} properties (Camel's properties
 * component resolves them from the Spring environment); see src/docs/spring-boot.md.
 */
@ConfigurationProperties(prefix = "camel.cj")
public class CjRoutesProperties {

    /** The catalogue sync, CJ to Kafka (camel.cj.sync.*, src/docs/catalogue-sync.md). */
    @NestedConfigurationProperty
    private final Family sync = new Family();

    /** The order push, Kafka to CJ, each order exactly once (camel.cj.orders.*, src/docs/order-push.md). */
    @NestedConfigurationProperty
    private final Family orders = new Family();

    /** The webhook receiver feeding Kafka (camel.cj.webhooks.*, src/docs/webhooks-and-feeds.md). */
    @NestedConfigurationProperty
    private final Family webhooks = new Family();

    /** The order-status and tracking feeds (camel.cj.feeds.*). */
    @NestedConfigurationProperty
    private final Feeds feeds = new Feeds();

    public Family getSync() {
        return sync;
    }

    public Family getOrders() {
        return orders;
    }

    public Family getWebhooks() {
        return webhooks;
    }

    public Feeds getFeeds() {
        return feeds;
    }

    /** One route family. */
    public static class Family {

        /** Whether the starter adds this route family to the Camel context. */
        private boolean enabled;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** The feeds that follow placed orders. */
    public static class Feeds {

        /** The order-status feed (camel.cj.feeds.order-status.*): status changes of placed orders to Kafka. */
        @NestedConfigurationProperty
        private final Family orderStatus = new Family();

        /** The tracking feed (camel.cj.feeds.tracking.*): tracking changes of shipped orders to Kafka. */
        @NestedConfigurationProperty
        private final Family tracking = new Family();

        public Family getOrderStatus() {
            return orderStatus;
        }

        public Family getTracking() {
            return tracking;
        }
    }
}
