package io.camelcj.routes.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.camelcj.routes.support.RoutePropertyException;
import io.camelcj.routes.support.RouteValues;
import org.junit.jupiter.api.Test;

class WebhookRouteConfigTest {

    private static RouteValues props(Map<String, String> values) {
        return WebhookRouteOptions.FAMILY.read(values);
    }

    @Test
    void topicPerTypeWithPrefixAndOverrides() {
        WebhookTopics defaults = WebhookTopics.from(props(Map.of()));
        assertThat(defaults.topicFor("PRODUCT")).isEqualTo("cj.webhooks.product");
        assertThat(defaults.topicFor("variant")).isEqualTo("cj.webhooks.variant");
        assertThat(defaults.topicFor("STOCK")).isEqualTo("cj.webhooks.stock");
        assertThat(defaults.topicFor("ORDER")).isEqualTo("cj.webhooks.order");
        assertThat(defaults.topicFor("ORDERSPLIT")).isEqualTo("cj.webhooks.ordersplit");
        assertThat(defaults.topicFor("SOURCINGCREATE")).isEqualTo("cj.webhooks.sourcing");
        assertThat(defaults.topicFor("LOGISTIC")).isEqualTo("cj.webhooks.logistics");
        assertThat(defaults.topicFor("NEWTHING")).isEqualTo("cj.webhooks.unknown");

        WebhookTopics custom = WebhookTopics.from(props(Map.of("camel.cj.webhooks.topic-prefix", "shop1.cj.",
                "camel.cj.webhooks.topic.stock", "inventory-updates")));
        assertThat(custom.topicFor("PRODUCT")).isEqualTo("shop1.cj.product");
        assertThat(custom.topicFor("STOCK")).isEqualTo("inventory-updates");
    }

    @Test
    void endpointUriFromProperties() {
        String uri = WebhookToKafkaRoute.webhookUri(props(Map.of(
                "camel.cj.webhooks.open-id", "1234567",
                "camel.cj.webhooks.http-uri", "platform-http:/cj/webhooks",
                "camel.cj.webhooks.callback-url", "https://shop.example/cj/webhooks?x=1&y=2",
                "camel.cj.webhooks.auto-register", "true",
                "camel.cj.webhooks.idempotent-repository", "cjWebhookIds")));
        assertThat(uri).startsWith("cj:webhook?outputType=JSON")
                .contains("openId=#camelCjWebhookOpenId").doesNotContain("1234567")
                .contains("httpUri=RAW(platform-http:/cj/webhooks)")
                .contains("callbackUrl=RAW(https://shop.example/cj/webhooks?x=1&y=2)")
                .contains("autoRegister=RAW(true)")
                .contains("idempotentRepository=#cjWebhookIds");
        assertThat(WebhookToKafkaRoute.webhookUri(props(Map.of("camel.cj.webhooks.uri", "cj:webhook?openId=1"))))
                .isEqualTo("cj:webhook?openId=1");
    }

    @Test
    void aMistypedKeyFailsNamingIt() {
        assertThatThrownBy(() -> props(Map.of("camel.cj.webhooks.open_idd", "1")))
                .isInstanceOf(RoutePropertyException.class).hasMessageContaining("camel.cj.webhooks.open_idd");
    }
}
