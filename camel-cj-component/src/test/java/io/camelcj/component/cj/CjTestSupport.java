package io.camelcj.component.cj;

import io.camelcj.testfixtures.SampleCreateOrder;
import io.camelcj.component.cj.auth.CjTokenStore;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Builds Camel contexts whose cj component talks to a simulator. */
final class CjTestSupport {

    private CjTestSupport() {
    }

    /**
     * A started context whose cj component points at {@code sim} (fast retries, simulator clock). Tests
     * share a token store across contexts, as a restarted application would: the simulator, like CJ,
     * allows getAccessToken once per 5 minutes.
     */
    static CamelContext context(CjSimulator sim, CjTokenStore store, Consumer<CjConfiguration> customise)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        CjComponent cj = new CjComponent();
        CjConfiguration c = cj.getConfiguration();
        c.setApiKey(sim.defaultApiKey());
        c.setBaseUrl(sim.baseUrl());
        c.setQps(50);
        c.setRetryBackoff(20);
        c.setReadTimeout(5000);
        c.setTokenStore(store);
        customise.accept(c);
        CjAccounts.of(context).useClock(sim.clock().asClock());
        context.addComponent("cj", cj);
        context.start();
        return context;
    }

    static CamelContext context(CjSimulator sim, CjTokenStore store) throws Exception {
        return context(sim, store, c -> { });
    }

    /**
     * Waits until the simulator has logged {@code expected} requests of {@code operation}: it logs a request
     * just after answering it, so the client can be a moment ahead of the log.
     */
    static void awaitRequests(CjSimulator sim, String operation, long expected) {
        await().atMost(Duration.ofSeconds(3)).untilAsserted(() ->
                assertThat(sim.requestLog().count(operation)).as("requests of " + operation).isEqualTo(expected));
    }

    /** A simulator whose default account allows 50 requests per second (the tests' client QPS). */
    static CjSimulator.Builder fastSimulator() {
        return CjSimulator.builder().account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).qps(50).build());
    }

    /** A createOrderV3 body for a variant of the simulator's catalogue. */
    static Map<String, Object> order(String orderNumber, String vid) {
        return SampleCreateOrder.createOrder(orderNumber, vid, 1);
    }
}
