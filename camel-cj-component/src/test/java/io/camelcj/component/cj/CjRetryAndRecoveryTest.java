package io.camelcj.component.cj;

import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.Fault;
import io.camelcj.simulator.SimAccount;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Transient failures, rate limits, daily limits and ambiguous order creation. */
class CjRetryAndRecoveryTest {

    private static final InMemoryTokenStore TOKENS = new InMemoryTokenStore();
    private static CjSimulator sim;
    private CamelContext context;
    private ProducerTemplate template;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = CjTestSupport.fastSimulator().products(30).start();
        // obtain the tokens once with the default 5 s time-out: on a loaded machine the first (cold) call can
        // take longer than the 1 s these tests use, and getAccessToken may then not be repeated for 5 minutes
        CamelContext warmUp = CjTestSupport.context(sim, TOKENS);
        try {
            warmUp.createProducerTemplate().requestBody("cj:authentication/getAccessToken", (Object) null);
        } finally {
            warmUp.stop();
        }
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    @BeforeEach
    void start() throws Exception {
        sim.faults().clear();
        sim.requestLog().clear();
        // a 1 s read time-out so that latency faults end the call quickly
        context = CjTestSupport.context(sim, TOKENS, c -> c.setReadTimeout(1000));
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private String pid() {
        return sim.catalogue().productIds().get(2);
    }

    private String vid(int i) {
        return sim.catalogue().variantIds(sim.catalogue().productIds().get(i)).get(0);
    }

    @Test
    void readsAreRetriedAfterServerErrorsResetsAndBusyAnswers() {
        sim.faults().failNext("product/query", 1, Fault.httpStatus(503));
        sim.faults().failNext("product/query", 1, Fault.connectionReset());
        sim.faults().failNext("product/query", 1, Fault.cjCode(1600000, "System busy, please contact CJ IT"));
        Exchange ex = template.request("cj:product/query?pid=" + pid(), e -> { });
        assertThat(ex.getException()).isNull();
        CjTestSupport.awaitRequests(sim, "product/query", 4);
    }

    @Test
    void readTimeOutIsRetriedForReads() {
        sim.faults().failNext("product/query", 1, Fault.latency(Duration.ofSeconds(3)));
        Exchange ex = template.request("cj:product/query?pid=" + pid(), e -> { });
        assertThat(ex.getException()).isNull();
    }

    @Test
    void retriesGiveUpWithATransientException() {
        sim.faults().failNext("product/query", 10, Fault.httpStatus(502));
        Exchange ex = template.request("cj:product/query?maxRetries=2&pid=" + pid(), e -> { });
        assertThat(ex.getException()).isInstanceOfSatisfying(CjApiException.class, e -> {
            assertThat(e.getCategory()).isEqualTo(CjErrorCategory.TRANSIENT);
            assertThat(e.getHttpStatus()).isEqualTo(502);
            assertThat(e.isRetryable()).isTrue();
        });
        CjTestSupport.awaitRequests(sim, "product/query", 3);
    }

    @Test
    void unsafeWritesAreNotRepeatedAfterAnAmbiguousFailure() {
        sim.faults().failNext("product/addToMyProduct", 1, Fault.httpStatus(500));
        Exchange ex = template.request("cj:product/addToMyProduct", e -> e.getMessage().setBody(Map.of("productId", pid())));
        assertThat(ex.getException()).isInstanceOf(CjApiException.class);
        CjTestSupport.awaitRequests(sim, "product/addToMyProduct", 1);
    }

    @Test
    void perSecondRateLimitBacksOffAndRetries() {
        sim.faults().failNext("product/query", 1, Fault.rateLimited());
        long start = System.nanoTime();
        Exchange ex = template.request("cj:product/query?pid=" + pid(), e -> { });
        assertThat(ex.getException()).isNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(sim.requestLog().count("product/query", 1600200)).isEqualTo(1);
    }

    @Test
    void a1600200ACallGivesUpOnStillPausesAndCountsForTheAccount() {
        CjEndpoint endpoint = context.getEndpoint("cj:product/query?maxRetries=0&pid=" + pid(), CjEndpoint.class);
        template.request(endpoint, e -> { }); // the account's first call: token and pacing settled
        long before = endpoint.account().limiter().stats().backOffs();
        sim.faults().failNext("product/query", 1, Fault.rateLimited());
        Exchange ex = template.request(endpoint, e -> { });
        assertThat(ex.getException()).isInstanceOfSatisfying(CjApiException.class,
                e -> assertThat(e.getCategory()).isEqualTo(CjErrorCategory.RATE_LIMIT));
        // the refusal that ended the call still slows the account's other calls and is counted (cj.rate.limited)
        assertThat(endpoint.account().limiter().stats().backOffs()).isEqualTo(before + 1);
    }

    @Test
    void dailyLimitIsReportedWithItsResetAndNotRetried() {
        sim.faults().failNext("product/query", 1, Fault.dailyLimit());
        Exchange ex = template.request("cj:product/query?pid=" + pid(), e -> { });
        assertThat(ex.getException()).isInstanceOfSatisfying(CjApiException.class, e -> {
            assertThat(e.getCategory()).isEqualTo(CjErrorCategory.DAILY_LIMIT);
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getResetAt()).isAfter(sim.clock().now());
        });
        // the account is blocked until the reset: the next call fails at once, CJ is not asked
        CjTestSupport.awaitRequests(sim, "product/query", 1);
        Exchange next = template.request("cj:product/query?pid=" + pid(), e -> { });
        assertThat(next.getException()).isInstanceOfSatisfying(CjApiException.class,
                e -> assertThat(e.getCategory()).isEqualTo(CjErrorCategory.DAILY_LIMIT));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1))
                .until(() -> sim.requestLog().count("product/query") == 1);
        // after the reset, calls go through again
        sim.clock().advance(Duration.ofDays(1));
        assertThat(template.request("cj:product/query?pid=" + pid(), e -> { }).getException()).isNull();
    }

    @Test
    void aUsedUpQuotaBlocksForTheWindowSettingGetGivesIt() throws Exception {
        // an account whose setting/get lists a daily quota for every URL (quotaType 4)
        try (CjSimulator quotaSim = CjSimulator.builder().account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY)
                .qps(50).dailyLimit(10_000).build()).products(5).start()) {
            CamelContext quotaContext = CjTestSupport.context(quotaSim, new InMemoryTokenStore());
            try {
                ProducerTemplate t = quotaContext.createProducerTemplate();
                String productId = quotaSim.catalogue().productIds().get(0);
                quotaSim.faults().failNext("product/query", 1, Fault.cjCode(1600201, "Quota has been used up"));
                Exchange ex = t.request("cj:product/query?pid=" + productId, e -> { });
                Instant chinaMidnight = quotaSim.clock().now().atZone(java.time.ZoneId.of("Asia/Shanghai"))
                        .toLocalDate().plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
                assertThat(ex.getException()).isInstanceOfSatisfying(CjApiException.class, e -> {
                    assertThat(e.getCategory()).isEqualTo(CjErrorCategory.DAILY_LIMIT);
                    assertThat(e.getResetAt()).isEqualTo(chinaMidnight);
                });
                CjTestSupport.awaitRequests(quotaSim, "setting/get", 1);
                // "/api2.0/v1/*": the whole account waits, CJ is not asked
                assertThat(t.request("cj:product/listV2", e -> { }).getException())
                        .isInstanceOfSatisfying(CjApiException.class, e -> assertThat(e.getResetAt()).isEqualTo(chinaMidnight));
                assertThat(quotaSim.requestLog().count("product/listV2")).isZero();
            } finally {
                quotaContext.stop();
            }
        }
    }

    @Test
    void pointsExhaustionIsNotRetried() {
        sim.faults().failNext("product/listV2", 1, Fault.pointsExhausted());
        Exchange ex = template.request("cj:product/listV2", e -> { });
        assertThat(ex.getException()).isInstanceOfSatisfying(CjApiException.class, e -> {
            assertThat(e.getCategory()).isEqualTo(CjErrorCategory.POINTS_EXHAUSTED);
            assertThat(e.getResetAt()).isAfter(Instant.now().minusSeconds(1));
        });
        CjTestSupport.awaitRequests(sim, "product/listV2", 1);
        sim.clock().advance(Duration.ofDays(1)); // leave no blocked budget behind in the simulator
    }

    @Test
    void timedOutCreateIsLookedUpNotResent() {
        sim.faults().failNext("shopping/order/createOrderV3", 1,
                Fault.afterProcessing(Fault.latency(Duration.ofSeconds(3))));
        Exchange ex = template.request("cj:shopping/order/createOrderV3",
                e -> e.getMessage().setBody(CjTestSupport.order("REC-1", vid(1))));
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getHeader(CjConstants.ORDER_RECOVERED)).isEqualTo(true);
        assertThat(ex.getMessage().getBody(Map.class)).containsEntry("orderNum", "REC-1");
        // the simulator logs the delayed create when its (late) answer is written
        await().atMost(Duration.ofSeconds(5)).until(() -> sim.requestLog().count("shopping/order/createOrderV3") == 1);
        assertThat(sim.orders().all().stream().filter(o -> "REC-1".equals(o.get("orderNumber"))).count()).isEqualTo(1);
    }

    @Test
    void resetAfterCreateIsLookedUpNotResent() {
        sim.faults().failNext("shopping/order/createOrderV3", 1, Fault.afterProcessing(Fault.connectionReset()));
        Exchange ex = template.request("cj:shopping/order/createOrderV3",
                e -> e.getMessage().setBody(CjTestSupport.order("REC-2", vid(2))));
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getHeader(CjConstants.ORDER_RECOVERED)).isEqualTo(true);
        assertThat(sim.orders().all().stream().filter(o -> "REC-2".equals(o.get("orderNumber"))).count()).isEqualTo(1);
    }

    @Test
    void createIsLookedUpEvenWithoutRetries() {
        sim.faults().failNext("shopping/order/createOrderV3", 1, Fault.afterProcessing(Fault.connectionReset()));
        Exchange ex = template.request("cj:shopping/order/createOrderV3?maxRetries=0",
                e -> e.getMessage().setBody(CjTestSupport.order("REC-4", vid(4))));
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getHeader(CjConstants.ORDER_RECOVERED)).isEqualTo(true);
    }

    @Test
    void createThatNeverHappenedIsSentAgainOnce() {
        // the gateway failed before CJ processed anything: the look-up finds no order, so it is re-sent
        sim.faults().failNext("shopping/order/createOrderV3", 1, Fault.httpStatus(502));
        Exchange ex = template.request("cj:shopping/order/createOrderV3",
                e -> e.getMessage().setBody(CjTestSupport.order("REC-3", vid(3))));
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getHeader(CjConstants.ORDER_RECOVERED)).isNull();
        CjTestSupport.awaitRequests(sim, "shopping/order/getOrderDetail", 1);
        CjTestSupport.awaitRequests(sim, "shopping/order/createOrderV3", 2);
        assertThat(sim.orders().all().stream().filter(o -> "REC-3".equals(o.get("orderNumber"))).count()).isEqualTo(1);
    }

    @Test
    void anAmbiguousUnsafeWriteSaysItsOutcomeIsUnknown() {
        sim.faults().failNext("product/addToMyProduct", 1, Fault.httpStatus(500));
        Exchange ex = template.request("cj:product/addToMyProduct", e -> e.getMessage().setBody(Map.of("productId", pid())));
        assertThat(ex.getException()).isInstanceOfSatisfying(CjApiException.class, e -> {
            assertThat(e.getCategory()).isEqualTo(CjErrorCategory.TRANSIENT);
            assertThat(e.isOutcomeUnknown()).isTrue();
            assertThat(e.getMessage()).contains("outcome at CJ unknown");
        });
    }

    @Test
    void aCreateWhoseLookUpCannotTellIsOutcomeUnknownWithTheLookUpAttached() {
        sim.faults().failNext("shopping/order/createOrderV3", 1, Fault.afterProcessing(Fault.connectionReset()));
        sim.faults().failNext("shopping/order/getOrderDetail", 10, Fault.httpStatus(503));
        Exchange ex = template.request("cj:shopping/order/createOrderV3?maxRetries=1",
                e -> e.getMessage().setBody(CjTestSupport.order("REC-5", vid(5))));
        assertThat(ex.getException()).isInstanceOfSatisfying(CjApiException.class, e -> {
            assertThat(e.getOperation()).isEqualTo("shopping/order/createOrderV3");
            assertThat(e.isOutcomeUnknown()).isTrue();
            assertThat(e.getSuppressed()).singleElement().isInstanceOfSatisfying(CjApiException.class,
                    lookup -> assertThat(lookup.getOperation()).isEqualTo("shopping/order/getOrderDetail"));
        });
        // one create, no re-send; the look-up was retried by its own (the same) policy
        CjTestSupport.awaitRequests(sim, "shopping/order/createOrderV3", 1);
        CjTestSupport.awaitRequests(sim, "shopping/order/getOrderDetail", 2);
        sim.faults().clear();
    }

    @Test
    void transportFailuresAreTransientWithTheirCauseAndReadsHaveAKnownOutcome() {
        // longer than the 1 s read time-out (a reset GET is retried once by the JDK's HTTP client itself)
        sim.faults().failNext("product/query", 1, Fault.latency(Duration.ofSeconds(3)));
        Exchange ex = template.request("cj:product/query?maxRetries=0&pid=" + pid(), e -> { });
        assertThat(ex.getException()).isInstanceOfSatisfying(CjApiException.class, e -> {
            assertThat(e.getCategory()).isEqualTo(CjErrorCategory.TRANSIENT);
            assertThat(e.getHttpStatus()).isZero();
            assertThat(e.getCause()).isNotNull();
            assertThat(e.isOutcomeUnknown()).isFalse();
        });
        // the simulator logs the delayed request when it finally answers: let it, before the next test
        await().atMost(Duration.ofSeconds(5)).until(() -> sim.requestLog().count("product/query") == 1);
    }

    @Test
    void eachEndpointRetriesByItsOwnPolicy() throws Exception {
        sim.faults().failNext("product/query", 10, Fault.httpStatus(502));
        assertThat(template.request("cj:product/query?maxRetries=0&pid=" + pid(), e -> { }).getException())
                .isInstanceOf(CjApiException.class);
        CjTestSupport.awaitRequests(sim, "product/query", 1);
        assertThat(template.request("cj:product/query?maxRetries=3&retryBackoff=5&pid=" + pid(), e -> { })
                .getException()).isInstanceOf(CjApiException.class);
        CjTestSupport.awaitRequests(sim, "product/query", 5);
        sim.faults().clear();

        CjEndpoint patient = context.getEndpoint("cj:product/query?maxRetries=20&retryBackoff=2s&retryBackoffMax=10m",
                CjEndpoint.class);
        assertThat(patient.retrySettings().maxRetries()).isEqualTo(20);
        assertThat(patient.retrySettings().transientBackoff().delay(1)).isBetween(Duration.ofSeconds(2),
                Duration.ofMillis(2400));
        assertThat(patient.retrySettings().transientBackoff().maxDelay()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aCallThatCannotGetAPermitInTimeFailsLoudly() throws Exception {
        CamelContext slow = CjTestSupport.context(sim, TOKENS, c -> {
            c.setQps(0.2);             // one request per 5 s
            c.setMaxPermitWait(300);
        });
        try {
            ProducerTemplate t = slow.createProducerTemplate();
            assertThat(t.request("cj:product/query?pid=" + pid(), e -> { }).getException()).isNull();
            Exchange starved = t.request("cj:product/query?pid=" + pid(), e -> { });
            assertThat(starved.getException()).isInstanceOfSatisfying(CjApiException.class, e -> {
                assertThat(e.getCategory()).isEqualTo(CjErrorCategory.RATE_LIMIT);
                assertThat(e.isRetryable()).isFalse();
                assertThat(e.getMessage()).contains("no request permit").contains("300 ms");
            });
        } finally {
            slow.stop();
        }
    }
}
