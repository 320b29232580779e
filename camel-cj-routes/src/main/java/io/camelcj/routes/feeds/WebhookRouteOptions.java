package io.camelcj.routes.feeds;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.camelcj.component.cj.webhook.CjWebhookType;
import io.camelcj.routes.support.CloudEventOptions;
import io.camelcj.routes.support.OptionType;
import io.camelcj.routes.support.RouteOption;
import io.camelcj.routes.support.RouteOptions;

/**
 * Every option of the webhook → Kafka route ({@code camel.cj.webhooks.*}), declared once. The {@code cj:webhook}
 * pass-through options are declared as text: the component checks their values, naming the option, when the
 * endpoint is created.
 */
public final class WebhookRouteOptions {

    public static final RouteOptions FAMILY = new RouteOptions("camel.cj.webhooks",
            "Webhooks to Kafka: every verified, de-duplicated CJ push on the topic of its type");

    public static final RouteOption<Boolean> ENABLED = FAMILY.add("enabled", OptionType.bool(), true,
            "Whether the route is added (with Camel Main's route builder scanning).");
    public static final RouteOption<String> URI = FAMILY.add("uri", OptionType.string(), null,
            "A complete cj:webhook?... URI; when set, the cj:webhook options below are not used.");
    public static final RouteOption<String> OPEN_ID = FAMILY.add("open-id", OptionType.string(), null,
            "CJ openId, the key of the webhook signature (bound in the registry, never written into a URI).");
    public static final RouteOption<String> IDEMPOTENT_REPOSITORY = FAMILY.add("idempotent-repository",
            OptionType.string(), null, "Bean name of the IdempotentRepository of message ids (cluster mode: cjWebhookIds).");
    public static final RouteOption<String> TOPIC_PREFIX = FAMILY.add("topic-prefix", OptionType.string(),
            "cj.webhooks.", "Prefix of the per-type topics.");
    public static final RouteOption<String> UNKNOWN_TOPIC = FAMILY.add("topic.unknown", OptionType.string(), null,
            "Topic of messages of a type this version does not know (default <topic-prefix>unknown).");

    public static final CloudEventOptions CLOUD_EVENTS = CloudEventOptions.addTo(FAMILY, "urn:camel-cj:webhooks");

    /** The topic override of each webhook type: {@code topic.<suffix>}. */
    static final Map<CjWebhookType, RouteOption<String>> TOPICS;

    /** cj:webhook options settable as {@code camel.cj.webhooks.<kebab-name>}: route option -> endpoint option. */
    static final Map<RouteOption<String>, String> ENDPOINT_OPTIONS;

    static {
        Map<CjWebhookType, RouteOption<String>> topics = new EnumMap<>(CjWebhookType.class);
        for (CjWebhookType type : CjWebhookType.values()) {
            String suffix = topicSuffix(type);
            topics.put(type, FAMILY.add("topic." + suffix, OptionType.string(), null,
                    "Topic of " + type + " messages (default <topic-prefix>" + suffix + ")."));
        }
        TOPICS = Collections.unmodifiableMap(topics);
        Map<RouteOption<String>, String> endpoint = new LinkedHashMap<>();
        for (String option : new String[] {"httpUri", "host", "port", "path", "maxConnections", "requestReadTimeout",
                "maxHeaderSize", "verifySignature", "maxBodySize", "answerMode", "responseTimeout", "idempotentFile",
                "idempotentCacheSize", "concurrentConsumers", "queueSize", "callbackUrl", "allowInsecureCallback",
                "autoRegister", "unregisterOnStop", "registerTopics", "registerUri"}) {
            endpoint.put(FAMILY.add(kebab(option), OptionType.string(), null,
                    "The cj:webhook option " + option + " (see webhooks-and-feeds.md)."), option);
        }
        ENDPOINT_OPTIONS = Collections.unmodifiableMap(endpoint);
    }

    private WebhookRouteOptions() {
    }

    static String topicSuffix(CjWebhookType type) {
        return switch (type) {
            case LOGISTIC -> "logistics";
            case SOURCINGCREATE -> "sourcing";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
