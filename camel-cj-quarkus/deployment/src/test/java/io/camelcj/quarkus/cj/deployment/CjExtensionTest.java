package io.camelcj.quarkus.cj.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjComponent;
import io.camelcj.component.cj.CjEndpoint;
import io.camelcj.component.cj.webhook.CjWebhookConsumer;
import io.camelcj.simulator.CjSimulator;
import io.quarkus.test.QuarkusUnitTest;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The extension in a Quarkus application (JVM mode): the component configured from application.properties, the
 * webhook consumer factory found, a call to the CJ simulator, and the account's health on /q/health/ready.
 */
class CjExtensionTest {

    private static final String BASE_URL = "camel.component.cj.base-url";
    private static final String API_KEY = "camel.component.cj.api-key";
    private static CjSimulator simulator;

    // the test class is loaded again inside the application: the simulator reaches it through system properties
    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(Routes.class))
            .overrideConfigKey("camel.component.cj.qps", "5")
            .overrideConfigKey("camel.component.cj.read-timeout", "20000")
            // Camel's producer health checks are off unless asked for
            .overrideConfigKey("camel.health.producers-enabled", "true")
            .setBeforeAllCustomizer(() -> {
                simulator = CjSimulator.builder().port(0).products(12).seed(3L).start();
                System.setProperty(BASE_URL, simulator.baseUrl());
                System.setProperty(API_KEY, simulator.defaultApiKey());
            })
            .setAfterAllCustomizer(() -> {
                System.clearProperty(BASE_URL);
                System.clearProperty(API_KEY);
                simulator.close();
            });

    public static class Routes extends RouteBuilder {
        @Override
        public void configure() {
            from("direct:products").to("cj:product/listV2?size=4");
        }
    }

    @Inject
    CamelContext context;

    @Test
    void componentIsConfiguredFromApplicationProperties() {
        CjComponent component = context.getComponent("cj", CjComponent.class);

        assertThat(component.getConfiguration().getQps()).isEqualTo(5.0);
        assertThat(component.getConfiguration().getBaseUrl()).isEqualTo(System.getProperty(BASE_URL));
    }

    @Test
    void webhookConsumerFactoryIsFoundThroughServiceLoader() throws Exception {
        CjEndpoint endpoint = context.getEndpoint("cj:webhook?port=0&path=/cj/hooks&openId=4242", CjEndpoint.class);
        Consumer consumer = endpoint.createConsumer(exchange -> { });

        assertThat(consumer).isInstanceOf(CjWebhookConsumer.class);
    }

    @Test
    void callsCjAndReportsEachAccountOnTheReadinessCheckWithoutItsKey() {
        ProducerTemplate template = context.createProducerTemplate();
        Map<?, ?> page = template.requestBody("direct:products", null, Map.class);
        List<?> products = (List<?>) ((Map<?, ?>) ((List<?>) page.get("content")).get(0)).get("productList");
        assertThat(products).hasSize(4);
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body(containsString("\"camel-producers\""))
                .body(not(containsString("DOWN")));

        // a second account whose key CJ refuses: its producer check turns readiness DOWN, naming no key
        String refusedKey = "CJ0000000@api@refused";
        assertThatThrownBy(() -> template.requestBody("cj:product/listV2?apiKey=" + refusedKey, (Object) null))
                .hasRootCauseInstanceOf(CjApiException.class);
        given().when().get("/q/health/ready").then()
                .statusCode(503)
                .body(containsString("\"camel-producers\""))
                .body(containsString("DOWN"))
                .body(containsString("\"cj.token.status\": \"FAILED\""))
                .body(containsString("\"cj.lastError.category\": \"AUTHENTICATION\""))
                .body(not(containsString(refusedKey)))
                .body(not(containsString(System.getProperty(API_KEY))));
    }
}
