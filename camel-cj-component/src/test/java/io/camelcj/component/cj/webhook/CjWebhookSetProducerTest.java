package io.camelcj.component.cj.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.camelcj.component.cj.CjComponent;
import io.camelcj.component.cj.CjValidationException;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 A.5 on the producer side: {@code cj:webhook/set} called directly applies the reference's
 * callbackUrls rules (required unless CANCEL, one URL, https only, no localhost) before anything is sent,
 * and {@code allowInsecureCallback=true} is the same opt-in as the consumer's.
 */
class CjWebhookSetProducerTest {

    private static final String API_KEY = "CJ7654321@api@fedcba9876543210fedcba9876543210";

    private CjSimulator sim;
    private CamelContext context;
    private ProducerTemplate template;
    private HttpServer callback;
    private final AtomicInteger callbackHits = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        sim = CjSimulator.builder().port(0).products(5).seed(3L).strictWebhookUrls(false)
                .account(SimAccount.builder(API_KEY).openId(7654321L).qps(50).balance(BigDecimal.TEN).build())
                .start();
        callback = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        callback.createContext("/cj", exchange -> {
            callbackHits.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        callback.start();
        context = new DefaultCamelContext();
        CjComponent cj = new CjComponent();
        cj.getConfiguration().setApiKey(API_KEY);
        cj.getConfiguration().setBaseUrl(sim.baseUrl());
        cj.getConfiguration().setQps(50);
        context.addComponent("cj", cj);
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() throws IOException {
        if (context != null) {
            context.stop();
        }
        if (callback != null) {
            callback.stop(0);
        }
        if (sim != null) {
            sim.close();
        }
    }

    private static Map<String, Object> body(String orderType, List<String> orderUrls) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String topic : List.of("product", "stock", "logistics")) {
            body.put(topic, Map.of("type", "CANCEL", "callbackUrls", List.of()));
        }
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("type", orderType);
        if (orderUrls != null) {
            order.put("callbackUrls", orderUrls);
        }
        body.put("order", order);
        return body;
    }

    private void assertRefusedBeforeSending(String uri, Map<String, Object> body, String field, String reason) {
        assertThatThrownBy(() -> template.requestBody(uri, body))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOfSatisfying(CjValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(reason);
                });
        assertThat(sim.requestLog().count("webhook/set")).as("nothing sent to CJ").isZero();
    }

    @Test
    void theReferenceRulesAreAppliedToADirectCallNamingTheField() {
        assertRefusedBeforeSending("cj:webhook/set", body("ENABLE", List.of("http://shop.example/cj")),
                "order.callbackUrls[0]", "must start with https://");
        assertRefusedBeforeSending("cj:webhook/set", body("ENABLE", List.of("https://localhost:8443/cj")),
                "order.callbackUrls[0]", "must not name localhost");
        assertRefusedBeforeSending("cj:webhook/set", body("ENABLE", List.of("https://127.0.0.1/cj")),
                "order.callbackUrls[0]", "must not name localhost");
        assertRefusedBeforeSending("cj:webhook/set", body("ENABLE", null),
                "order.callbackUrls", "is required unless type is CANCEL");
        assertRefusedBeforeSending("cj:webhook/set", body("ENABLE", List.of()),
                "order.callbackUrls", "is required unless type is CANCEL");
        // "Length 1" of callbackUrls, and the field notes: one callback URL per message type
        assertRefusedBeforeSending("cj:webhook/set",
                body("ENABLE", List.of("https://a.example/cj", "https://b.example/cj")),
                "order.callbackUrls", "has 2 values, the maximum is 1");
    }

    @Test
    void cancellingNeedsNoUrl() {
        template.requestBody("cj:webhook/set", body("CANCEL", null));
        assertThat(sim.requestLog().count("webhook/set")).isEqualTo(1);
    }

    @Test
    void theOptInLetsALoopbackHttpCallbackThroughToASimulator() {
        String url = "http://127.0.0.1:" + callback.getAddress().getPort() + "/cj";
        template.requestBody("cj:webhook/set?allowInsecureCallback=true", body("ENABLE", List.of(url)));
        assertThat(sim.requestLog().count("webhook/set")).isEqualTo(1);
        // the simulator checks the URL as CJ does: it called it and got its 200
        assertThat(callbackHits).hasPositiveValue();
    }
}
