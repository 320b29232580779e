package io.camelcj.observability;

import java.util.List;
import java.util.Map;

import io.camelcj.component.cj.CjAccounts;
import io.camelcj.component.cj.CjComponent;
import io.camelcj.component.cj.CjConfiguration;
import io.camelcj.component.cj.auth.CjAccountId;
import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.observability.metrics.CjMeterNames;
import io.camelcj.observability.metrics.CjMetrics;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.Fault;
import io.camelcj.simulator.SimAccount;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleResolver;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Metrics and the dev console read from a real account talking to the simulator. */
class CjMetricsAndConsoleTest {

    private CjSimulator sim;
    private CamelContext context;
    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final InMemoryTokenStore tokenStore = new InMemoryTokenStore();
    private String accountId;

    @BeforeEach
    void start() throws Exception {
        sim = CjSimulator.builder().account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).qps(50)
                .pointsPerDay(10_000).build()).products(30).seed(7L).start();
        accountId = CjAccountId.of(sim.defaultApiKey());
        context = new DefaultCamelContext();
        CjComponent cj = new CjComponent();
        CjConfiguration c = cj.getConfiguration();
        c.setApiKey(sim.defaultApiKey());
        c.setBaseUrl(sim.baseUrl());
        c.setQps(50);
        c.setRetryBackoff(20);
        c.setTokenStore(tokenStore);
        context.addComponent("cj", cj);
        CjAccounts.of(context).useClock(sim.clock().asClock());
        context.getManagementStrategy().addEventNotifier(new CjMetrics(registry));
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        sim.close();
    }

    @Test
    void callsLimiterTokensAndPointsAreMeasured() {
        sim.faults().failNext("product/list", 1, Fault.rateLimited());
        ProducerTemplate template = context.createProducerTemplate();
        template.requestBody("cj:product/list?pageSize=10", (Object) null);
        template.requestBody("cj:product/list?pageSize=10", (Object) null);
        Exchange failed = template.send("cj:product/query?pid=no-such-product", e -> { });
        assertThat(failed.getException()).isNotNull();

        assertThat(registry.get(CjMeterNames.CALLS).tags("account", accountId, "operation", "product/list",
                "code", "200", "category", "SUCCESS").timer().count()).isEqualTo(2);
        assertThat(registry.get(CjMeterNames.CALLS).tags("operation", "product/query").timer().getId()
                .getTag("category")).isNotEqualTo("SUCCESS");
        assertThat(registry.get(CjMeterNames.RATE_LIMITED).tag("account", accountId).functionCounter().count())
                .isEqualTo(1);
        // getAccessToken, 1600200 answer, its retry, the second list, the query
        assertThat(registry.get(CjMeterNames.LIMITER_WAIT).tag("account", accountId).functionTimer().count())
                .isGreaterThanOrEqualTo(4);
        assertThat(registry.get(CjMeterNames.LIMITER_QUEUE).gauge().value()).isZero();
        assertThat(registry.get(CjMeterNames.LIMITER_RATE).gauge().value()).isPositive();
        assertThat(registry.get(CjMeterNames.TOKEN_RENEWALS).tags("kind", "obtain").functionCounter().count())
                .isEqualTo(1);
        assertThat(registry.get(CjMeterNames.TOKEN_RENEWALS).tags("kind", "refresh").functionCounter().count())
                .isZero();
        assertThat(registry.get(CjMeterNames.TOKEN_EXPIRY).gauge().value()).isPositive();
        assertThat(registry.get(CjMeterNames.POINTS_REMAINING).gauge().value()).isBetween(1.0, 9_999.0);
        assertThat(registry.get(CjMeterNames.BLOCKED_UNTIL).gauge().value()).isZero();
    }

    @Test
    void aDailyLimitShowsAsBlockedUntilInMetricsAndConsole() {
        ProducerTemplate template = context.createProducerTemplate();
        template.requestBody("cj:product/list?pageSize=10", (Object) null);
        sim.faults().failNext("product/list", 1, Fault.dailyLimit());
        Exchange failed = template.send("cj:product/list?pageSize=10", e -> { });
        assertThat(failed.getException()).isNotNull();

        double blockedUntil = registry.get(CjMeterNames.BLOCKED_UNTIL).gauge().value();
        assertThat(blockedUntil).isGreaterThan(sim.clock().asClock().instant().getEpochSecond());
        assertThat(registry.get(CjMeterNames.CALLS).tags("category", "DAILY_LIMIT").timer().count()).isEqualTo(1);

        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleResolver.class)
                .resolveDevConsole("cj");
        assertThat(console).as("the cj console is found by its service file").isNotNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON, Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> account = (Map<String, Object>) ((List<Object>) json.get("accounts")).get(0);
        assertThat(account).containsEntry("id", accountId).containsKeys("blockedUntil", "rate", "queue",
                "pointsRemaining");
        @SuppressWarnings("unchecked")
        Map<String, Object> token = (Map<String, Object>) account.get("token");
        assertThat(token).containsEntry("status", "VALID").containsKey("accessTokenExpiry");

        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());
        assertThat(text).contains(accountId).contains("Blocked until").contains("Token: VALID");
        String accessToken = tokenStore.load(accountId).orElseThrow().accessToken();
        String refreshToken = tokenStore.load(accountId).orElseThrow().refreshToken();
        assertThat(text + json).doesNotContain(accessToken).doesNotContain(refreshToken)
                .doesNotContain(sim.defaultApiKey());
    }
}
