package io.camelcj.routes.feeds;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

import io.camelcj.component.cj.webhook.CjWebhookConstants;
import io.camelcj.routes.support.CloudEventContentTypeInterceptor;
import io.camelcj.routes.support.CloudEventHeaders;
import io.camelcj.routes.support.KafkaHeaders;
import io.camelcj.routes.support.RouteValues;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * CJ webhooks to Kafka: every verified, de-duplicated push is written, exactly as CJ sent it, to the topic
 * of its type, keyed by the entity it is about (pid, vid, order number...; the message id when it names
 * none). Kafka headers {@value #MESSAGE_ID_HEADER}, {@value #TYPE_HEADER}, {@value #MESSAGE_TYPE_HEADER} go along,
 * in the {@code cj-<kebab>} style of every topic (they were {@code cj.messageId}, {@code cj.type},
 * {@code cj.messageType} before 0.1.0).
 *
 * <p>Durable by default: the record is sent with {@code acks=all} and CJ gets its 200 only once Kafka has
 * acknowledged it (the consumer's {@code answerMode=AFTER_ROUTE}); anything else is a 5xx and CJ delivers
 * again.
 *
 * <p>Properties ({@code camel.cj.webhooks.*}) are declared in {@link WebhookRouteOptions}: {@code enabled},
 * {@code uri} (a complete {@code cj:webhook?...} URI, overrides the rest), {@code open-id},
 * {@code idempotent-repository} (bean name), the {@code cj:webhook} options in kebab case, {@code topic-prefix},
 * {@code topic.<type>}, {@code cloud-events} and {@code cloud-events-source} (CloudEvents headers, id = CJ's
 * messageId).
 */
public class WebhookToKafkaRoute extends RouteBuilder {

    public static final String ROUTE_ID = "cj-webhooks-to-kafka";
    public static final String MESSAGE_ID_HEADER = "cj-message-id";
    public static final String TYPE_HEADER = "cj-webhook-type";
    public static final String MESSAGE_TYPE_HEADER = "cj-message-type";
    /** ce_type of a push: this prefix and CJ's type in lower case, e.g. {@code com.cjdropshipping.webhook.order}. */
    public static final String CLOUD_EVENT_TYPE_PREFIX = "com.cjdropshipping.webhook.";
    static final String OPEN_ID_BEAN = "camelCjWebhookOpenId";

    @Override
    public void configure() {
        RouteValues values = WebhookRouteOptions.FAMILY.read(getContext());
        if (!values.get(WebhookRouteOptions.ENABLED)) {
            return;
        }
        WebhookTopics topics = WebhookTopics.from(values);
        Optional<String> cloudEventSource = WebhookRouteOptions.CLOUD_EVENTS.source(values);
        // the openId is the HMAC key: it goes through the registry, so logged endpoint URIs do not show it
        values.find(WebhookRouteOptions.OPEN_ID).ifPresent(openId -> getContext().getRegistry().bind(OPEN_ID_BEAN, openId));
        from(webhookUri(values)).routeId(ROUTE_ID)
                .process(exchange -> route(exchange, topics, cloudEventSource))
                // acks=all: the 200 to CJ waits for this acknowledgement (see the class comment)
                .to("kafka:" + topics.unknownTopic() + "?requestRequiredAcks=all"
                        + cloudEventSource.map(source -> "&" + CloudEventContentTypeInterceptor.ENDPOINT_OPTION).orElse(""));
    }

    static String webhookUri(RouteValues values) {
        var explicit = values.find(WebhookRouteOptions.URI);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        StringJoiner query = new StringJoiner("&", "cj:webhook?", "");
        // the route publishes the body exactly as CJ signed it
        query.add("outputType=JSON");
        values.find(WebhookRouteOptions.OPEN_ID).ifPresent(openId -> query.add("openId=#" + OPEN_ID_BEAN));
        WebhookRouteOptions.ENDPOINT_OPTIONS.forEach((property, option) -> values.find(property)
                .ifPresent(value -> query.add(option + "=RAW(" + value + ")")));
        values.find(WebhookRouteOptions.IDEMPOTENT_REPOSITORY)
                .ifPresent(bean -> query.add("idempotentRepository=#" + bean));
        return query.toString();
    }

    private static void route(Exchange exchange, WebhookTopics topics, Optional<String> cloudEventSource) {
        Message message = exchange.getMessage();
        String messageId = message.getHeader(CjWebhookConstants.MESSAGE_ID, String.class);
        String type = message.getHeader(CjWebhookConstants.TYPE, String.class);
        String entityId = message.getHeader(CjWebhookConstants.ENTITY_ID, String.class);
        message.setHeader(KafkaHeaders.OVERRIDE_TOPIC, topics.topicFor(type));
        message.setHeader(KafkaHeaders.KEY, entityId != null ? entityId : messageId);
        message.setHeader(MESSAGE_ID_HEADER, messageId);
        message.setHeader(TYPE_HEADER, type);
        String messageType = message.getHeader(CjWebhookConstants.MESSAGE_TYPE, String.class);
        if (messageType != null) {
            message.setHeader(MESSAGE_TYPE_HEADER, messageType);
        }
        // CJ's body carries no time: ce_time is when the push was received
        cloudEventSource.ifPresent(source -> CloudEventHeaders.set(message, source, new CloudEventHeaders.Event(
                messageId, CLOUD_EVENT_TYPE_PREFIX + (type == null ? "unknown" : type.toLowerCase(Locale.ROOT)),
                entityId, Instant.now().toString())));
    }
}
