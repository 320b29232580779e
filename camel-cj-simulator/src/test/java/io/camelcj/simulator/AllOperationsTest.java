package io.camelcj.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every operation answers a valid call with success and a bad call with a CJ error code. */
class AllOperationsTest {

    private static final String KEY_B = "CJ2000002@api@bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    private static final String KEY_C = "CJ3000003@api@cccccccccccccccccccccccccccccccc";
    private static final String KEY_D = "CJ4000004@api@dddddddddddddddddddddddddddddddd";

    private static CjSimulator sim;
    private static TestClient c;
    private static String pid;
    private static String vid;
    private static String storage;
    private static final AtomicInteger numbers = new AtomicInteger();
    private static HttpServer hook;
    /** A product of the account's private inventory (its "my products"), not the one addToMyProduct's case adds. */
    private static String owned;

    record Case(Supplier<TestClient.Response> valid, Supplier<TestClient.Response> bad) {
    }

    @BeforeAll
    static void start() {
        CjSimulator.Builder b = CjSimulator.builder().products(40);
        for (String key : List.of(Fixtures.KEY, KEY_B, KEY_C, KEY_D)) {
            b.account(SimAccount.builder(key).qps(1000).balance(new BigDecimal("100000")).build());
        }
        sim = b.strictWebhookUrls(false).start(); // webhook/set's case registers the http receiver below
        c = TestClient.loggedIn(sim, Fixtures.KEY);
        try {
            hook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        hook.createContext("/hook", ex -> {
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        hook.start();
        pid = sim.catalogue().productIds().stream()
                .filter(p -> c.get("product/productComments?pid=" + p).data().path("list").size() > 0).findFirst().orElseThrow();
        vid = sim.catalogue().variantIds(pid).get(0);
        storage = new Warehouses(42L).byCountry("US").storageId();
        owned = sim.catalogue().productIds().stream().filter(p -> !p.equals(pid)).findFirst().orElseThrow();
        assertThat(c.post("product/addToMyProduct", Map.of("productId", owned)).code()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        sim.close();
        hook.stop(0);
    }

    private static String newOrder(boolean platformLogistics) {
        Map<String, Object> o = Fixtures.order("ALL-" + numbers.incrementAndGet(), vid, 1);
        if (platformLogistics) {
            o.put("shopLogisticsType", 1);
            o.put("storageId", storage);
        }
        TestClient.Response r = c.post("shopping/order/createOrderV3", o);
        assertThat(r.code()).isEqualTo(200);
        return r.data().path("orderId").asText();
    }

    private static String paidOrder(boolean platformLogistics) {
        String id = newOrder(platformLogistics);
        c.send("PATCH", "shopping/order/confirmOrder", Map.of("orderId", id));
        assertThat(c.post("shopping/pay/payBalance", Map.of("orderId", id)).code()).isEqualTo(200);
        return id;
    }

    /** An order confirmed through the cart: returns {orderId, shipmentId}. */
    private static String[] cartOrder() {
        String id = newOrder(false);
        c.post("shopping/order/addCart", Map.of("cjOrderIdList", List.of(id)));
        String shipment = c.post("shopping/order/addCartConfirm", Map.of("cjOrderIdList", List.of(id))).data().path("shipmentsId").asText();
        return new String[] {id, shipment};
    }

    private static String payId(String shipment) {
        return c.post("shopping/order/saveGenerateParentOrder", Map.of("shipmentOrderId", shipment)).data().path("payId").asText();
    }

    private static Map<String, String> waybill(String orderId) {
        return Map.of("orderId", orderId, "cjOrderId", orderId, "cjShippingCompanyName", "UPS", "trackNumber", "1Z999");
    }

    private static final byte[] PDF = "%PDF-1.4".getBytes(StandardCharsets.UTF_8);

    private static String login(String key) {
        return new TestClient(sim).post("authentication/getAccessToken", Map.of("apiKey", key)).data().path("refreshToken").asText();
    }

    private static TestClient anonymous() {
        return new TestClient(sim);
    }

    private static TestClient withToken(String token) {
        TestClient t = new TestClient(sim);
        t.token = token;
        return t;
    }

    private static Map<String, Case> cases() {
        Map<String, Case> m = new LinkedHashMap<>();
        m.put("authentication/getAccessToken", new Case(
                () -> anonymous().post("authentication/getAccessToken", Map.of("apiKey", KEY_B)),
                () -> anonymous().post("authentication/getAccessToken", Map.of("apiKey", ""))));
        m.put("authentication/refreshAccessToken", new Case(
                () -> anonymous().post("authentication/refreshAccessToken", Map.of("refreshToken", login(KEY_C))),
                () -> anonymous().post("authentication/refreshAccessToken", Map.of("refreshToken", "nope"))));
        m.put("authentication/logout", new Case(
                () -> withToken(new TestClient(sim).post("authentication/getAccessToken", Map.of("apiKey", KEY_D))
                        .data().path("accessToken").asText()).post("authentication/logout", null),
                () -> withToken("invalid").post("authentication/logout", null)));
        m.put("setting/get", new Case(() -> c.get("setting/get"), () -> c.post("setting/get", Map.of())));
        m.put("setting/account/set", new Case(() -> c.send("PATCH", "setting/account/set", Map.of("openName", "Shop")),
                () -> c.send("PATCH", "setting/account/set", Map.of())));
        m.put("product/getCategory", new Case(() -> c.get("product/getCategory"), () -> c.post("product/getCategory", Map.of())));
        m.put("product/listV2", new Case(() -> c.get("product/listV2?page=1&size=5"), () -> c.get("product/listV2?page=0")));
        m.put("product/globalWarehouseList", new Case(() -> c.get("product/globalWarehouseList"),
                () -> anonymous().get("product/globalWarehouseList")));
        m.put("product/list", new Case(() -> c.get("product/list?pageNum=1&pageSize=5"), () -> c.get("product/list?pageNum=abc")));
        m.put("product/query", new Case(() -> c.get("product/query?pid=" + pid), () -> c.get("product/query")));
        m.put("product/addToMyProduct", new Case(() -> c.post("product/addToMyProduct", Map.of("productId", pid)),
                () -> c.post("product/addToMyProduct", Map.of())));
        m.put("product/myProduct/query", new Case(() -> c.get("product/myProduct/query"),
                () -> c.get("product/myProduct/query?pageSize=x")));
        m.put("product/variant/query", new Case(() -> c.get("product/variant/query?pid=" + pid), () -> c.get("product/variant/query")));
        m.put("product/variant/queryByVid", new Case(() -> c.get("product/variant/queryByVid?vid=" + vid),
                () -> c.get("product/variant/queryByVid?vid=1400000000000000001")));
        m.put("product/stock/queryByVid", new Case(() -> c.get("product/stock/queryByVid?vid=" + vid),
                () -> c.get("product/stock/queryByVid")));
        m.put("product/stock/queryBySku", new Case(() -> c.get("product/stock/queryBySku?sku=" + sim.catalogue().productSku(pid)),
                () -> c.get("product/stock/queryBySku")));
        m.put("product/stock/getInventoryByPid", new Case(() -> c.get("product/stock/getInventoryByPid?pid=" + pid),
                () -> c.get("product/stock/getInventoryByPid")));
        m.put("product/comments", new Case(() -> c.get("product/comments?pid=" + pid), () -> c.get("product/comments")));
        m.put("product/productComments", new Case(() -> c.get("product/productComments?pid=" + pid),
                () -> c.get("product/productComments")));
        m.put("product/sourcing/create", new Case(
                () -> c.post("product/sourcing/create", Map.of("productName", "Cat ear hoodie", "productImage", "https://img/x.jpg")),
                () -> c.post("product/sourcing/create", Map.of("productName", "no image"))));
        m.put("product/sourcing/query", new Case(() -> {
            String id = c.post("product/sourcing/create", Map.of("productName", "Mug", "productImage", "https://img/m.jpg"))
                    .data().path("cjSourcingId").asText();
            return c.post("product/sourcing/query", Map.of("sourceIds", List.of(id)));
        }, () -> c.post("product/sourcing/query", Map.of("sourceIds", List.of()))));
        m.put("warehouse/detail", new Case(() -> c.get("warehouse/detail?id=" + storage), () -> c.get("warehouse/detail?id=nope")));
        m.put("shopping/order/createOrderV2", new Case(
                () -> c.post("shopping/order/createOrderV2", Fixtures.order("V2-" + numbers.incrementAndGet(), vid, 1)),
                () -> c.post("shopping/order/createOrderV2", Map.of("orderNumber", "V2-bad"))));
        m.put("shopping/order/createOrderV3", new Case(
                () -> c.post("shopping/order/createOrderV3", Fixtures.order("V3-" + numbers.incrementAndGet(), vid, 1)),
                () -> c.post("shopping/order/createOrderV3", Map.of("orderNumber", "V3-bad"))));
        m.put("shopping/order/addCart", new Case(
                () -> c.post("shopping/order/addCart", Map.of("cjOrderIdList", List.of(newOrder(false)))),
                () -> c.post("shopping/order/addCart", Map.of("cjOrderIdList", List.of()))));
        m.put("shopping/order/addCartConfirm", new Case(() -> {
            String id = newOrder(false);
            c.post("shopping/order/addCart", Map.of("cjOrderIdList", List.of(id)));
            return c.post("shopping/order/addCartConfirm", Map.of("cjOrderIdList", List.of(id)));
        }, () -> c.post("shopping/order/addCartConfirm", Map.of("cjOrderIdList", List.of("nope")))));
        m.put("shopping/order/saveGenerateParentOrder", new Case(
                () -> c.post("shopping/order/saveGenerateParentOrder", Map.of("shipmentOrderId", cartOrder()[1])),
                () -> c.post("shopping/order/saveGenerateParentOrder", Map.of("shipmentOrderId", "nope"))));
        m.put("shopping/order/list", new Case(() -> c.get("shopping/order/list?status=CREATED"),
                () -> c.get("shopping/order/list?pageNum=x")));
        m.put("shopping/order/getOrderDetail", new Case(() -> c.get("shopping/order/getOrderDetail?orderId=" + newOrder(false)),
                () -> c.get("shopping/order/getOrderDetail")));
        m.put("shopping/order/deleteOrder", new Case(() -> c.send("DELETE", "shopping/order/deleteOrder?orderId=" + newOrder(false), null),
                () -> c.send("DELETE", "shopping/order/deleteOrder?orderId=nope", null)));
        m.put("shopping/order/confirmOrder", new Case(
                () -> c.send("PATCH", "shopping/order/confirmOrder", Map.of("orderId", newOrder(false))),
                () -> c.send("PATCH", "shopping/order/confirmOrder", Map.of("orderId", "nope"))));
        m.put("shopping/order/changeWarehouse", new Case(
                () -> c.post("shopping/order/changeWarehouse", Map.of("orderCode", newOrder(true), "storageId", storage)),
                () -> c.post("shopping/order/changeWarehouse", Map.of("orderCode", "nope", "storageId", storage))));
        m.put("shopping/order/uploadWaybillInfo", new Case(() -> {
            String id = paidOrder(true);
            return c.multipart("shopping/order/uploadWaybillInfo", waybill(id), "l.pdf", PDF);
        }, () -> c.multipart("shopping/order/uploadWaybillInfo", waybill(paidOrder(true)), "l.pdf", null)));
        m.put("shopping/order/updateWaybillInfo", new Case(() -> {
            String id = paidOrder(true);
            c.multipart("shopping/order/uploadWaybillInfo", waybill(id), "l.pdf", PDF);
            return c.multipart("shopping/order/updateWaybillInfo", waybill(id), "l2.pdf", PDF);
        }, () -> c.multipart("shopping/order/updateWaybillInfo", Map.of("orderId", "x"), "l.pdf", PDF)));
        m.put("shopping/order/podProductCustomPicturesEdit", new Case(() -> {
            String id = newOrder(false);
            String line = c.get("shopping/order/getOrderDetail?orderId=" + id).data().path("productList").get(0).path("lineItemId").asText();
            return c.post("shopping/order/podProductCustomPicturesEdit", Map.of("podPicturesEditParams", List.of(Map.of(
                    "orderCode", id, "lineItemId", line, "effectImgList", List.of("https://img/e.jpg"),
                    "productionImgList", List.of("https://img/p.jpg")))));
        }, () -> c.post("shopping/order/podProductCustomPicturesEdit", Map.of())));
        m.put("shopping/pay/getBalance", new Case(() -> c.get("shopping/pay/getBalance"), () -> c.post("shopping/pay/getBalance", Map.of())));
        m.put("shopping/pay/payBalance", new Case(() -> {
            String id = newOrder(false);
            c.send("PATCH", "shopping/order/confirmOrder", Map.of("orderId", id));
            return c.post("shopping/pay/payBalance", Map.of("orderId", id));
        }, () -> c.post("shopping/pay/payBalance", Map.of("orderId", "nope"))));
        m.put("shopping/pay/payBalanceV2", new Case(() -> {
            String shipment = cartOrder()[1];
            return c.post("shopping/pay/payBalanceV2", Map.of("shipmentOrderId", shipment, "payId", payId(shipment)));
        }, () -> {
            String shipment = cartOrder()[1];
            payId(shipment);
            return c.post("shopping/pay/payBalanceV2", Map.of("shipmentOrderId", shipment, "payId", "PAY-WRONG"));
        }));
        m.put("logistic/freightCalculate", new Case(() -> c.post("logistic/freightCalculate", Map.of("startCountryCode", "CN",
                "endCountryCode", "US", "products", List.of(Map.of("vid", vid, "quantity", 2)))),
                () -> c.post("logistic/freightCalculate", Map.of("startCountryCode", "CN"))));
        m.put("logistic/freightCalculateTip", new Case(() -> c.post("logistic/freightCalculateTip", Map.of("reqDTOS", List.of(
                Map.of("srcAreaCode", "CN", "destAreaCode", "US", "weight", 300, "wrapWeight", 320, "volume", 1000,
                        "skuList", List.of(sim.catalogue().variantSku(vid)), "productProp", List.of("COMMON"))))),
                () -> c.post("logistic/freightCalculateTip", Map.of())));
        m.put("logistic/getSupplierLogisticsTemplate", new Case(
                () -> c.post("logistic/getSupplierLogisticsTemplate", Map.of("skuList", List.of(sim.catalogue().productSku(pid)))),
                () -> c.post("logistic/getSupplierLogisticsTemplate", Map.of())));
        m.put("logistic/getTrackInfo", new Case(() -> c.get("logistic/getTrackInfo?trackNumber=" + shipped()),
                () -> c.get("logistic/getTrackInfo")));
        m.put("logistic/trackInfo", new Case(() -> c.get("logistic/trackInfo?trackNumber=" + shipped() + "&trackNumber=" + shipped()),
                () -> c.get("logistic/trackInfo")));
        m.put("disputes/disputeProducts", new Case(() -> c.get("disputes/disputeProducts?orderId=" + paidOrder(false)),
                () -> c.get("disputes/disputeProducts?orderId=" + newOrder(false))));
        m.put("disputes/disputeConfirmInfo", new Case(() -> c.post("disputes/disputeConfirmInfo", Map.of("orderId", paidOrder(false),
                "productInfoList", List.of(Map.of("quantity", "1")))),
                () -> c.post("disputes/disputeConfirmInfo", Map.of("orderId", paidOrder(false)))));
        m.put("disputes/create", new Case(() -> createDispute(paidOrder(false), "BD-" + numbers.incrementAndGet()),
                () -> {
                    createDispute(paidOrder(false), "BD-DUP");
                    return createDispute(paidOrder(false), "BD-DUP");
                }));
        m.put("disputes/cancel", new Case(() -> {
            String order = paidOrder(false);
            createDispute(order, "BD-" + numbers.incrementAndGet());
            String disputeId = c.get("disputes/getDisputeList?orderId=" + order).data().path("list").get(0).path("id").asText();
            return c.post("disputes/cancel", Map.of("orderId", order, "disputeId", disputeId));
        }, () -> c.post("disputes/cancel", Map.of("orderId", paidOrder(false), "disputeId", "SH-nope"))));
        m.put("disputes/getDisputeList", new Case(() -> c.get("disputes/getDisputeList?pageNum=1&pageSize=5"),
                () -> c.get("disputes/getDisputeList?pageNum=x")));
        m.put("webhook/set", new Case(() -> c.post("webhook/set", Map.of("order", Map.of("type", "ENABLE",
                "callbackUrls", List.of("http://127.0.0.1:" + hook.getAddress().getPort() + "/hook")))),
                () -> c.post("webhook/set", Map.of("order", Map.of("type", "SOMETIMES")))));
        clientOperations(m);
        return m;
    }

    /** Issue 17 B.5: the operations seen in CJ's own client (CJ-dropshipping/api-mcp), not in the reference. */
    private static void clientOperations(Map<String, Case> m) {
        m.put("product/queryProductsByImage", new Case(
                () -> c.post("product/queryProductsByImage", Map.of("imageUrl", "https://img.example.com/cat-hoodie.jpg")),
                () -> c.post("product/queryProductsByImage", Map.of("imageUrl", "ftp://x"))));
        m.put("product/conn/connection", new Case(() -> {
            TestClient.Response connected = c.post("product/conn/connection", Map.of("cjProductId", pid, "platformProductId",
                    "SHOPIFY-" + numbers.incrementAndGet(), "defaultArea", 1, "logistics", "CJPacket Ordinary",
                    "variantList", List.of(Map.of("cjVariantId", vid, "platformVariantId", "V-" + numbers.incrementAndGet()))));
            assertThat(connected.code()).isEqualTo(200);
            return c.get("product/conn/connection?page=1&pageSize=10");
        }, () -> c.send("DELETE", "product/conn/connection?platformProductId=never-connected", null)));
        m.put("shop/getShops", new Case(() -> c.get("shop/getShops?pageNum=1&pageSize=20"), () -> c.get("shop/getShops?pageNum=x")));
        m.put("authentication/getAuthorizeUrl", new Case(() -> c.get("authentication/getAuthorizeUrl?shopType=shopify"),
                () -> c.get("authentication/getAuthorizeUrl?shopType=myspace")));
        m.put("disputes/getDisputeDetail", new Case(() -> {
            String order = paidOrder(false);
            createDispute(order, "BD-" + numbers.incrementAndGet());
            String disputeId = c.get("disputes/getDisputeList?orderId=" + order).data().path("list").get(0).path("id").asText();
            return c.get("disputes/getDisputeDetail?disputeId=" + disputeId);
        }, () -> c.get("disputes/getDisputeDetail?disputeId=SH-nope")));
        m.put("shopping/order/queryCogsBasicDataOrderInfoList", new Case(
                () -> c.post("shopping/order/queryCogsBasicDataOrderInfoList", Map.of("orderCodesList", List.of(paidOrder(false)))),
                () -> c.post("shopping/order/queryCogsBasicDataOrderInfoList", Map.of("orderCodesList", List.of()))));
        Supplier<String> matchTask = () -> c.post("shopping/mergeOrder/autoMatchMergeOrderListV3",
                Map.of("filterOrder", true, "orderStatus", 100)).data().path("taskId").asText();
        Supplier<TestClient.Response> unknownTask = () -> c.post("shopping/mergeOrder/autoMergeQueryProgress", Map.of("taskId", "1"));
        m.put("shopping/mergeOrder/autoMatchMergeOrderListV3", new Case(
                () -> c.post("shopping/mergeOrder/autoMatchMergeOrderListV3", Map.of("filterOrder", true, "orderStatus", 100)),
                () -> c.post("shopping/mergeOrder/autoMatchMergeOrderListV3", Map.of("orderStatus", 7))));
        m.put("shopping/mergeOrder/autoMergeQueryProgress", new Case(
                () -> c.post("shopping/mergeOrder/autoMergeQueryProgress", Map.of("taskId", matchTask.get())), unknownTask));
        m.put("shopping/mergeOrder/autoMergeQueryResult", new Case(
                () -> c.post("shopping/mergeOrder/autoMergeQueryResult", Map.of("taskId", matchTask.get())),
                () -> c.post("shopping/mergeOrder/autoMergeQueryResult", Map.of())));
        m.put("shopping/mergeOrder/submitMergeOrderBatchV3", new Case(
                () -> c.post("shopping/mergeOrder/submitMergeOrderBatchV3", Map.of("taskId", matchTask.get())),
                () -> c.post("shopping/mergeOrder/submitMergeOrderBatchV3", Map.of("taskId", "nope"))));
        Supplier<String> submitTask = () -> c.post("shopping/mergeOrder/submitMergeOrderBatchV3", Map.of("taskId", matchTask.get()))
                .data().path("taskId").asText();
        m.put("shopping/mergeOrder/submitProgress", new Case(
                () -> c.post("shopping/mergeOrder/submitProgress", Map.of("taskId", submitTask.get())),
                () -> c.post("shopping/mergeOrder/submitProgress", Map.of("taskId", "nope"))));
        m.put("shopping/mergeOrder/submitResult", new Case(
                () -> c.post("shopping/mergeOrder/submitResult", Map.of("taskId", submitTask.get())),
                () -> c.post("shopping/mergeOrder/submitResult", Map.of())));
        m.put("product/stock/privateInventory/querySpuPage", new Case(
                () -> c.post("product/stock/privateInventory/querySpuPage", Map.of("pageNum", 1, "pageSize", 20)),
                () -> c.post("product/stock/privateInventory/querySpuPage", Map.of("warehouseId", "{NOT-A-STORAGE-ID}"))));
        m.put("product/stock/privateInventory/querySkuDetailPage", new Case(
                () -> c.post("product/stock/privateInventory/querySkuDetailPage", Map.of("pageNum", 1, "pageSize", 20)),
                () -> c.post("product/stock/privateInventory/querySkuDetailPage", Map.of("pageNum", "x"))));
        m.put("product/stock/privateInventory/querySkuDetailListBySku", new Case(
                () -> c.post("product/stock/privateInventory/querySkuDetailListBySku", Map.of("sku", sim.catalogue().variantSku(sim.catalogue().variantIds(owned).get(0)))),
                () -> c.post("product/stock/privateInventory/querySkuDetailListBySku", Map.of("sku", "CJNOPE0000000-Red"))));
        m.put("product/stock/privateInventory/querySkuListByProductId", new Case(
                () -> c.post("product/stock/privateInventory/querySkuListByProductId", Map.of("productId", owned)),
                () -> c.post("product/stock/privateInventory/querySkuListByProductId", Map.of())));
        m.put("store/product/saveProduct", new Case(
                () -> c.post("store/product/saveProduct", Map.of("id", "gid://shopify/Product/1", "title", "Hoodie",
                        "image", "https://img.example.com/h.jpg", "priceMin", 9.5, "priceMax", 12, "priceCurrency", "usd")),
                () -> c.post("store/product/saveProduct", Map.of("id", "x", "title", "y"))));
        m.put("storehouseCenterWeb/syncStorehouseVideoRequests", new Case(
                () -> c.post("storehouseCenterWeb/syncStorehouseVideoRequests", Map.of("orderIdList", List.of(paidOrder(false)))),
                () -> c.post("storehouseCenterWeb/syncStorehouseVideoRequests", Map.of("orderIdList", List.of()))));
        m.put("shopping/order/createOrder", new Case(
                () -> c.post("shopping/order/createOrder", Fixtures.order("V1-" + numbers.incrementAndGet(), vid, 1)),
                () -> c.post("shopping/order/createOrder", Map.of("orderNumber", "V1-bad"))));
    }

    private static TestClient.Response createDispute(String orderId, String businessId) {
        return c.post("disputes/create", Map.of("orderId", orderId, "businessDisputeId", businessId, "disputeReasonId", 1,
                "expectType", 1, "refundType", 1, "messageText", "broken", "productInfoList", List.of(Map.of("quantity", "1"))));
    }

    private static String shipped() {
        String id = paidOrder(false);
        String track = "CJPKL" + numbers.incrementAndGet();
        sim.admin().shipOrder(id, track);
        return track;
    }

    private static boolean isSuccess(TestClient.Response r) {
        JsonNode b = r.body();
        boolean codeOk = !b.has("code") || b.path("code").asInt() == 200 || b.path("code").asInt() == 0;
        return r.status() == 200 && codeOk && b.path("result").asBoolean(true) && b.path("success").asBoolean(true);
    }

    @Test
    void coversEveryOperationOfTheReference() {
        // the reference's 49 and the 19 seen in CJ's own client (issue 17 B.5)
        assertThat(sim.operations()).hasSize(68).containsExactlyInAnyOrderElementsOf(cases().keySet());
    }

    @TestFactory
    List<DynamicTest> everyOperation() {
        List<DynamicTest> tests = new ArrayList<>();
        cases().forEach((op, cs) -> {
            tests.add(DynamicTest.dynamicTest(op + " valid", () -> {
                TestClient.Response r = cs.valid().get();
                assertThat(isSuccess(r)).as(op + " -> " + r.body()).isTrue();
                assertThat(sim.requestLog().entries()).anyMatch(e -> e.operation().equals(op));
            }));
            tests.add(DynamicTest.dynamicTest(op + " bad", () -> {
                TestClient.Response r = cs.bad().get();
                assertThat(isSuccess(r)).as(op + " -> " + r.body()).isFalse();
                assertThat(r.body().path("code").asInt()).as(op + " -> " + r.body()).isNotIn(0, 200);
                assertThat(r.body().path("message").asText()).as(op).isNotBlank();
            }));
        });
        return tests;
    }

    @Test
    void wrongMethodAndUnknownOperation() {
        TestClient.Response wrong = c.get("shopping/order/createOrderV3");
        assertThat(wrong.code()).isEqualTo(16900202);
        assertThat(wrong.body().path("message").asText()).isEqualTo("Request method 'GET' not supported");
        TestClient.Response unknown = c.get("product/nothing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo(1600101);
        TestClient.Response notJson = c.post("shopping/order/createOrderV3", "{not json");
        assertThat(notJson.code()).isEqualTo(16900205);
        TestClient.Response noBody = c.send("POST", "shopping/order/createOrderV3", null);
        assertThat(noBody.code()).isEqualTo(16900204);
    }
}
