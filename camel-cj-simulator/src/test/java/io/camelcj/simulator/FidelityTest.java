package io.camelcj.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 17 part B: the simulator answers as the reference's examples and the field notes show. */
class FidelityTest {

    private CjSimulator sim;
    private TestClient c;
    private HttpServer receiver;
    private final List<JsonNode> pushed = new CopyOnWriteArrayList<>();
    private String vid;

    @BeforeEach
    void start() throws Exception {
        sim = Fixtures.fastSim(30);
        c = TestClient.loggedIn(sim, Fixtures.KEY);
        vid = sim.catalogue().variantIds(sim.catalogue().productIds().get(0)).get(0);
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", ex -> {
            JsonNode body = TestClient.MAPPER.readTree(ex.getRequestBody().readAllBytes());
            if (body.has("type")) {
                pushed.add(body);
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        sim.close();
        receiver.stop(0);
    }

    private void subscribe() {
        sim.admin().setStrictWebhookUrls(false);
        Map<String, Object> on = Map.of("type", "ENABLE", "callbackUrls",
                List.of("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"));
        assertThat(c.post("webhook/set", Map.of("product", on, "order", on, "logistics", on)).code()).isEqualTo(200);
    }

    private List<JsonNode> ofType(String type) {
        return pushed.stream().filter(m -> m.path("type").asText().equals(type)).toList();
    }

    private String create(Map<String, Object> order) {
        TestClient.Response r = c.post("shopping/order/createOrderV3", order);
        assertThat(r.code()).as(r.body().toString()).isEqualTo(200);
        return r.data().path("orderId").asText();
    }

    private String paid(String orderNumber) {
        String id = create(Fixtures.order(orderNumber, vid, 1));
        assertThat(c.send("PATCH", "shopping/order/confirmOrder", Map.of("orderId", id)).code()).isEqualTo(200);
        assertThat(c.post("shopping/pay/payBalance", Map.of("orderId", id)).code()).isEqualTo(200);
        return id;
    }

    // ---------------------------------------------------------------- B.1 ids

    @Test
    void orderOperationsTakeCjOrderIdsButNotTheCustomersNumber() {
        String id = create(Fixtures.order("ID-1", vid, 1));
        assertThat(id).matches("\\d{18,}");
        // getOrderDetail alone supports "Custom order id, CJ order id"
        assertThat(c.get("shopping/order/getOrderDetail?orderId=ID-1").data().path("orderId").asText()).isEqualTo(id);
        TestClient.Response byNumber = c.send("PATCH", "shopping/order/confirmOrder", Map.of("orderId", "ID-1"));
        assertThat(byNumber.code()).isEqualTo(1603100);
        assertThat(c.send("DELETE", "shopping/order/deleteOrder?orderId=ID-1", null).code()).isEqualTo(1603100);
        assertThat(c.send("PATCH", "shopping/order/confirmOrder", Map.of("orderId", id)).code()).isEqualTo(200);
        String code = c.get("shopping/order/getOrderDetail?orderId=" + id).data().path("cjOrderId").asText();
        assertThat(code).startsWith("SD");
        // the SD code is a CJ order id too
        assertThat(c.post("shopping/pay/payBalance", Map.of("orderId", code)).code()).isEqualTo(200);
    }

    @Test
    void shipmentAndPayIdsAreTheirOwnKinds() {
        String id = create(Fixtures.order("SP-1", vid, 1));
        c.post("shopping/order/addCart", Map.of("cjOrderIdList", List.of(id)));
        String shipment = c.post("shopping/order/addCartConfirm", Map.of("cjOrderIdList", List.of(id))).data().path("shipmentsId").asText();
        assertThat(shipment).startsWith("SP");
        assertThat(c.post("shopping/order/saveGenerateParentOrder", Map.of("shipmentOrderId", id)).code()).isEqualTo(1603100);
        String payId = c.post("shopping/order/saveGenerateParentOrder", Map.of("shipmentOrderId", shipment)).data().path("payId").asText();
        assertThat(payId).startsWith("PAY");
        assertThat(c.post("shopping/pay/payBalanceV2", Map.of("shipmentOrderId", shipment, "payId", shipment)).code()).isEqualTo(1603101);
        assertThat(c.post("shopping/pay/payBalance", Map.of("orderId", shipment)).code()).isEqualTo(1603100);
        assertThat(c.post("shopping/pay/payBalanceV2", Map.of("shipmentOrderId", shipment, "payId", payId)).code()).isEqualTo(200);
    }

    @Test
    void storageIdsAreTheReferences32HexOrTheHyphenatedUuidButNotTheBracedStockId() {
        String hex = new Warehouses(42L).byCountry("US").storageId();
        assertThat(hex).matches("[0-9a-f]{32}");
        String hyphenated = hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5");
        String stockId = new Warehouses(42L).byCountry("US").stockId();
        assertThat(stockId).matches("\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}}");
        assertThat(c.get("warehouse/detail?id=" + hex).data().path("id").asText()).isEqualTo(hex);
        assertThat(c.get("warehouse/detail?id=" + hyphenated).data().path("id").asText()).isEqualTo(hex);
        assertThat(c.get("warehouse/detail?id=" + stockId.replace("{", "%7B").replace("}", "%7D")).code()).isEqualTo(1608001);
        Map<String, Object> order = Fixtures.order("ST-1", vid, 1);
        order.put("shopLogisticsType", 1);
        order.put("storageId", stockId);
        assertThat(c.post("shopping/order/createOrderV3", order).code()).isEqualTo(1608001);
    }

    // ---------------------------------------------------------------- B.2 parameter errors

    @Test
    void parameterErrorsUseTheExamplesCodes() {
        TestClient.Response empty = c.get("product/variant/queryByVid");
        assertThat(empty.code()).isEqualTo(16900403);
        assertThat(empty.body().path("message").asText()).isEqualTo("vid can not be empty");
        TestClient.Response bad = c.get("product/listV2?size=101");
        assertThat(bad.code()).isEqualTo(1600100);
        assertThat(bad.body().path("message").asText()).startsWith("Param error").contains("size");
        // getOrderDetail keeps its own table's 1600300
        assertThat(c.get("shopping/order/getOrderDetail?orderId=nope").code()).isEqualTo(1600300);
    }

    @Test
    void listsSentCommaJoinedAreRefusedWhereTheReferenceRepeatsTheKey() {
        String pid = sim.catalogue().productIds().get(0);
        TestClient.Response joined = c.get("product/query?pid=" + pid + "&features=enable_inventory,enable_video");
        assertThat(joined.code()).isEqualTo(1600100);
        assertThat(joined.body().path("message").asText()).contains("features").contains("repeated keys");
        assertThat(c.get("product/query?pid=" + pid + "&features=enable_inventory&features=enable_video").code()).isEqualTo(200);
        assertThat(c.get("logistic/trackInfo?trackNumber=A,B").code()).isEqualTo(1600100);
        assertThat(c.get("shopping/order/list?status=CREATED&orderIds=1,2").code()).isEqualTo(1600100);
    }

    // ---------------------------------------------------------------- B.4 times, pointsInfo, codes, webhooks

    @Test
    void trackingAndLogisticEventTimesAreChinaTime() throws Exception {
        subscribe();
        String id = paid("TZ-1");
        sim.admin().shipOrder(id, "CJPKL7000001");
        LocalDateTime chinaNow = LocalDateTime.now(ZoneOffset.ofHours(8));
        await().atMost(Duration.ofSeconds(10)).until(() -> !ofType("LOGISTIC").isEmpty());
        JsonNode events = TestClient.MAPPER.readTree(ofType("LOGISTIC").get(0).path("params").path("logisticsTrackEvents").asText());
        LocalDateTime eventTime = LocalDateTime.parse(events.get(0).path("eventTime").asText(),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        assertThat(Duration.between(eventTime, chinaNow).abs()).isLessThan(Duration.ofMinutes(2));
        sim.admin().deliverOrder(id);
        String delivered = c.get("logistic/trackInfo?trackNumber=CJPKL7000001").data().get(0).path("deliveryTime").asText();
        assertThat(Duration.between(LocalDateTime.parse(delivered, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")), chinaNow).abs())
                .isLessThan(Duration.ofMinutes(2));
    }

    @Test
    void pointsInfoComesWithErrorAnswersToo() {
        try (CjSimulator points = CjSimulator.builder().products(5)
                .account(SimAccount.builder(Fixtures.KEY).qps(1000).pointsPerDay(1000).build()).start()) {
            TestClient pc = TestClient.loggedIn(points, Fixtures.KEY);
            TestClient.Response error = pc.get("product/query?pid=00000000-0000-0000-0000-000000000000");
            assertThat(error.code()).isEqualTo(1602001);
            assertThat(error.body().path("pointsInfo").path("total").asLong()).isEqualTo(1000);
            assertThat(error.body().path("pointsInfo").path("remaining").asLong()).isLessThan(1000);
        }
    }

    @Test
    void aSpentQuotaAnswers1600201UntilItsWindowEnds() {
        try (CjSimulator quota = CjSimulator.builder().products(5)
                .account(SimAccount.builder(Fixtures.KEY).qps(1000).quota(3, 5).build()).start()) {
            TestClient qc = TestClient.loggedIn(quota, Fixtures.KEY);
            JsonNode limits = qc.get("setting/get").data().path("setting").path("quotaLimits");
            assertThat(limits.get(0).path("quotaType").asInt()).isEqualTo(5);
            assertThat(qc.get("setting/get").code()).isEqualTo(200);
            assertThat(qc.get("setting/get").code()).isEqualTo(200);
            TestClient.Response spent = qc.get("setting/get");
            assertThat(spent.code()).isEqualTo(1600201);
            assertThat(spent.body().path("message").asText()).isEqualTo("Quota has been used up");
            quota.clock().advance(Duration.ofHours(1)); // quotaType 5: per hour
            assertThat(qc.get("setting/get").code()).isEqualTo(200);
        }
    }

    @Test
    void readTimedOutIsAFault() {
        sim.faults().failNext("setting/get", 1, Fault.readTimedOut());
        TestClient.Response r = c.get("setting/get");
        assertThat(r.code()).isEqualTo(1600301);
        assertThat(r.body().path("message").asText()).isEqualTo("Read timed out");
        assertThat(c.get("setting/get").code()).isEqualTo(200);
    }

    @Test
    void delistedProductsUnknownLogisticsAndRestrictedPayments() {
        String pid = sim.catalogue().productIds().get(2);
        String v = sim.catalogue().variantIds(pid).get(0);
        String id = create(Fixtures.order("DL-1", v, 1));
        sim.admin().delist(pid);
        assertThat(c.send("PATCH", "shopping/order/confirmOrder", Map.of("orderId", id)).code()).isEqualTo(1602002);
        assertThat(c.post("shopping/order/createOrderV3", Fixtures.order("DL-2", v, 1)).code()).isEqualTo(1602002);
        Map<String, Object> teleport = Fixtures.order("LG-1", vid, 1);
        teleport.put("logisticName", "Teleport");
        assertThat(c.post("shopping/order/createOrderV3", teleport).code()).isEqualTo(1605000);
        Map<String, Object> wrongRoute = Fixtures.order("LG-2", vid, 1);
        wrongRoute.put("logisticName", "USPS+"); // ships from the US only
        assertThat(c.post("shopping/order/createOrderV3", wrongRoute).code()).isEqualTo(1605001);
        String unpaid = create(Fixtures.order("PR-1", vid, 1));
        c.send("PATCH", "shopping/order/confirmOrder", Map.of("orderId", unpaid));
        sim.admin().setBalancePaymentRestricted(Fixtures.KEY, true);
        BigDecimal before = sim.admin().balance(Fixtures.KEY);
        assertThat(c.post("shopping/pay/payBalance", Map.of("orderId", unpaid)).code()).isEqualTo(1604001);
        assertThat(sim.admin().balance(Fixtures.KEY)).isEqualByComparingTo(before);
        sim.admin().setBalancePaymentRestricted(Fixtures.KEY, false);
        assertThat(c.post("shopping/pay/payBalance", Map.of("orderId", unpaid)).code()).isEqualTo(200);
    }

    @Test
    void anOrderWhoseLinesLeaveFromTwoWarehousesIsSplit() {
        subscribe();
        List<String> pids = sim.catalogue().productIds();
        String a = sim.catalogue().variantIds(pids.get(3)).get(0);
        String b = sim.catalogue().variantIds(pids.get(4)).get(0);
        sim.admin().setStock(a, "US", 5);
        sim.admin().setStock(b, "US", 0); // b leaves from its main (China) warehouse
        Map<String, Object> order = Fixtures.order("SPLIT-1", a, 1);
        order.put("fromCountryCode", "US");
        order.put("logisticName", "DHL Official");
        order.put("products", List.of(Map.of("vid", a, "quantity", 1), Map.of("vid", b, "quantity", 1)));
        String id = create(order);
        c.send("PATCH", "shopping/order/confirmOrder", Map.of("orderId", id));
        assertThat(c.post("shopping/pay/payBalance", Map.of("orderId", id)).code()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !ofType("ORDERSPLIT").isEmpty());
        JsonNode params = ofType("ORDERSPLIT").get(0).path("params");
        String code = c.get("shopping/order/getOrderDetail?orderId=" + id).data().path("cjOrderId").asText();
        assertThat(params.path("originalOrderId").asText()).isEqualTo(code);
        assertThat(params.path("splitOrderList")).hasSize(2);
        assertThat(params.path("splitOrderList").get(0).path("orderCode").asText()).isEqualTo(code + "-1");
        assertThat(params.path("splitOrderList").get(1).path("productList").get(0).path("vid").asText()).isEqualTo(b);
    }

    @Test
    void anIncompleteOrderConnectedLaterIsAnnouncedAsOrderConnnected() {
        subscribe();
        String id = create(Fixtures.order("CONN-1", vid, 1));
        sim.admin().markOrderIncomplete(id);
        assertThat(c.get("shopping/order/getOrderDetail?orderId=" + id).data().path("isComplete").asInt()).isZero();
        assertThat(pushed).noneMatch(m -> m.path("messageType").asText().equals("ORDER_CONNNECTED"));
        sim.admin().connectOrder(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> pushed.stream()
                .anyMatch(m -> m.path("messageType").asText().equals("ORDER_CONNNECTED")));
        JsonNode message = pushed.stream().filter(m -> m.path("messageType").asText().equals("ORDER_CONNNECTED"))
                .findFirst().orElseThrow();
        // the reference: type ORDER, and "the actual CJ order id is returned in this message"
        assertThat(message.path("type").asText()).isEqualTo("ORDER");
        assertThat(message.path("params").path("orderNumber").asText()).isEqualTo("CONN-1");
        assertThat(message.path("params").path("cjOrderId").asText()).isEqualTo(id);
        assertThat(c.get("shopping/order/getOrderDetail?orderId=" + id).data().path("isComplete").asInt()).isEqualTo(1);
        assertThatThrownBy(() -> sim.admin().connectOrder(id)).hasMessageContaining("complete already");
    }

    @Test
    void aFinishedSourcingIsPushed() {
        subscribe();
        String id = c.post("product/sourcing/create", Map.of("productName", "Cat ear hoodie", "productImage", "https://img/x.jpg"))
                .data().path("cjSourcingId").asText();
        assertThat(ofType("SOURCINGCREATE")).isEmpty();
        sim.clock().advance(Duration.ofDays(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> !ofType("SOURCINGCREATE").isEmpty());
        JsonNode params = ofType("SOURCINGCREATE").get(0).path("params");
        assertThat(params.path("cjSourcingId").asText()).isEqualTo(id);
        assertThat(params.path("status").asText()).isEqualTo("completed");
        assertThat(params.path("cjProductId").asText()).isIn(sim.catalogue().productIds());
        c.post("product/sourcing/query", Map.of("sourceIds", List.of(id)));
        assertThat(ofType("SOURCINGCREATE")).hasSize(1); // announced once
    }

    // ---------------------------------------------------------------- B.6

    @Test
    void listV2CategoryIdMatchesThirdLevelCategoriesOnly() {
        JsonNode tree = c.get("product/getCategory").data();
        String first = tree.get(0).path("categoryFirstId").asText();
        String third = tree.get(0).path("categoryFirstList").get(0).path("categorySecondList").get(0).path("categoryId").asText();
        assertThat(c.get("product/listV2?size=100&categoryId=" + first).data().path("totalRecords").asInt()).isZero();
        for (JsonNode p : c.get("product/listV2?size=100&categoryId=" + third).data().path("content").get(0).path("productList")) {
            assertThat(p.path("categoryId").asText()).isEqualTo(third);
        }
    }

    @Test
    void myProductPagesAsTheReferenceShowsIt() {
        List<String> pids = sim.catalogue().productIds();
        for (int i = 0; i < 12; i++) {
            assertThat(c.post("product/addToMyProduct", Map.of("productId", pids.get(i))).code()).isEqualTo(200);
        }
        JsonNode first = c.get("product/myProduct/query").data();
        assertThat(first.path("pageSize").asInt()).isEqualTo(10);
        assertThat(first.path("pageNumber").asInt()).isEqualTo(1);
        assertThat(first.path("totalRecords").asInt()).isEqualTo(12);
        assertThat(first.path("totalPages").asInt()).isEqualTo(2);
        assertThat(first.path("content")).hasSize(10);
        assertThat(c.get("product/myProduct/query?pageNumber=2").data().path("content")).hasSize(2);
        assertThat(c.get("product/myProduct/query?hasPacked=1").data().path("totalRecords").asInt()).isZero();
        assertThat(c.get("product/myProduct/query?hasVirPacked=1").data().path("totalRecords").asInt()).isEqualTo(12);
    }
}
