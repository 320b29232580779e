package io.camelcj.component.cj.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CjWebhookRegistrationTest {

    @Test
    void enablesNamedTopicsAndCancelsTheOthers() {
        Map<String, Object> body = CjWebhookRegistration.body(CjWebhookRegistration.Action.ENABLE,
                "https://shop.example/cj", List.of("product", "order"));
        assertThat(body).containsOnlyKeys("product", "stock", "order", "logistics");
        assertThat(body.get("product")).isEqualTo(Map.of("type", "ENABLE", "callbackUrls", List.of("https://shop.example/cj")));
        assertThat(body.get("order")).isEqualTo(Map.of("type", "ENABLE", "callbackUrls", List.of("https://shop.example/cj")));
        assertThat(body.get("stock")).isEqualTo(Map.of("type", "CANCEL", "callbackUrls", List.of("https://shop.example/cj")));
    }

    @Test
    void cancelCancelsEverything() {
        Map<String, Object> body = CjWebhookRegistration.body(CjWebhookRegistration.Action.CANCEL,
                "https://shop.example/cj", CjWebhookConfiguration.ALL_TOPICS);
        assertThat(body.values()).allSatisfy(v -> assertThat(((Map<?, ?>) v).get("type")).isEqualTo("CANCEL"));
    }
}
