package io.camelcj.component.cj.webhook;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import io.camelcj.component.cj.CjValidationException;
import io.camelcj.component.cj.api.CallbackUrlRule;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Registers or cancels the callback URL with CJ's {@code webhook/set}. The call goes through a
 * {@code cj:} endpoint so it uses the account's token and rate budget. webhook/set requires all four
 * topics in every request, so topics not named are sent as CANCEL (CJ keeps one callback URL per topic).
 * The URL is checked against the reference's rules before anything is sent ({@link CallbackUrlRule}).
 */
public final class CjWebhookRegistration implements AutoCloseable {

    /** ENABLE or CANCEL, as webhook/set expects ({@code ALL} in older docs means ENABLE). */
    public enum Action {
        ENABLE, CANCEL
    }

    private final Consumer<Map<String, Object>> webhookSet;
    private final boolean allowInsecureCallback;
    private final AutoCloseable resources;

    /**
     * @param webhookSet            performs webhook/set with the given body (normally through a cj: producer)
     * @param allowInsecureCallback tests only: accept http:// and loopback callback URLs (a simulator)
     */
    public CjWebhookRegistration(Consumer<Map<String, Object>> webhookSet, boolean allowInsecureCallback) {
        this(webhookSet, allowInsecureCallback, () -> { });
    }

    private CjWebhookRegistration(Consumer<Map<String, Object>> webhookSet, boolean allowInsecureCallback,
                                  AutoCloseable resources) {
        this.webhookSet = Objects.requireNonNull(webhookSet, "webhookSet");
        this.allowInsecureCallback = allowInsecureCallback;
        this.resources = resources;
    }

    /** A registration calling through a started producer of {@code registerUri}; close it to stop the producer. */
    static CjWebhookRegistration start(CamelContext context, String registerUri, boolean allowInsecureCallback)
            throws Exception {
        Endpoint endpoint = context.getEndpoint(withInsecureOptIn(registerUri, allowInsecureCallback));
        Producer producer = endpoint.createProducer();
        ServiceHelper.startService(producer);
        return new CjWebhookRegistration(body -> {
            Exchange exchange = endpoint.createExchange();
            exchange.getMessage().setBody(body);
            try {
                producer.process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() instanceof RuntimeException failure) {
                throw failure;
            } else if (exchange.getException() != null) {
                throw new RuntimeCamelException(exchange.getException());
            }
        }, allowInsecureCallback, () -> ServiceHelper.stopAndShutdownService(producer));
    }

    /** The consumer's opt-in carried to its cj: producer, whose parameter check applies the same URL rule. */
    private static String withInsecureOptIn(String registerUri, boolean allowInsecureCallback) {
        if (!allowInsecureCallback || !registerUri.startsWith("cj:") || registerUri.contains("allowInsecureCallback=")) {
            return registerUri;
        }
        return registerUri + (registerUri.contains("?") ? "&" : "?") + "allowInsecureCallback=true";
    }

    /**
     * The webhook/set request body: {@code action} for the named topics, CANCEL for the others.
     *
     * @throws CjValidationException with field {@code callbackUrls} when the URL breaks the reference's rules
     *                                (required, https only, no localhost)
     */
    public static Map<String, Object> body(Action action, String callbackUrl, Collection<String> topics) {
        return body(action, callbackUrl, topics, false);
    }

    private static Map<String, Object> body(Action action, String callbackUrl, Collection<String> topics,
                                            boolean allowInsecure) {
        String problem = CallbackUrlRule.problem(callbackUrl, allowInsecure);
        if (problem != null) {
            throw new CjValidationException("webhook/set", "callbackUrls", problem);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        for (String topic : CjWebhookConfiguration.ALL_TOPICS) {
            Action topicAction = topics.contains(topic) ? action : Action.CANCEL;
            Map<String, Object> setting = new LinkedHashMap<>();
            setting.put("type", topicAction.name());
            setting.put("callbackUrls", List.of(callbackUrl.trim()));
            body.put(topic, setting);
        }
        return body;
    }

    /** Performs webhook/set; a refusal surfaces as the cj: component's CjApiException. */
    public void apply(Action action, String callbackUrl, Collection<String> topics) {
        webhookSet.accept(body(action, callbackUrl, topics, allowInsecureCallback));
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new RuntimeCamelException(e);
        }
    }
}
