package io.camelcj.component.cj.webhook;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import java.util.function.Consumer;

/**
 * Registers or cancels the callback URL with CJ's {@code webhook/set}. The call goes through a
 * {@code cj:} endpoint so it uses the account's token and rate budget. webhook/set requires all four
 * topics in every request, so topics not named are sent as CANCEL (CJ keeps one callback URL per topic).
 */
public final class CjWebhookRegistration {

    /** ENABLE or CANCEL, as webhook/set expects ({@code ALL} in older docs means ENABLE). */
    public enum Action {
        ENABLE, CANCEL
    }

    private final Consumer<Map<String, Object>> webhookSet;

    /** @param webhookSet performs webhook/set with the given body (normally through a cj: producer) */
    public CjWebhookRegistration(Consumer<Map<String, Object>> webhookSet) {
        this.webhookSet = Objects.requireNonNull(webhookSet, "webhookSet");
    }

    /** The webhook/set request body: {@code action} for the named topics, CANCEL for the others. */
    public static Map<String, Object> body(Action action, String callbackUrl, Collection<String> topics) {
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        Map<String, Object> body = new LinkedHashMap<>();
        for (String topic : CjWebhookConfiguration.ALL_TOPICS) {
            Action topicAction = topics.contains(topic) ? action : Action.CANCEL;
            Map<String, Object> setting = new LinkedHashMap<>();
            setting.put("type", topicAction.name());
            setting.put("callbackUrls", List.of(callbackUrl));
            body.put(topic, setting);
        }
        return body;
    }

    /** Performs webhook/set; a refusal surfaces as the cj: component's CjApiException. */
    public void apply(Action action, String callbackUrl, Collection<String> topics) {
        webhookSet.accept(body(action, callbackUrl, topics));
    }
}
