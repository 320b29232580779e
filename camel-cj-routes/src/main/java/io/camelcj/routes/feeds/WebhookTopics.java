package io.camelcj.routes.feeds;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.camelcj.component.cj.webhook.CjWebhookType;
import io.camelcj.routes.support.RouteProperties;

/**
 * The Kafka topic of each webhook type: {@code <prefix>product}, {@code .variant}, {@code .stock},
 * {@code .order}, {@code .ordersplit}, {@code .sourcing}, {@code .logistics}, and {@code .unknown} for types
 * this version does not know. Each can be overridden with {@code camel.cj.webhooks.topic.<type>}.
 */
public final class WebhookTopics {

    private final Map<CjWebhookType, String> topics = new EnumMap<>(CjWebhookType.class);
    private final String unknown;

    private WebhookTopics(RouteProperties properties, String prefix) {
        for (CjWebhookType type : CjWebhookType.values()) {
            String suffix = defaultSuffix(type);
            topics.put(type, properties.string("topic." + suffix, prefix + suffix));
        }
        unknown = properties.string("topic.unknown", prefix + "unknown");
    }

    /** Topics from {@code camel.cj.webhooks.topic-prefix} (default {@code cj.webhooks.}) and overrides. */
    public static WebhookTopics from(RouteProperties properties) {
        return new WebhookTopics(properties, properties.string("topic-prefix", "cj.webhooks."));
    }

    /** The topic for a message's {@code type} field. */
    public String topicFor(String type) {
        return CjWebhookType.of(type).map(topics::get).orElse(unknown);
    }

    public String unknownTopic() {
        return unknown;
    }

    private static String defaultSuffix(CjWebhookType type) {
        return switch (type) {
            case LOGISTIC -> "logistics";
            case SOURCINGCREATE -> "sourcing";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }
}
