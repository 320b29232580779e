package io.camelcj.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultTest {

    private CjSimulator sim;
    private TestClient c;

    @BeforeEach
    void start() {
        sim = Fixtures.fastSim(20);
        c = TestClient.loggedIn(sim, Fixtures.KEY);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void failNextAnswersTheFaultThenRecovers() throws Exception {
        sim.faults().failNext("product/listV2", 2, Fault.httpStatus(503));
        assertThat(c.raw(HttpRequest.newBuilder(c.uri("product/listV2"))).statusCode()).isEqualTo(503);
        assertThat(c.raw(HttpRequest.newBuilder(c.uri("product/listV2"))).statusCode()).isEqualTo(503);
        assertThat(c.get("product/listV2").code()).isEqualTo(200);
        assertThat(c.get("setting/get").code()).isEqualTo(200); // other operations untouched
        assertThat(sim.requestLog().count("product/listV2")).isEqualTo(3);
        assertThat(sim.requestLog().count("product/listV2", 200)).isEqualTo(1);
        assertThat(sim.requestLog().entries()).filteredOn(e -> e.httpStatus() == 503).hasSize(2)
                .allMatch(e -> e.code() == null);
    }

    @Test
    void cjCodesAndRateLimitFaults() {
        sim.faults().failNext("*", 1, Fault.systemBusy());
        TestClient.Response busy = c.get("setting/get");
        assertThat(busy.code()).isEqualTo(1600000);
        assertThat(busy.body().path("result").asBoolean(true)).isFalse();
        sim.faults().failNext("setting/get", 1, Fault.rateLimited());
        assertThat(c.get("setting/get").body().has("result")).isFalse();
        sim.faults().failNext("setting/get", 1, Fault.dailyLimit());
        assertThat(c.get("setting/get").body().path("message").asText()).contains("daily");
        sim.faults().failNext("setting/get", 1, Fault.pointsExhausted());
        assertThat(c.get("setting/get").code()).isEqualTo(16900500);
        assertThat(c.get("setting/get").code()).isEqualTo(200);
    }

    @Test
    void randomFaultsAreReproducibleWithASeed() {
        List<Integer> first = run(11L);
        List<Integer> second = run(11L);
        assertThat(first).isEqualTo(second);
        long failures = first.stream().filter(code -> code == 1600000).count();
        assertThat(failures).isBetween(3L, 17L); // 30% of 40
    }

    private List<Integer> run(long seed) {
        sim.faults().clear();
        sim.faults().failRandomly("setting/get", 0.3, seed, Fault.systemBusy());
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            codes.add(c.get("setting/get").code());
        }
        return codes;
    }

    @Test
    void afterProcessingStoresTheOrderThenLosesTheAnswer() {
        String vid = sim.catalogue().variantIds(sim.catalogue().productIds().get(0)).get(0);
        sim.faults().failNext("shopping/order/createOrderV3", 1, Fault.afterProcessing(Fault.connectionReset()));
        assertThatThrownBy(() -> c.post("shopping/order/createOrderV3", Fixtures.order("LOST-1", vid, 1)))
                .hasCauseInstanceOf(IOException.class);
        assertThat(sim.orders().findByOrderNumber("LOST-1")).isPresent();
        assertThat(c.get("shopping/order/getOrderDetail?orderId=LOST-1").code()).isEqualTo(200);
        assertThat(c.post("shopping/order/createOrderV3", Fixtures.order("LOST-1", vid, 1)).code()).isEqualTo(1603003);
    }

    @Test
    void afterProcessingLatencyDelaysAnAlreadyStoredOrder() {
        String vid = sim.catalogue().variantIds(sim.catalogue().productIds().get(0)).get(0);
        sim.faults().failNext("shopping/order/createOrderV3", 1, Fault.afterProcessing(Fault.latency(Duration.ofSeconds(2))));
        long t0 = System.nanoTime();
        java.util.concurrent.CompletableFuture<TestClient.Response> answer = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> c.post("shopping/order/createOrderV3", Fixtures.order("SLOW-1", vid, 1)));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> sim.orders().findByOrderNumber("SLOW-1").isPresent());
        assertThat(answer).isNotDone(); // stored, but the answer is still held back
        assertThat(answer.join().code()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void latencyDelaysTheAnswer() {
        sim.faults().failNext("setting/get", 1, Fault.latency(Duration.ofMillis(400)));
        long t0 = System.nanoTime();
        assertThat(c.get("setting/get").code()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void requestLogKeepsRecentEntriesButExactCounts() {
        try (CjSimulator small = CjSimulator.builder().requestLogLimit(3).products(5)
                .account(SimAccount.builder(Fixtures.KEY).qps(1000).build()).start()) {
            TestClient sc = TestClient.loggedIn(small, Fixtures.KEY);
            for (int i = 0; i < 5; i++) {
                sc.get("setting/get");
            }
            assertThat(small.requestLog().entries()).hasSize(3);
            assertThat(small.requestLog().count("setting/get")).isEqualTo(5);
            assertThat(small.requestLog().count()).isEqualTo(6);
            small.requestLog().clear();
            assertThat(small.requestLog().count()).isZero();
            assertThat(small.requestLog().entries()).isEmpty();
        }
    }

    @Test
    void revokedTokensAnswer1600001() {
        assertThat(c.get("setting/get").code()).isEqualTo(200);
        sim.faults().revokeTokens(Fixtures.KEY);
        assertThat(c.get("setting/get").code()).isEqualTo(1600001);
    }
}
