package io.camelcj.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** webhook/set as CJ: https only by default, one setting per type, and the URL must answer 200 within 3 s. */
class WebhookSetTest {

    private CjSimulator sim;
    private TestClient c;
    private HttpServer receiver;
    private final List<String> probes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        sim = Fixtures.fastSim(5);
        c = TestClient.loggedIn(sim, Fixtures.KEY);
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/ok", ex -> {
            probes.add(ex.getRequestMethod() + " " + ex.getRequestHeaders().getFirst("Content-Type") + " "
                    + (ex.getRequestHeaders().getFirst("sign") != null) + " " + new String(ex.getRequestBody().readAllBytes()));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        receiver.createContext("/error", ex -> {
            ex.sendResponseHeaders(500, -1);
            ex.close();
        });
        receiver.createContext("/slow", ex -> {
            try {
                Thread.sleep(3_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.start();
    }

    @AfterEach
    void stop() {
        sim.close();
        receiver.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private TestClient.Response set(String type, String url) {
        return c.post("webhook/set", Map.of("order", Map.of("type", type, "callbackUrls", url == null ? List.of() : List.of(url))));
    }

    private String orderUrls() {
        return c.get("setting/get").data().path("callback").path("order").path("urls").toString();
    }

    @Test
    void httpsOnlyAndNoLoopbackByDefault() {
        assertThat(set("ENABLE", url("/ok")).code()).isEqualTo(1607002);
        assertThat(set("ENABLE", "https://127.0.0.1:8443/ok").code()).isEqualTo(1607001);
        assertThat(set("ENABLE", "https://localhost/ok").code()).isEqualTo(1607001);
        assertThat(probes).isEmpty();
        assertThat(orderUrls()).isEqualTo("[]");
    }

    @Test
    void theUrlIsCalledOnceAndMustAnswer200() {
        sim.admin().setStrictWebhookUrls(false);
        assertThat(set("ENABLE", url("/ok")).code()).isEqualTo(200);
        assertThat(probes).containsExactly("POST application/json true {}");
        assertThat(orderUrls()).contains(url("/ok"));
    }

    @Test
    void aUrlThatFailsTheCallIsNotStored() {
        sim.admin().setStrictWebhookUrls(false);
        TestClient.Response error = set("ENABLE", url("/error"));
        assertThat(error.code()).isEqualTo(1607003);
        assertThat(error.body().path("message").asText()).contains("Http Status must be 200").contains("500");
        TestClient.Response slow = set("ENABLE", url("/slow"));
        assertThat(slow.code()).isEqualTo(1607000);
        assertThat(slow.body().path("message").asText()).contains("3 seconds");
        TestClient.Response nobody = set("ENABLE", "http://127.0.0.1:9/hook");
        assertThat(nobody.code()).isEqualTo(1606001);
        assertThat(orderUrls()).isEqualTo("[]");
    }

    @Test
    void anEnabledTypeMustBeCancelledBeforeItIsSetAgain() {
        sim.admin().setStrictWebhookUrls(false);
        assertThat(set("ENABLE", url("/ok")).code()).isEqualTo(200);
        TestClient.Response again = set("ENABLE", url("/ok"));
        assertThat(again.code()).isEqualTo(1606000);
        assertThat(again.body().path("message").asText()).contains("already have settings");
        assertThat(set("CANCEL", null).code()).isEqualTo(200);
        assertThat(set("ENABLE", url("/ok")).code()).isEqualTo(200);
    }

    @Test
    void theBuilderAndTheAdminApiSwitchHttpOn() throws Exception {
        try (CjSimulator lax = CjSimulator.builder().strictWebhookUrls(false)
                .account(SimAccount.builder(Fixtures.KEY).qps(1000).build()).products(3).start()) {
            TestClient lc = TestClient.loggedIn(lax, Fixtures.KEY);
            assertThat(lc.post("webhook/set", Map.of("order", Map.of("type", "ENABLE", "callbackUrls", List.of(url("/ok")))))
                    .code()).isEqualTo(200);
        }
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(sim.adminUrl() + "/admin/webhookUrls"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"strict\":false}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(set("ENABLE", url("/ok")).code()).isEqualTo(200);
    }
}
