package io.camelcj.component.cj;

import io.camelcj.component.cj.auth.CjAccountId;
import io.camelcj.component.cj.auth.CjTokenStore;
import io.camelcj.component.cj.auth.FileTokenStore;
import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.Fault;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens across time, rejection and restarts, with the simulator's clock driving expiry. */
class CjTokenLifecycleTest {

    private static final String GET_TOKEN = "authentication/getAccessToken";
    private static final String REFRESH = "authentication/refreshAccessToken";
    private static final String QUERY = "cj:product/query?pid=";

    private CjSimulator sim;
    private CamelContext context;

    @BeforeEach
    void start() {
        sim = CjTestSupport.fastSimulator().products(20).start();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        sim.close();
    }

    private ProducerTemplate template(CjTokenStore store) throws Exception {
        context = CjTestSupport.context(sim, store);
        return context.createProducerTemplate();
    }

    private Exchange query(ProducerTemplate template) {
        return template.request(QUERY + sim.catalogue().productIds().get(0), e -> { });
    }

    /**
     * Issue 16: a transient failure of getAccessToken (here a 502, then a reset) is retried by the call's retry
     * loop with its back-off, inside CJ's 5-minute limit (a failed call issued no token), and the order is placed
     * with one token obtained.
     */
    @Test
    void transientGetAccessTokenFailuresAreRetriedAndTheOrderPlaced() throws Exception {
        sim.faults().failNext(GET_TOKEN, 1, Fault.httpStatus(502)).failNext(GET_TOKEN, 1, Fault.connectionReset());
        ProducerTemplate template = template(new InMemoryTokenStore());
        String vid = sim.catalogue().variantIds(sim.catalogue().productIds().get(0)).get(0);

        Exchange placed = template.request("cj:shopping/order/createOrderV3",
                e -> e.getMessage().setBody(CjTestSupport.order("TOKEN-RETRY-1", vid)));

        assertThat(placed.getException()).isNull();
        assertThat(sim.orders().findByOrderNumber("TOKEN-RETRY-1")).isPresent();
        assertThat(sim.requestLog().count(GET_TOKEN)).as("getAccessToken calls: 502, reset, success").isEqualTo(3);
        assertThat(sim.requestLog().count(GET_TOKEN, 200)).as("tokens issued").isEqualTo(1);
        assertThat(sim.requestLog().count("shopping/order/createOrderV3")).isEqualTo(1);
    }

    /** A transient failure that lasts through every retry fails the call (retryable), not the cool-down. */
    @Test
    void getAccessTokenFailingThroughEveryRetryFailsTheCallAsTransient() throws Exception {
        sim.faults().failNext(GET_TOKEN, 3, Fault.httpStatus(503));
        ProducerTemplate template = template(new InMemoryTokenStore());

        Exchange failed = template.request(QUERY + sim.catalogue().productIds().get(0) + "&maxRetries=2", e -> { });

        assertThat(failed.getException()).isInstanceOf(CjApiException.class);
        assertThat(((CjApiException) failed.getException()).getCategory()).isEqualTo(CjErrorCategory.TRANSIENT);
        assertThat(sim.requestLog().count(GET_TOKEN)).as("the first try and 2 retries").isEqualTo(3);
        // no token was issued: the next call may log in at once, it is not held in a cool-down
        assertThat(query(template).getException()).isNull();
        assertThat(sim.requestLog().count(GET_TOKEN, 200)).isEqualTo(1);
    }

    @Test
    void refreshesBeforeExpiryMidRunWithoutNewLogin() throws Exception {
        ProducerTemplate template = template(new InMemoryTokenStore());
        assertThat(query(template).getException()).isNull();
        assertThat(sim.requestLog().count(GET_TOKEN)).isEqualTo(1);

        // access tokens live 15 days; refreshAhead is 1 day: at day 14.5 the next call refreshes first
        sim.clock().advance(Duration.ofHours(14 * 24 + 12));
        assertThat(query(template).getException()).isNull();
        assertThat(sim.requestLog().count(REFRESH)).isEqualTo(1);

        // well past the old expiry: the refreshed token carries on, then is refreshed again
        sim.clock().advance(Duration.ofDays(15));
        assertThat(query(template).getException()).isNull();
        assertThat(sim.requestLog().count(REFRESH)).isEqualTo(2);
        assertThat(sim.requestLog().count(GET_TOKEN)).isEqualTo(1);
        assertThat(sim.requestLog().count("product/query", 1600001)).isZero();
    }

    @Test
    void rejectedTokenIsRenewedOnceAndTheCallReplayed() throws Exception {
        ProducerTemplate template = template(new InMemoryTokenStore());
        assertThat(query(template).getException()).isNull();
        sim.faults().revokeTokens(sim.defaultApiKey());

        Exchange replayed = query(template);
        assertThat(replayed.getException()).isNull();
        assertThat(replayed.getMessage().getBody()).isNotNull();
        assertThat(sim.requestLog().count("product/query", 1600001)).isEqualTo(1);
        assertThat(sim.requestLog().count(REFRESH)).isEqualTo(1);
        assertThat(sim.requestLog().count(GET_TOKEN)).isEqualTo(1);
    }

    @Test
    void manyThreadsHittingARevokedTokenCauseOneRefresh() throws Exception {
        ProducerTemplate template = template(new InMemoryTokenStore());
        assertThat(query(template).getException()).isNull();
        sim.faults().revokeTokens(sim.defaultApiKey());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        try {
            List<java.util.concurrent.Future<Exchange>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(pool.submit(() -> query(template)));
            }
            for (java.util.concurrent.Future<Exchange> call : calls) {
                assertThat(call.get().getException()).isNull();
            }
        } finally {
            pool.shutdown();
        }
        // single-flight: however many calls saw 1600001 (all of them, typically), the token was renewed once
        assertThat(sim.requestLog().count("product/query", 1600001)).isGreaterThan(1);
        assertThat(sim.requestLog().count(REFRESH)).isEqualTo(1);
        assertThat(sim.requestLog().count(GET_TOKEN)).isEqualTo(1);
    }

    @Test
    void getAccessTokenIsNeverCalledTwiceWithinTheCooldown() throws Exception {
        InMemoryTokenStore store = new InMemoryTokenStore();
        ProducerTemplate template = template(store);
        assertThat(query(template).getException()).isNull();
        // the tokens are gone (logged out elsewhere, store wiped): a new login is needed
        template.requestBody("cj:authentication/logout", (Object) null);
        long loginsBefore = sim.requestLog().count(GET_TOKEN);

        Exchange refused = query(template);
        assertThat(refused.getException()).isInstanceOf(CjApiException.class);
        assertThat(refused.getException().getMessage()).containsIgnoringCase("getAccessToken");
        assertThat(sim.requestLog().count(GET_TOKEN)).isEqualTo(loginsBefore); // refused locally, CJ never asked

        sim.clock().advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(query(template).getException()).isNull();
        assertThat(sim.requestLog().count(GET_TOKEN)).isEqualTo(loginsBefore + 1);
    }

    @Test
    void restartWithFileTokenStoreMakesNoLogin(@TempDir Path dir) throws Exception {
        ProducerTemplate first = template(new FileTokenStore(dir));
        assertThat(query(first).getException()).isNull();
        assertThat(sim.requestLog().count(GET_TOKEN)).isEqualTo(1);
        context.stop();

        // a new process: new context, new store object on the same directory
        ProducerTemplate second = template(new FileTokenStore(dir));
        assertThat(query(second).getException()).isNull();
        assertThat(sim.requestLog().count(GET_TOKEN)).isEqualTo(1);
        assertThat(new FileTokenStore(dir).load(CjAccountId.of(sim.defaultApiKey()))).isPresent();
    }
}
