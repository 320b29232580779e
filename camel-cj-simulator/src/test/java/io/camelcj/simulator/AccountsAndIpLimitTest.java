package io.camelcj.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15/12: several accounts with their own QPS on one simulator, the optional per-IP limit, per-second rates. */
class AccountsAndIpLimitTest {

    private static final String KEY_B = "CJ2000002@api@bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    private static CjSimulator sim(double ipQps) {
        return CjSimulator.builder().products(5).ipQps(ipQps)
                .account(SimAccount.builder(Fixtures.KEY).qps(6).build())
                .account(SimAccount.builder(KEY_B).qps(6).build())
                .start();
    }

    /** Calls setting/get n times as fast as possible; returns how many were refused with 1600200. */
    private static int burst(TestClient c, int n) {
        int limited = 0;
        for (int i = 0; i < n; i++) {
            if (c.get("setting/get").code() == 1600200) {
                limited++;
            }
        }
        return limited;
    }

    @Test
    void eachAccountHasItsOwnQpsWithoutAnIpLimit() {
        try (CjSimulator sim = sim(0)) {
            TestClient a = TestClient.loggedIn(sim, Fixtures.KEY);
            TestClient b = TestClient.loggedIn(sim, KEY_B);
            long start = System.nanoTime();
            int limitedA = burst(a, 6);
            int limitedB = burst(b, 6);
            int moreA = burst(a, 3);
            if (System.nanoTime() - start < 900_000_000L) { // all inside one second (the usual case)
                assertThat(limitedA).isZero();
                assertThat(limitedB).isZero(); // b's budget is its own
                assertThat(moreA).isEqualTo(3); // a's seventh call within the second is refused
            }
            assertThat(sim.rates().maxAcceptedPerSecondOfAccount(SimAccount.idOf(Fixtures.KEY))).isLessThanOrEqualTo(6);
        }
    }

    @Test
    void theIpLimitCapsAllAccountsTogether() {
        try (CjSimulator sim = sim(10)) {
            TestClient a = TestClient.loggedIn(sim, Fixtures.KEY);
            TestClient b = TestClient.loggedIn(sim, KEY_B);
            sim.rates().clear();
            long start = System.nanoTime();
            int limited = burst(a, 6) + burst(b, 6);
            if (System.nanoTime() - start < 900_000_000L) {
                assertThat(limited).isGreaterThanOrEqualTo(2); // 12 calls in one second, 10 allowed per IP
            }
            assertThat(sim.rates().maxAcceptedPerSecondOfIp("127.0.0.1")).isLessThanOrEqualTo(10);
            assertThat(sim.rates().perSecondOfIp("127.0.0.1").values().stream().mapToLong(RateMonitor.Second::limited).sum())
                    .isPositive();
            TestClient.Response refused = null;
            for (int i = 0; i < 12 && refused == null; i++) {
                TestClient.Response r = a.get("setting/get");
                if (r.code() == 1600200) {
                    refused = r;
                }
            }
            assertThat(refused).isNotNull();
            assertThat(refused.body().path("message").asText()).startsWith("Too Many Requests, QPS limit is");
        }
    }

    @Test
    void theAdminApiReportsRequestsPerSecondPerAccountAndPerIp() throws Exception {
        try (CjSimulator sim = sim(0)) {
            TestClient a = TestClient.loggedIn(sim, Fixtures.KEY);
            sim.rates().clear();
            burst(a, 3);
            String id = SimAccount.idOf(Fixtures.KEY);
            long accepted = sim.rates().perSecondOfAccount(id).values().stream().mapToLong(RateMonitor.Second::accepted).sum();
            assertThat(accepted).isEqualTo(3);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> rates = http.send(HttpRequest.newBuilder(URI.create(sim.adminUrl() + "/rates")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(rates.statusCode()).isEqualTo(200);
            JsonNode body = TestClient.MAPPER.readTreeSafe(rates.body());
            long viaHttp = 0;
            for (JsonNode second : body.path("accounts").path(id)) {
                viaHttp += second.path("accepted").asLong();
            }
            assertThat(viaHttp).isEqualTo(3);
            assertThat(body.path("ips").path("127.0.0.1").size()).isPositive();
            HttpResponse<String> on = http.send(HttpRequest.newBuilder(URI.create(sim.adminUrl() + "/admin/ipQps"))
                    .POST(HttpRequest.BodyPublishers.ofString(TestClient.json(Map.of("qps", 10)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(on.statusCode()).isEqualTo(200);
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(sim.adminUrl() + "/admin/ipQps"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(bad.statusCode()).isEqualTo(400);
        }
    }

    @Test
    void theCommandLineStartsSeveralAccountsAndTheIpLimit() {
        try (CjSimulator sim = SimulatorMain.start(new String[] {"--port", "0", "--products", "3", "--api-key", Fixtures.KEY,
                "--qps", "2", "--account", KEY_B + ":4", "--ip-qps", "10", "--allow-http-webhooks"})) {
            assertThat(sim.apiKeys()).containsExactly(Fixtures.KEY, KEY_B);
            TestClient b = TestClient.loggedIn(sim, KEY_B);
            assertThat(b.get("setting/get").data().path("setting").path("qpsLimit").asInt()).isEqualTo(4);
        }
    }

    @Test
    void theRequestLogAnswersOverHttp() throws Exception {
        try (CjSimulator sim = sim(0)) {
            TestClient.loggedIn(sim, Fixtures.KEY).get("setting/get");
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sim.adminUrl() + "/requests"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode entries = TestClient.MAPPER.readTreeSafe(r.body());
            JsonNode last = entries.get(entries.size() - 1);
            assertThat(last.path("operation").asText()).isEqualTo("setting/get");
            assertThat(last.path("at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
            assertThat(entries.toString()).doesNotContain(Fixtures.KEY);
        }
    }
}
