package io.camelcj.component.cj;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wrong option values fail when the endpoint or component is created, naming the option and what it expects. */
class CjOptionChecksTest {

    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "maxRetries=-1|option maxRetries must be 0 or more (0 turns retries off), was -1",
        "retryBackoff=-5|option retryBackoff must be 0 or more, was -5 ms",
        "retryBackoff=10s&retryBackoffMax=5s|option retryBackoffMax must be at least retryBackoff (10000 ms), was 5000 ms",
        "qps=abc|option qps must be a positive number of requests per second, e.g. 1 or 0.5, or 0 to read it from setting/get, was 'abc'",
        "qps=-1|option qps must be a positive number of requests per second",
        "readTimeout=soon|option readTimeout must be a duration such as 30s, 5m, 1h or milliseconds, was 'soon'",
        "maxRetries=two|option maxRetries must be a whole number, 0 or more, was 'two'",
        "pageSize=0|option pageSize must be 1 or more, was 0",
        "proxyPort=70000|option proxyPort must be a port number, 1 to 65535, was 70000",
    })
    void invalidValuesFailWhenTheEndpointIsCreated(String options, String message) {
        assertThatThrownBy(() -> context.getEndpoint("cj:product/query?apiKey=k&pid=1&" + options))
                .hasStackTraceContaining("cj:product/query: " + message);
    }

    @ParameterizedTest
    @CsvSource({"api_key", "api.key", "token", "accessToken", "access_token", "refresh-token", "secret", "password"})
    void unknownOptionsThatLookLikeSecretsAreRefusedAndNotEchoed(String name) {
        assertThatThrownBy(() -> context.getEndpoint("cj:product/query?pid=1&" + name + "=CJ123456@api@abcdef"))
                .hasStackTraceContaining("'" + name + "' is not a cj option and looks like a credential")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("CJ123456@api@abcdef"));
    }

    @ParameterizedTest
    @CsvSource({"apikey", "APIKEY"})
    void anotherCaseOfApiKeyIsTheApiKeyOption(String name) {
        CjEndpoint endpoint = context.getEndpoint("cj:product/query?pid=1&" + name + "=k2", CjEndpoint.class);
        assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo("k2");
        assertThat(endpoint.getOperationParameters()).containsOnlyKeys("pid");
    }

    @Test
    void documentedParametersAndOrdinaryUnknownOnesStillPass() {
        CjEndpoint endpoint = context.getEndpoint("cj:product/listV2?apiKey=k&keyWord=hoodie&colour=red", CjEndpoint.class);
        assertThat(endpoint.getOperationParameters()).containsOnlyKeys("keyWord", "colour");
        assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo("k");
    }

    @Test
    void invalidComponentValuesFailTheContextStart() {
        CamelContext c = new DefaultCamelContext();
        CjComponent cj = new CjComponent();
        cj.getConfiguration().setMaxRetries(-1);
        try {
            assertThatThrownBy(() -> {
                c.addComponent("cj", cj);
                c.start();
            }).hasStackTraceContaining("cj component: option maxRetries must be 0 or more");
        } finally {
            c.stop();
        }
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
