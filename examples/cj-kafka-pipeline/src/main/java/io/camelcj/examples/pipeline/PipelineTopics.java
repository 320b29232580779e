package io.camelcj.examples.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import io.camelcj.routes.catalogue.CatalogueSyncConfig;
import io.camelcj.routes.catalogue.SyncTopics;
import io.camelcj.routes.feeds.OrderStatusFeedOptions;
import io.camelcj.routes.feeds.TrackingFeedOptions;
import io.camelcj.routes.orders.OrderPushSettings;

/** The topic names the routes use, read through the routes' own configuration classes (one source of truth). */
record PipelineTopics(SyncTopics catalogue, String ordersIn, String ordersOut, String ordersDeadLetter,
                      String orderStatus, String tracking, List<String> webhooks) {

    private static final List<String> WEBHOOK_TYPES =
            List.of("product", "variant", "stock", "order", "ordersplit", "sourcing", "logistics");

    static PipelineTopics from(Properties properties) {
        Map<String, String> map = properties.stringPropertyNames().stream()
                .collect(Collectors.toMap(k -> k, properties::getProperty));
        OrderPushSettings orders = OrderPushSettings.from(map);
        // the webhook route's documented defaults (src/docs/webhooks-and-feeds.md)
        String webhookPrefix = map.getOrDefault("camel.cj.webhooks.topic-prefix", "cj.webhooks.");
        List<String> webhooks = WEBHOOK_TYPES.stream()
                .map(type -> map.getOrDefault("camel.cj.webhooks.topic." + type, webhookPrefix + type))
                .toList();
        return new PipelineTopics(CatalogueSyncConfig.fromMap(map).topics(), orders.inputTopic(),
                orders.resultTopic(), orders.deadLetterTopic(),
                OrderStatusFeedOptions.FAMILY.read(map).get(OrderStatusFeedOptions.FEED.topic),
                TrackingFeedOptions.FAMILY.read(map).get(TrackingFeedOptions.FEED.topic), webhooks);
    }

    List<String> watched() {
        List<String> topics = new ArrayList<>(List.of(catalogue.categories(), catalogue.products(),
                catalogue.variants(), catalogue.inventory(), catalogue.runs(), ordersOut, ordersDeadLetter,
                orderStatus, tracking));
        topics.addAll(webhooks);
        return topics;
    }
}
