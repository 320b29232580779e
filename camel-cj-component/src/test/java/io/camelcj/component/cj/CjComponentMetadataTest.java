package io.camelcj.component.cj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.component.cj.api.CjOperation;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated component descriptor documents every option and header. */
class CjComponentMetadataTest {

    private JsonNode descriptor() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/camelcj/component/cj/cj.json")) {
            assertThat(in).as("generated cj.json on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyOptionAndHeaderHasADescription() throws Exception {
        JsonNode d = descriptor();
        List<String> undocumented = new ArrayList<>();
        for (String section : List.of("componentProperties", "properties", "headers")) {
            d.get(section).fields().forEachRemaining(e -> {
                if (e.getValue().path("description").asText().isBlank()) {
                    undocumented.add(section + "." + e.getKey());
                }
            });
        }
        assertThat(undocumented).isEmpty();
        assertThat(d.get("component").get("scheme").asText()).isEqualTo("cj");
        assertThat(d.get("component").get("lenientProperties").asBoolean()).isTrue();
    }

    @Test
    void everyConfigurationFieldAndHeaderConstantIsListed() throws Exception {
        JsonNode d = descriptor();
        for (Field f : CjConfiguration.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertThat(d.get("properties").has(f.getName())).as("endpoint option " + f.getName()).isTrue();
                assertThat(d.get("componentProperties").has(f.getName())).as("component option " + f.getName()).isTrue();
            }
        }
        for (Field f : CjConstants.class.getFields()) {
            assertThat(d.get("headers").has((String) f.get(null))).as("header " + f.getName()).isTrue();
        }
        assertThat(d.get("properties").get("apiKey").get("secret").asBoolean()).isTrue();
        assertThat(d.get("properties").get("platformToken").get("secret").asBoolean()).isTrue();
    }

    @Test
    void operationEnumListsEveryRowOfTheTableAndTheWebhookConsumer() throws Exception {
        List<String> listed = new ArrayList<>();
        descriptor().get("properties").get("operation").get("enum").forEach(n -> listed.add(n.asText()));
        List<String> expected = new ArrayList<>(Arrays.stream(CjOperation.values()).map(CjOperation::path).distinct()
                .toList());
        expected.add(CjEndpoint.WEBHOOK_PATH);
        assertThat(listed).containsExactlyElementsOf(expected);
    }

    @Test
    void timeOptionsAreDurationsForToolingAndTheTestClockIsNoOption() throws Exception {
        JsonNode d = descriptor();
        for (String option : List.of("rateLimitMargin", "maxPermitWait", "connectTimeout", "readTimeout",
                "getAccessTokenCooldown", "tokenRefreshAhead", "retryBackoff", "retryBackoffMax")) {
            assertThat(d.get("properties").get(option).get("type").asText()).as(option).isEqualTo("duration");
            assertThat(d.get("componentProperties").get(option).get("type").asText()).as(option).isEqualTo("duration");
        }
        assertThat(d.get("properties").has("clock")).isFalse();
        assertThat(d.get("componentProperties").has("clock")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"1000, 1000", "30s, 30000", "5m, 300000", "PT2S, 2000", "1m30s, 90000"})
    void timeOptionsAcceptMillisecondsAndDurations(String written, long millis) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            CjComponent cj = new CjComponent();
            context.addComponent("cj", cj);
            context.getPropertiesComponent().addInitialProperty("backoff", written);
            context.start();
            CjEndpoint endpoint = context.getEndpoint("cj:product/query?apiKey=k&readTimeout=" + written
                    + "&retryBackoff={{backoff}}&retryBackoffMax=" + written, CjEndpoint.class);
            assertThat(endpoint.getConfiguration().getReadTimeout()).isEqualTo(millis);
            assertThat(endpoint.getConfiguration().getRetryBackoff()).isEqualTo(millis);
            assertThat(endpoint.getConfiguration().getRetryBackoffMax()).isEqualTo(millis);
            assertThat(endpoint.getOperationParameters()).isEmpty();

            // camel.component.cj.maxPermitWait goes through the generated component configurer
            assertThat(new CjComponentConfigurer().configure(context, cj, "maxPermitWait", written, true)).isTrue();
            assertThat(cj.getConfiguration().getMaxPermitWait()).isEqualTo(millis);
        }
    }
}
