package io.camelcj.routes.feeds;

import java.util.EnumMap;
import java.util.Map;

import io.camelcj.component.cj.webhook.CjWebhookType;
import io.camelcj.routes.support.RouteValues;

/**
 * The Kafka topic of each webhook type: {@code <prefix>product}, {@code .variant}, {@code .stock},
 * {@code .order}, {@code .ordersplit}, {@code .sourcing}, {@code .logistics}, and {@code .unknown} for types
 * this version does not know. Each can be overridden with {@code camel.cj.webhooks.topic.<type>}
 * ({@link WebhookRouteOptions}).
 */
public final class WebhookTopics {

    private final Map<CjWebhookType, String> topics = new EnumMap<>(CjWebhookType.class);
    private final String unknown;

    private WebhookTopics(RouteValues values) {
        String prefix = values.get(WebhookRouteOptions.TOPIC_PREFIX);
        WebhookRouteOptions.TOPICS.forEach((type, option) -> topics.put(type,
                values.find(option).orElse(prefix + WebhookRouteOptions.topicSuffix(type))));
        unknown = values.find(WebhookRouteOptions.UNKNOWN_TOPIC).orElse(prefix + "unknown");
    }

    /** Topics from {@code camel.cj.webhooks.topic-prefix} (default {@code cj.webhooks.}) and overrides. */
    public static WebhookTopics from(RouteValues values) {
        return new WebhookTopics(values);
    }

    /** The topic for a message's {@code type} field. */
    public String topicFor(String type) {
        return CjWebhookType.of(type).map(topics::get).orElse(unknown);
    }

    public String unknownTopic() {
        return unknown;
    }
}
