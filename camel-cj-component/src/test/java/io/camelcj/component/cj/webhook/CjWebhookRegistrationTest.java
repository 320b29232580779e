package io.camelcj.component.cj.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.CjValidationException;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CjWebhookRegistrationTest {

    @TempDir
    Path dataDir;

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

    @Test
    void theReferenceRulesAreCheckedBeforeSendingNamingTheField() {
        // issue 17 A.5: callbackUrls required, https only, no localhost; the error names the field
        assertRefused(null, "is required");
        assertRefused(" ", "is required");
        assertRefused("http://shop.example/cj", "must start with https://");
        for (String local : List.of("https://localhost/cj", "https://127.0.0.1:8443/cj", "https://[::1]/cj",
                "https://api.localhost/cj", "https://0.0.0.0/cj")) {
            assertRefused(local, "must not name localhost");
        }
        assertRefused("shop.example/cj", "must be an absolute https:// URL");
        AtomicInteger sent = new AtomicInteger();
        CjWebhookRegistration strict = new CjWebhookRegistration(body -> sent.incrementAndGet(), false);
        assertThatThrownBy(() -> strict.apply(CjWebhookRegistration.Action.ENABLE, "http://127.0.0.1:9/cj",
                List.of("order"))).isInstanceOf(CjValidationException.class);
        assertThat(sent).hasValue(0);
        // the explicit opt-in for a local simulator
        new CjWebhookRegistration(body -> sent.incrementAndGet(), true)
                .apply(CjWebhookRegistration.Action.ENABLE, "http://127.0.0.1:9/cj", List.of("order"));
        assertThat(sent).hasValue(1);
    }

    private static void assertRefused(String url, String reason) {
        assertThatThrownBy(() -> CjWebhookRegistration.body(CjWebhookRegistration.Action.ENABLE, url, List.of()))
                .as(url).isInstanceOfSatisfying(CjValidationException.class,
                        e -> assertThat(e.getField()).isEqualTo("callbackUrls"))
                .hasMessageContaining("'callbackUrls'").hasMessageContaining(reason);
    }

    @Test
    void aConsumerWithAnInsecureCallbackDoesNotStartAndNamesTheOption() {
        CamelContext context = new DefaultCamelContext();
        try {
            assertThatThrownBy(() -> {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("cj:webhook?openId=1&port=0&autoRegister=true&callbackUrl=RAW(http://127.0.0.1:1/cj)"
                                + "&registerUri=direct:webhook-set").log("x");
                        from("direct:webhook-set").log("never");
                    }
                });
                context.start();
            }).hasStackTraceContaining("callbackUrl must start with https://")
                    .hasStackTraceContaining("allowInsecureCallback");
        } finally {
            context.stop();
        }
    }

    /** Starts a registering consumer whose webhook/set is {@code webhookSet} (standing in for CJ's answer). */
    private CamelContext startRegistering(org.apache.camel.Processor webhookSet) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("cj:webhook?openId=1&host=127.0.0.1&port=0&autoRegister=true"
                        + "&callbackUrl=RAW(https://shop.example/cj/webhooks)&registerUri=direct:webhook-set"
                        + "&idempotentFile=RAW(" + dataDir.resolve("ids.dat") + ")").routeId("hooks").log("x");
                from("direct:webhook-set").startupOrder(1).process(webhookSet);
            }
        });
        try {
            context.start();
        } catch (RuntimeException e) {
            context.stop();
            throw e;
        }
        return context;
    }

    @Test
    void settingsAlreadyThere1606000DoNotStopTheConsumer() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CamelContext context = startRegistering(e -> {
            calls.incrementAndGet();
            throw new CjApiException("webhook/set", 200, 1606000,
                    "Webhook setting add fail, Webhook already have settings", "r1",
                    CjErrorCategory.PERMANENT, false, null, null);
        });
        try {
            assertThat(calls).hasValue(1);
            assertThat(context.getRouteController().getRouteStatus("hooks").isStarted()).isTrue();
        } finally {
            context.stop();
        }
    }

    @Test
    void anotherRefusalStillStopsTheStart() {
        assertThatThrownBy(() -> startRegistering(e -> {
            throw new CjApiException("webhook/set", 200, 1607003, "Webhook url error, Http Status must be 200",
                    "r2", CjErrorCategory.INVALID_PARAMETER, false, null, null);
        })).hasStackTraceContaining("1607003");
    }
}
