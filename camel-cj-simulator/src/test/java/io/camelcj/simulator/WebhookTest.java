package io.camelcj.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookTest {

    record Received(String sign, byte[] body, JsonNode json) {
    }

    private CjSimulator sim;
    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private String hookUrl;

    @BeforeEach
    void start() throws Exception {
        sim = Fixtures.fastSim(20);
        sim.admin().setStrictWebhookUrls(false); // the receiver below listens on http://127.0.0.1
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            received.add(new Received(ex.getRequestHeaders().getFirst("sign"), body, TestClient.MAPPER.readTree(body)));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        receiver.start();
        hookUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @AfterEach
    void stop() {
        sim.close();
        receiver.stop(0);
    }

    private void subscribe(TestClient c) {
        Map<String, Object> enable = Map.of("type", "ENABLE", "callbackUrls", List.of(hookUrl));
        TestClient.Response r = c.post("webhook/set", Map.of("product", enable, "stock", enable, "order", enable, "logistics", enable));
        assertThat(r.code()).isEqualTo(200);
    }

    /** Computed here independently of the simulator: Base64(HMAC-SHA256(key = openId, raw body)). */
    private static boolean validSignature(Received r, long openId) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Long.toString(openId).getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal(r.body());
        return r.sign() != null && MessageDigest.isEqual(expected, Base64.getDecoder().decode(r.sign()));
    }

    private List<Received> ofType(String type) {
        return received.stream().filter(r -> r.json().path("type").asText().equals(type)).toList();
    }

    @Test
    void priceChangeSendsSignedProductAndVariantMessages() throws Exception {
        TestClient c = TestClient.loggedIn(sim, Fixtures.KEY);
        subscribe(c);
        assertThat(c.get("setting/get").data().path("callback").path("product").path("urls").get(0).asText()).isEqualTo(hookUrl);
        String pid = sim.catalogue().productIds().get(0);
        sim.admin().setSellPrice(pid, new BigDecimal("9.99"));
        int variants = sim.catalogue().variantIds(pid).size();
        await().atMost(Duration.ofSeconds(10)).until(() -> ofType("PRODUCT").size() == 1 && ofType("VARIANT").size() == variants);
        Received product = ofType("PRODUCT").get(0);
        assertThat(validSignature(product, 1234567L)).isTrue();
        assertThat(validSignature(product, 7654321L)).isFalse();
        JsonNode params = product.json().path("params");
        assertThat(product.json().path("messageType").asText()).isEqualTo("UPDATE");
        assertThat(product.json().path("messageId").asText()).hasSize(32);
        assertThat(params.path("pid").asText()).isEqualTo(pid);
        assertThat(params.path("productSellPrice").decimalValue()).isEqualByComparingTo("9.99");
        assertThat(params.path("fields").get(0).asText()).isEqualTo("productSellPrice");
        assertThat(sim.webhooks().deliveredCount()).isEqualTo(1 + variants);
    }

    @Test
    void orderAndLogisticMessagesFollowTheLifeCycle() throws Exception {
        TestClient c = TestClient.loggedIn(sim, Fixtures.KEY);
        subscribe(c);
        String vid = sim.catalogue().variantIds(sim.catalogue().productIds().get(1)).get(0);
        String orderId = c.post("shopping/order/createOrderV3", Fixtures.order("WH-1", vid, 1)).data().path("orderId").asText();
        c.send("PATCH", "shopping/order/confirmOrder", Map.of("orderId", orderId));
        c.post("shopping/pay/payBalance", Map.of("orderId", orderId));
        sim.admin().shipOrder(orderId, "TRACK-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> ofType("LOGISTIC").size() == 1 && ofType("ORDER").size() == 4);
        assertThat(ofType("ORDER")).extracting(r -> r.json().path("params").path("orderStatus").asText())
                .containsExactly("CREATED", "UNPAID", "UNSHIPPED", "SHIPPED");
        assertThat(ofType("ORDER").get(0).json().path("messageType").asText()).isEqualTo("INSERT");
        Received logistic = ofType("LOGISTIC").get(0);
        assertThat(logistic.json().path("openId").asLong()).isEqualTo(1234567L);
        assertThat(logistic.json().path("params").path("trackingNumber").asText()).isEqualTo("TRACK-1");
        assertThat(logistic.json().path("params").path("logisticsTrackEvents").isTextual()).isTrue();
        assertThat(validSignature(logistic, 1234567L)).isTrue();
        assertThat(ofType("STOCK")).isNotEmpty(); // paying takes the stock
    }

    @Test
    void duplicatesRepeatTheSameMessage() {
        TestClient c = TestClient.loggedIn(sim, Fixtures.KEY);
        subscribe(c);
        sim.webhooks().duplicateProbability(1.0, 7L);
        String vid = sim.catalogue().variantIds(sim.catalogue().productIds().get(2)).get(0);
        sim.admin().setStock(vid, 3);
        await().atMost(Duration.ofSeconds(10)).until(() -> ofType("STOCK").size() == 2);
        List<Received> stock = ofType("STOCK");
        assertThat(stock.get(0).json().path("messageId").asText()).isEqualTo(stock.get(1).json().path("messageId").asText());
        assertThat(stock.get(0).body()).isEqualTo(stock.get(1).body());
        JsonNode rows = stock.get(0).json().path("params").path(vid);
        assertThat(rows.isArray()).isTrue();
        int total = 0;
        for (JsonNode row : rows) {
            total += row.path("storageNum").asInt();
        }
        assertThat(total).isEqualTo(3);
        assertThat(sim.webhooks().deliveries()).filteredOn(WebhookDispatcher.Delivery::duplicate).hasSize(1);
    }

    @Test
    void cancelledTypesReceiveNothingAndStrictModeRejectsLoopback() {
        TestClient c = TestClient.loggedIn(sim, Fixtures.KEY);
        c.post("webhook/set", Map.of("product", Map.of("type", "CANCEL", "callbackUrls", List.of())));
        assertThat(sim.webhooks().send("PRODUCT", Map.of("pid", "x"))).isZero();
        try (CjSimulator strict = CjSimulator.builder().strictWebhookUrls(true)
                .account(SimAccount.builder(Fixtures.KEY).qps(1000).build()).products(5).start()) {
            TestClient sc = TestClient.loggedIn(strict, Fixtures.KEY);
            Map<String, Object> https = Map.of("type", "ENABLE", "callbackUrls", List.of("https://127.0.0.1/hook"));
            assertThat(sc.post("webhook/set", Map.of("product", https)).code()).isEqualTo(1607001);
            Map<String, Object> http = Map.of("type", "ENABLE", "callbackUrls", List.of("http://example.com/hook"));
            assertThat(sc.post("webhook/set", Map.of("product", http)).code()).isEqualTo(1607002);
            // issue 17 B.3: an https URL that passes the rules is now called, and cannot be reached from here
            Map<String, Object> ok = Map.of("type", "ENABLE", "callbackUrls", List.of("https://example.invalid/hook"));
            assertThat(sc.post("webhook/set", Map.of("product", ok)).code()).isIn(1606001, 1607000);
        }
    }
}
