package io.camelcj.examples.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.simulator.CjSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the main job in its embedded mode, as the README's run command does, and checks what it prints. */
class PipelineApplicationTest {

    @Test
    void embeddedModeSyncsTheCatalogueAndPlacesTheSampleOrders() throws Exception {
        Properties p = new Properties();
        p.setProperty(PipelineSettings.PRODUCTS, "60");
        p.setProperty(PipelineSettings.SAMPLE_ORDERS, "6");
        p.setProperty(PipelineSettings.TIMEOUT, "240");
        p.setProperty("camel.cj.sync.run-on-startup", "true");
        p.setProperty("camel.cj.sync.startup-delay", "1s");
        p.setProperty("camel.cj.orders.logistic-name", "CJPacket Ordinary");
        p.setProperty("camel.cj.orders.from-country-code", "CN");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();

        boolean completed = PipelineApplication.run(PipelineSettings.from(p),
                new PrintStream(captured, true, StandardCharsets.UTF_8));

        String summary = captured.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains(PipelineSummary.TITLE).contains("status:            COMPLETED");
        assertThat(completed).isTrue();
        int catalogueProducts = number(summary, "CJ catalogue:\\s+(\\d+) products");
        int catalogueVariants = number(summary, "CJ catalogue:\\s+\\d+ products, (\\d+) variants");
        assertThat(catalogueProducts).isEqualTo(60);
        assertThat(number(summary, "cj\\.products\\s+\\d+ / (\\d+)")).isEqualTo(catalogueProducts);
        assertThat(number(summary, "cj\\.variants\\s+\\d+ / (\\d+)")).isEqualTo(catalogueVariants);
        assertThat(number(summary, "orders placed:\\s+(\\d+)")).isEqualTo(4);
        assertThat(number(summary, "dead-lettered:\\s+(\\d+)")).isEqualTo(2);
        assertThat(number(summary, "orders held by CJ:\\s+(\\d+)")).isEqualTo(4);
        assertThat(summary).containsPattern("shippingCountryCode").containsPattern("quantity");
        assertThat(number(summary, "API calls used:\\s+(\\d+)")).isPositive();
    }

    private static int number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("summary line matching %s in:%n%s", regex, text).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /**
     * "Real mode" is configuration only: here the real services are played by a simulator and a broker that the
     * application did not start. It must use them, keep its tokens in a file store, send no sample orders, and
     * never print the API key.
     */
    @Test
    void configuredServicesReplaceTheEmbeddedOnes(@TempDir Path tokens) throws Exception {
        try (CjSimulator cj = CjSimulator.builder().products(30).seed(9L).start();
             EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start()) {
            cj.admin().setQps(cj.defaultApiKey(), 20);
            Properties p = new Properties();
            p.setProperty(PipelineSettings.API_KEY, cj.defaultApiKey());
            p.setProperty(PipelineSettings.BASE_URL, cj.baseUrl());
            p.setProperty(PipelineSettings.BROKERS, kafka.bootstrapServers());
            p.setProperty(PipelineSettings.TOKEN_DIRECTORY, tokens.toString());
            p.setProperty(PipelineSettings.TIMEOUT, "180");
            p.setProperty("camel.component.cj.qps", "10");
            p.setProperty("camel.cj.sync.run-on-startup", "true");
            p.setProperty("camel.cj.sync.startup-delay", "1s");
            p.setProperty("camel.cj.sync.state.type", "memory");
            ByteArrayOutputStream captured = new ByteArrayOutputStream();

            boolean completed = PipelineApplication.run(PipelineSettings.from(p),
                    new PrintStream(captured, true, StandardCharsets.UTF_8));

            String summary = captured.toString(StandardCharsets.UTF_8);
            assertThat(completed).as(summary).isTrue();
            assertThat(summary).contains("CJ:                " + cj.baseUrl())
                    .doesNotContain(cj.defaultApiKey());
            assertThat(number(summary, "cj\\.products\\s+\\d+ / (\\d+)")).isEqualTo(30);
            assertThat(number(summary, "orders sent:\\s+(\\d+)")).isZero();
            assertThat(cj.orders().count()).isZero();
            assertThat(cj.requestLog().count("authentication/getAccessToken")).isEqualTo(1);
            try (var files = Files.list(tokens)) {
                assertThat(files.filter(f -> f.toString().endsWith(".json"))).hasSize(1);
            }
        }
    }
}
