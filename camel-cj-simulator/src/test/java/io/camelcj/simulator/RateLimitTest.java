package io.camelcj.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static CjSimulator sim(double qps, int status, long daily, long points) {
        return CjSimulator.builder().products(20).rateLimitHttpStatus(status)
                .account(SimAccount.builder(Fixtures.KEY).qps(qps).dailyLimit(daily).pointsPerDay(points).build())
                .start();
    }

    @Test
    void secondCallWithinASecondGetsTheBareRateLimitBody() throws Exception {
        try (CjSimulator sim = sim(1, 200, 0, 0)) {
            TestClient c = TestClient.loggedIn(sim, Fixtures.KEY);
            assertThat(c.get("product/getCategory").code()).isEqualTo(200);
            TestClient.Response limited = c.get("product/getCategory");
            assertThat(limited.status()).isEqualTo(200);
            assertThat(limited.code()).isEqualTo(1600200);
            List<String> fields = new ArrayList<>();
            limited.body().fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("code", "message");
            assertThat(limited.body().path("message").asText()).isEqualTo("Too Many Requests, QPS limit is 1 time/1second");
            Thread.sleep(1050);
            assertThat(c.get("product/getCategory").code()).isEqualTo(200);
            assertThat(sim.requestLog().count("product/getCategory", 1600200)).isEqualTo(1);
            assertThat(sim.requestLog().count("product/getCategory", 200)).isEqualTo(2);
        }
    }

    @Test
    void rateLimitStatusCanBe429() {
        try (CjSimulator sim = sim(1, 429, 0, 0)) {
            TestClient c = TestClient.loggedIn(sim, Fixtures.KEY);
            c.get("setting/get");
            TestClient.Response limited = c.get("setting/get");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.code()).isEqualTo(1600200);
        }
    }

    @Test
    void fourPerSecondAllowsFourOfABurst() throws Exception {
        try (CjSimulator sim = sim(4, 200, 0, 0)) {
            TestClient c = TestClient.loggedIn(sim, Fixtures.KEY);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    return c.get("setting/get").code();
                }));
            }
            long t0 = System.nanoTime();
            go.countDown();
            List<Integer> codes = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> f : calls) {
                codes.add(f.get());
            }
            long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
            pool.shutdownNow();
            assertThat(codes).containsOnly(200, 1600200);
            long ok = codes.stream().filter(code -> code == 200).count();
            if (elapsedMs < 1000) {
                assertThat(ok).isEqualTo(4); // the whole burst fell into one one-second window
            } else {
                assertThat(ok).isBetween(4L, 7L);
            }
        }
    }

    @Test
    void fractionalQpsSpacesCalls() {
        try (CjSimulator sim = sim(0.5, 200, 0, 0)) {
            TestClient c = TestClient.loggedIn(sim, Fixtures.KEY);
            assertThat(c.get("setting/get").code()).isEqualTo(200);
            TestClient.Response r = c.get("setting/get");
            assertThat(r.code()).isEqualTo(1600200);
            assertThat(r.body().path("message").asText()).contains("1 time/2second");
        }
    }

    @Test
    void dailyLimitUsesTheSameCodeWithAnotherMessage() {
        try (CjSimulator sim = sim(1000, 200, 2, 0)) {
            TestClient c = TestClient.loggedIn(sim, Fixtures.KEY);
            assertThat(c.get("setting/get").code()).isEqualTo(200);
            assertThat(c.get("setting/get").code()).isEqualTo(200);
            TestClient.Response third = c.get("setting/get");
            assertThat(third.code()).isEqualTo(1600200);
            assertThat(third.body().path("message").asText()).contains("daily request limit");
            sim.clock().advance(java.time.Duration.ofDays(1));
            assertThat(c.get("setting/get").code()).isEqualTo(200);
        }
    }

    @Test
    void pointsBudgetAnswers16900500AndReportsPointsInfo() {
        try (CjSimulator sim = sim(1000, 200, 0, 12)) {
            TestClient c = TestClient.loggedIn(sim, Fixtures.KEY);
            TestClient.Response first = c.get("product/listV2?page=1&size=1");
            assertThat(first.code()).isEqualTo(200);
            JsonNode info = first.body().path("pointsInfo");
            assertThat(info.path("total").asLong()).isEqualTo(12);
            assertThat(info.path("usedToday").asLong()).isEqualTo(5);
            assertThat(info.path("remaining").asLong()).isEqualTo(7);
            assertThat(c.get("product/listV2?page=1&size=1").code()).isEqualTo(200);
            TestClient.Response third = c.get("product/listV2?page=1&size=1");
            assertThat(third.code()).isEqualTo(16900500);
            assertThat(c.get("setting/get").code()).isEqualTo(200); // a cheaper call still fits
        }
    }
}
