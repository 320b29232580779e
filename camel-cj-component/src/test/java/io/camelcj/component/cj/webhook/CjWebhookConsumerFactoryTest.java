package io.camelcj.component.cj.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.camelcj.component.cj.CjEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cj:webhook} URIs through the real cj component: options bound, mistakes named. */
class CjWebhookConsumerFactoryTest {

    @TempDir
    Path dataDir;

    private Throwable startWith(String uri) {
        CamelContext context = new DefaultCamelContext();
        String withFile = uri + "&idempotentFile=RAW(" + dataDir.resolve("ids.dat") + ")";
        try {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(withFile).log("x");
                }
            });
            context.start();
            return null;
        } catch (Exception e) {
            return e;
        } finally {
            context.stop();
        }
    }

    private static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getMessage()).append(" | ");
        }
        return sb.toString();
    }

    @Test
    void unknownOptionIsNamed() {
        Throwable failure = startWith("cj:webhook?openId=1&port=0&host=127.0.0.1&bogusOption=2");
        assertThat(failure).isNotNull();
        assertThat(messages(failure)).contains("bogusOption");
    }

    @Test
    void missingOpenIdIsNamed() {
        Throwable failure = startWith("cj:webhook?port=0&host=127.0.0.1");
        assertThat(messages(failure)).contains("openId");
    }

    @Test
    void validUriStarts() {
        assertThat(startWith("cj:webhook?openId=1&port=0&host=127.0.0.1&outputType=TYPED&queueSize=5")).isNull();
        // the default repository is a file: it is there after the start
        assertThat(Files.exists(dataDir.resolve("ids.dat"))).isTrue();
    }

    @Test
    void invalidValuesAreNamedWithWhatIsExpected() {
        assertThat(messages(startWith("cj:webhook?openId=1&port=0&responseTimeout=3s")))
                .contains("responseTimeout", "3 s");
        assertThat(messages(startWith("cj:webhook?openId=1&port=0&maxConnections=0")))
                .contains("maxConnections must be positive");
        assertThat(messages(startWith("cj:webhook?openId=1&port=0&requestReadTimeout=0")))
                .contains("requestReadTimeout");
    }

    @Test
    void optionsAreBoundIncludingDurations() {
        CamelContext context = new DefaultCamelContext();
        CjEndpoint endpoint = context.getEndpoint("cj:webhook?openId=42&port=0&maxBodySize=2048&outputType=JSON"
                + "&registerTopics=order,logistics&responseTimeout=1500&requestReadTimeout=1s&answerMode=ON_RECEIPT"
                + "&extra=x", CjEndpoint.class);
        CjWebhookConfiguration configuration = endpoint.getWebhookConfiguration();
        assertThat(configuration.getOpenId()).isEqualTo("42");
        assertThat(configuration.getMaxBodySize()).isEqualTo(2048);
        assertThat(configuration.getOutputType()).isEqualTo(CjWebhookOutput.JSON);
        assertThat(configuration.topics()).containsExactly("order", "logistics");
        assertThat(configuration.getResponseTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(configuration.getRequestReadTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(configuration.getAnswerMode()).isEqualTo(CjWebhookAnswerMode.ON_RECEIPT);
        assertThat(endpoint.getOperationParameters()).containsOnlyKeys("extra");
        assertThat(configuration.toString()).doesNotContain("42");
        context.stop();
    }

    @Test
    void openIdCanComeFromTheRegistrySoThatItStaysOutOfLoggedUris() {
        CamelContext context = new DefaultCamelContext();
        context.getRegistry().bind("cjOpenId", "7654321");
        CjEndpoint endpoint = context.getEndpoint("cj:webhook?openId=#cjOpenId", CjEndpoint.class);
        new CjWebhookConsumerFactory().createConsumer(endpoint, exchange -> { });
        assertThat(endpoint.getWebhookConfiguration().getOpenId()).isEqualTo("7654321");
        CjEndpoint longForm = context.getEndpoint("cj:webhook?openId=#bean:cjOpenId&port=1", CjEndpoint.class);
        assertThat(longForm.getWebhookConfiguration().getOpenId()).isEqualTo("7654321");
        context.stop();
    }

    @Test
    void theWebhookOptionsAreInTheComponentJson() throws Exception {
        // issue 11 item 5: tooling sees them, with their types
        String json = new String(getClass().getResourceAsStream("/META-INF/io/camelcj/component/cj/cj.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.JsonNode properties = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json).path("properties");
        for (String option : new String[] {"openId", "port", "maxConnections", "maxBodySize", "answerMode",
                "responseTimeout", "requestReadTimeout", "idempotentRepository", "idempotentFile", "callbackUrl",
                "allowInsecureCallback", "autoRegister", "registerTopics", "httpUri"}) {
            assertThat(properties.has(option)).as(option).isTrue();
            assertThat(properties.path(option).path("label").asText()).as(option).contains("webhook");
        }
        assertThat(properties.path("responseTimeout").path("type").asText()).isEqualTo("duration");
        assertThat(properties.path("requestReadTimeout").path("type").asText()).isEqualTo("duration");
        assertThat(properties.path("openId").path("secret").asBoolean()).isTrue();
        assertThat(properties.path("answerMode").path("enum").toString()).contains("AFTER_ROUTE", "ON_RECEIPT");
    }
}
