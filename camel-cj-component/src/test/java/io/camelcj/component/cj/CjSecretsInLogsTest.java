package io.camelcj.component.cj;

import io.camelcj.component.cj.auth.CjAccountId;
import io.camelcj.component.cj.auth.CjTokens;
import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.Fault;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs logins, refreshes, rejections, errors and retries with every logger at TRACE/DEBUG and checks that
 * neither the API key, nor any access/refresh token, nor the platform token appears in the log output or
 * in exception messages.
 */
class CjSecretsInLogsTest {

    private static final String PLATFORM_TOKEN = "PLATFORM-TOKEN-SECRET-4711";
    private final StringWriter captured = new StringWriter();
    private WriterAppender appender;

    @BeforeEach
    void capture() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        appender = WriterAppender.createAppender(PatternLayout.newBuilder().withPattern("%c %m %ex%n")
                .withConfiguration(config).build(), null, captured, "capture", false, true);
        appender.start();
        config.addAppender(appender);
        config.getRootLogger().addAppender(appender, Level.ALL, null);
        Configurator.setLevel("io.camelcj", Level.TRACE);
        Configurator.setLevel("org.apache.camel", Level.DEBUG);
        ctx.updateLoggers();
    }

    @AfterEach
    void release() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getRootLogger().removeAppender("capture");
        Configurator.setLevel("io.camelcj", Level.DEBUG);
        Configurator.setLevel("org.apache.camel", Level.WARN);
        appender.stop();
        ctx.updateLoggers();
    }

    @Test
    void noSecretInLogsOrMessages() throws Exception {
        Set<String> secrets = new LinkedHashSet<>();
        List<String> messages = new ArrayList<>();
        InMemoryTokenStore store = new InMemoryTokenStore();
        try (CjSimulator sim = CjTestSupport.fastSimulator().products(20).start()) {
            secrets.add(sim.defaultApiKey());
            String pid = sim.catalogue().productIds().get(0);
            String vid = sim.catalogue().variantIds(pid).get(0);
            // the API key in the URI too, as users write it
            CamelContext context = CjTestSupport.context(sim, store, c -> c.setApiKey(null));
            try {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:query").to("cj:product/query?apiKey=" + sim.defaultApiKey() + "&pid=" + pid);
                        from("direct:order").to("cj:createOrderV3?apiKey=" + sim.defaultApiKey()
                                + "&platformToken=" + PLATFORM_TOKEN);
                    }
                });
                ProducerTemplate template = context.createProducerTemplate();
                assertThat(template.request("direct:query", e -> { }).getException()).isNull();
                secrets.addAll(tokens(store, sim));

                sim.faults().revokeTokens(sim.defaultApiKey());       // 1600001, refresh, replay
                sim.faults().failNext("product/query", 1, Fault.httpStatus(503));
                assertThat(template.request("direct:query", e -> { }).getException()).isNull();
                secrets.addAll(tokens(store, sim));

                sim.clock().advance(Duration.ofDays(14).plusHours(12)); // refresh ahead of expiry
                assertThat(template.request("direct:query", e -> { }).getException()).isNull();
                secrets.addAll(tokens(store, sim));

                Exchange order = template.request("direct:order", e -> e.getMessage().setBody(CjTestSupport.order("S-1", vid)));
                assertThat(order.getException()).isNull();
                Exchange duplicate = template.request("direct:order",
                        e -> e.getMessage().setBody(CjTestSupport.order("S-1", vid)));
                messages.add(String.valueOf(duplicate.getException()));
                sim.faults().failNext("product/query", 5, Fault.cjCode(1600001, "Invalid API key or access token"));
                messages.add(String.valueOf(template.request("direct:query", e -> { }).getException()));
                secrets.addAll(tokens(store, sim));
            } finally {
                context.stop();
            }
            CamelContext wrongKey = CjTestSupport.context(sim, new InMemoryTokenStore(),
                    c -> c.setApiKey("CJ0000001@api@aaaabbbbccccddddeeeeffff00001111"));
            try {
                secrets.add("CJ0000001@api@aaaabbbbccccddddeeeeffff00001111");
                messages.add(String.valueOf(wrongKey.createProducerTemplate().request("cj:getBalance", e -> { })
                        .getException()));
            } finally {
                wrongKey.stop();
            }
        }
        secrets.add(PLATFORM_TOKEN);
        String log = captured.toString();
        assertThat(log).contains("CjApiClient").contains("TokenManager"); // the capture really saw the component
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(5);
        for (String secret : secrets) {
            assertThat(log).as("log output").doesNotContain(secret);
            assertThat(String.join("\n", messages)).as("exception messages").doesNotContain(secret);
        }
    }

    private static List<String> tokens(InMemoryTokenStore store, CjSimulator sim) {
        CjTokens t = store.load(CjAccountId.of(sim.defaultApiKey())).orElseThrow();
        List<String> out = new ArrayList<>();
        out.add(t.accessToken());
        if (t.refreshToken() != null) {
            out.add(t.refreshToken());
        }
        // a token is also unsafe in parts: its signature must not leak either
        out.add(t.accessToken().substring(t.accessToken().length() - 40));
        return out;
    }
}
