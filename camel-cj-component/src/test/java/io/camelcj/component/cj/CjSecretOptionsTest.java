package io.camelcj.component.cj;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The API key and platform token are Camel secret options: masked wherever Camel prints an endpoint URI. */
class CjSecretOptionsTest {

    private static final String KEY = "CJ7654321@api@9f+8e/7d&6c=5b";
    private static final String PLATFORM_TOKEN = "pt-secret-31415";
    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        context.getPropertiesComponent().addInitialProperty("cj.key", KEY);
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void aKeyWrittenWithRawIsTakenAsItIsAndMaskedInTheEndpointUri() {
        CjEndpoint endpoint = context.getEndpoint("cj:product/query?pid=1&apiKey=RAW(" + KEY + ")&platformToken=RAW("
                + PLATFORM_TOKEN + ")", CjEndpoint.class);

        assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo(KEY); // '+', '/', '&', '=' kept
        assertThat(endpoint.getConfiguration().getPlatformToken()).isEqualTo(PLATFORM_TOKEN);
        assertThat(endpoint.getOperationParameters()).containsOnlyKeys("pid");
        assertThat(endpoint.toString()).doesNotContain("9f+8e").doesNotContain(PLATFORM_TOKEN).contains("product/query");
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain("9f+8e")
                .doesNotContain(PLATFORM_TOKEN);
    }

    @Test
    void aKeyFromAPropertyPlaceholderIsResolvedAndMasked() {
        // CJ's keys are CJ<digits>@api@<hex>: safe in a URI as they are
        context.getPropertiesComponent().addInitialProperty("cj.plain-key", "CJ7654321@api@9f8e7d6c5b4a39281716f5e4d3c2b1a0");
        CjEndpoint endpoint = context.getEndpoint("cj:product/query?pid=1&apiKey={{cj.plain-key}}", CjEndpoint.class);

        assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo("CJ7654321@api@9f8e7d6c5b4a39281716f5e4d3c2b1a0");
        assertThat(endpoint.toString()).doesNotContain("9f8e7d6c5b");
        context.getEndpoints().forEach(e -> assertThat(e.toString()).doesNotContain("9f8e7d6c5b"));
        assertThat(endpoint.getConfiguration().toString()).doesNotContain("9f8e7d6c5b");
    }

    @Test
    void aPlaceholderWithReservedCharactersNeedsRaw() {
        // the placeholder is resolved into the URI before it is parsed: '+' and '&' would break the value
        CjEndpoint endpoint = context.getEndpoint("cj:product/query?pid=1&apiKey=RAW({{cj.key}})", CjEndpoint.class);
        assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo(KEY);
        assertThat(endpoint.toString()).doesNotContain("9f+8e");
    }
}
