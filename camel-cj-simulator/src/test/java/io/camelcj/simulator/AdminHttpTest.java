package io.camelcj.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminHttpTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> call(CjSimulator sim, String method, String path, Object body) throws Exception {
        HttpRequest.BodyPublisher p = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(TestClient.json(body));
        return http.send(HttpRequest.newBuilder(URI.create(sim.adminUrl() + "/" + path)).method(method, p).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> r) {
        return TestClient.MAPPER.readTreeSafe(r.body());
    }

    @Test
    void adminHttpMirrorsTheJavaApi() throws Exception {
        try (CjSimulator sim = Fixtures.fastSim(10)) {
            TestClient c = TestClient.loggedIn(sim, Fixtures.KEY);
            assertThat(json(call(sim, "GET", "state", null)).path("products").asInt()).isEqualTo(10);

            JsonNode added = json(call(sim, "POST", "admin/products", Map.of("count", 2)));
            assertThat(added.path("pids")).hasSize(2);
            assertThat(sim.catalogue().productCount()).isEqualTo(12);

            String pid = sim.catalogue().productIds().get(0);
            call(sim, "POST", "admin/price", Map.of("pid", pid, "price", "3.21"));
            assertThat(sim.catalogue().sellPrice(pid)).isEqualByComparingTo("3.21");

            call(sim, "POST", "faults/failNext", Map.of("operation", "setting/get", "count", 1,
                    "fault", Map.of("type", "afterProcessing", "fault", Map.of("type", "httpStatus", "status", 502))));
            assertThat(c.raw(HttpRequest.newBuilder(c.uri("setting/get"))).statusCode()).isEqualTo(502);
            assertThat(c.get("setting/get").code()).isEqualTo(200);
            assertThat(json(call(sim, "GET", "requests/count?operation=setting/get&code=200", null)).path("count").asLong())
                    .isEqualTo(1);

            java.time.Instant before = sim.clock().now();
            call(sim, "POST", "clock/advance", Map.of("duration", "PT10M"));
            assertThat(Duration.between(before, sim.clock().now())).isGreaterThanOrEqualTo(Duration.ofMinutes(10));

            HttpResponse<String> bad = call(sim, "POST", "admin/price", Map.of("price", "1"));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(json(bad).path("error").asText()).contains("pid");
            assertThat(call(sim, "POST", "faults/failNext", Map.of("operation", "x", "fault", Map.of("type", "nope")))
                    .statusCode()).isEqualTo(400);
            assertThat(json(call(sim, "GET", "requests", null))).isNotEmpty();
            assertThat(List.of(call(sim, "POST", "faults/clear", null).statusCode())).containsOnly(200);
        }
    }
}
