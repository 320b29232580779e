package io.camelcj.routes.feeds;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import io.camelcj.component.cj.webhook.CjWebhookConstants;
import io.camelcj.routes.support.KafkaHeaders;
import io.camelcj.routes.support.RouteProperties;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * CJ webhooks to Kafka: every verified, de-duplicated push is written, exactly as CJ sent it, to the topic
 * of its type, keyed by the entity it is about (pid, vid, order number...; the message id when it names
 * none). Kafka headers {@code cj.messageId}, {@code cj.type}, {@code cj.messageType} go along.
 *
 * <p>Durable by default: the record is sent with {@code acks=all} and CJ gets its 200 only once Kafka has
 * acknowledged it (the consumer's {@code answerMode=AFTER_ROUTE}); anything else is a 5xx and CJ delivers
 * again.
 *
 * <p>Properties ({@code camel.cj.webhooks.*}): {@code enabled} (default true), {@code uri} (a complete
 * {@code cj:webhook?...} URI, overrides the rest), {@code open-id}, {@code idempotent-repository} (bean
 * name), the {@code cj:webhook} options listed in OPTIONS below, in kebab case, {@code topic-prefix},
 * {@code topic.<type>}.
 */
public class WebhookToKafkaRoute extends RouteBuilder {

    public static final String ROUTE_ID = "cj-webhooks-to-kafka";
    static final String PREFIX = "camel.cj.webhooks";
    static final String OPEN_ID_BEAN = "camelCjWebhookOpenId";

    /** property name -> cj:webhook option name (src/docs/webhooks-and-feeds.md lists them). */
    private static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("http-uri", "httpUri");
        OPTIONS.put("host", "host");
        OPTIONS.put("port", "port");
        OPTIONS.put("path", "path");
        OPTIONS.put("max-connections", "maxConnections");
        OPTIONS.put("request-read-timeout", "requestReadTimeout");
        OPTIONS.put("max-header-size", "maxHeaderSize");
        OPTIONS.put("verify-signature", "verifySignature");
        OPTIONS.put("max-body-size", "maxBodySize");
        OPTIONS.put("answer-mode", "answerMode");
        OPTIONS.put("response-timeout", "responseTimeout");
        OPTIONS.put("idempotent-file", "idempotentFile");
        OPTIONS.put("idempotent-cache-size", "idempotentCacheSize");
        OPTIONS.put("concurrent-consumers", "concurrentConsumers");
        OPTIONS.put("queue-size", "queueSize");
        OPTIONS.put("callback-url", "callbackUrl");
        OPTIONS.put("allow-insecure-callback", "allowInsecureCallback");
        OPTIONS.put("auto-register", "autoRegister");
        OPTIONS.put("unregister-on-stop", "unregisterOnStop");
        OPTIONS.put("register-topics", "registerTopics");
        OPTIONS.put("register-uri", "registerUri");
    }

    @Override
    public void configure() {
        RouteProperties properties = RouteProperties.of(getContext(), PREFIX);
        if (!properties.bool("enabled", true)) {
            return;
        }
        WebhookTopics topics = WebhookTopics.from(properties);
        // the openId is the HMAC key: it goes through the registry, so logged endpoint URIs do not show it
        properties.string("open-id").ifPresent(openId -> getContext().getRegistry().bind(OPEN_ID_BEAN, openId));
        from(webhookUri(properties)).routeId(ROUTE_ID)
                .process(exchange -> route(exchange, topics))
                // acks=all: the 200 to CJ waits for this acknowledgement (see the class comment)
                .to("kafka:" + topics.unknownTopic() + "?requestRequiredAcks=all");
    }

    static String webhookUri(RouteProperties properties) {
        var explicit = properties.string("uri");
        if (explicit.isPresent()) {
            return explicit.get();
        }
        StringJoiner query = new StringJoiner("&", "cj:webhook?", "");
        // the route publishes the body exactly as CJ signed it
        query.add("outputType=JSON");
        properties.string("open-id").ifPresent(openId -> query.add("openId=#" + OPEN_ID_BEAN));
        OPTIONS.forEach((property, option) -> properties.string(property)
                .ifPresent(value -> query.add(option + "=RAW(" + value + ")")));
        properties.string("idempotent-repository").ifPresent(bean -> query.add("idempotentRepository=#" + bean));
        return query.toString();
    }

    private static void route(Exchange exchange, WebhookTopics topics) {
        Message message = exchange.getMessage();
        String messageId = message.getHeader(CjWebhookConstants.MESSAGE_ID, String.class);
        String type = message.getHeader(CjWebhookConstants.TYPE, String.class);
        String entityId = message.getHeader(CjWebhookConstants.ENTITY_ID, String.class);
        message.setHeader(KafkaHeaders.OVERRIDE_TOPIC, topics.topicFor(type));
        message.setHeader(KafkaHeaders.KEY, entityId != null ? entityId : messageId);
        message.setHeader("cj.messageId", messageId);
        message.setHeader("cj.type", type);
        String messageType = message.getHeader(CjWebhookConstants.MESSAGE_TYPE, String.class);
        if (messageType != null) {
            message.setHeader("cj.messageType", messageType);
        }
    }
}
