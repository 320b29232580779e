package io.camelcj.component.cj.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** {@code cj:webhook} URIs through the real cj component: options bound, mistakes named. */
class CjWebhookConsumerFactoryTest {

    private static Throwable startWith(String uri) {
        CamelContext context = new DefaultCamelContext();
        try {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri).log("x");
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
    }

    @Test
    void optionsAreBound() {
        CamelContext context = new DefaultCamelContext();
        java.util.Map<String, Object> options = new java.util.HashMap<>(java.util.Map.of("openId", "42", "port", "0",
                "maxBodySize", "2048", "outputType", "JSON", "registerTopics", "order,logistics", "extra", "x"));
        CjWebhookConfiguration configuration = CjWebhookConfiguration.bind(context, options);
        assertThat(configuration.getOpenId()).isEqualTo("42");
        assertThat(configuration.getMaxBodySize()).isEqualTo(2048);
        assertThat(configuration.getOutputType()).isEqualTo(CjWebhookOutput.JSON);
        assertThat(configuration.topics()).containsExactly("order", "logistics");
        assertThat(options).containsOnlyKeys("extra");
        assertThat(configuration.toString()).doesNotContain("42");
    }

    @Test
    void openIdCanComeFromTheRegistrySoThatItStaysOutOfLoggedUris() {
        CamelContext context = new DefaultCamelContext();
        context.getRegistry().bind("cjOpenId", "7654321");
        java.util.Map<String, Object> options = new java.util.HashMap<>(java.util.Map.of("openId", "#cjOpenId"));
        assertThat(CjWebhookConfiguration.bind(context, options).getOpenId()).isEqualTo("7654321");
    }
}
