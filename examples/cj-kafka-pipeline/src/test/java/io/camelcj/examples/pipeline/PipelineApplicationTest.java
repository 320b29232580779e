package io.camelcj.examples.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the main job in its embedded mode, as the README's run command does, and checks what it prints. */
class PipelineApplicationTest {

    @Test
    void embeddedModeSyncsTheCatalogueAndPlacesTheSampleOrders() throws Exception {
        Properties p = new Properties();
        p.setProperty(PipelineSettings.PRODUCTS, "60");
        p.setProperty(PipelineSettings.SAMPLE_ORDERS, "6");
        p.setProperty(PipelineSettings.TIMEOUT, "240");
        p.setProperty("camel.cj.sync.runOnStartup", "true");
        p.setProperty("camel.cj.sync.startupDelay", "1s");
        p.setProperty("camel.cj.orders.logisticName", "CJPacket Ordinary");
        p.setProperty("camel.cj.orders.fromCountryCode", "CN");
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
}
