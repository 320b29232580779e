package io.camelcj.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderTest {

    private CjSimulator sim;
    private TestClient c;
    private String vid;

    @BeforeEach
    void start() {
        sim = Fixtures.fastSim(30);
        c = TestClient.loggedIn(sim, Fixtures.KEY);
        vid = sim.catalogue().variantIds(sim.catalogue().productIds().get(0)).get(0);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private TestClient.Response create(Map<String, Object> order) {
        return c.post("shopping/order/createOrderV3", order);
    }

    @Test
    void validationNamesTheField() {
        Map<String, Object> missingCity = Fixtures.order("A-1", vid, 1);
        missingCity.remove("shippingCity");
        TestClient.Response r = create(missingCity);
        assertThat(r.code()).isEqualTo(16900403);
        assertThat(r.body().path("message").asText()).contains("shippingCity");

        TestClient.Response tooLong = create(Fixtures.order("X".repeat(51), vid, 1));
        assertThat(tooLong.code()).isEqualTo(1600100);
        assertThat(tooLong.body().path("message").asText()).contains("orderNumber").contains("50");

        TestClient.Response zeroQty = create(Fixtures.order("A-2", vid, 0));
        assertThat(zeroQty.body().path("message").asText()).contains("products[0].quantity");
        assertThat(sim.orders().count()).isZero();
    }

    @Test
    void duplicateOrderNumberAndUnknownVariantAreRejected() {
        assertThat(create(Fixtures.order("DUP-1", vid, 1)).code()).isEqualTo(200);
        TestClient.Response dup = create(Fixtures.order("DUP-1", vid, 1));
        assertThat(dup.code()).isEqualTo(1603003);
        assertThat(dup.body().path("result").asBoolean(true)).isFalse();
        assertThat(create(Fixtures.order("U-1", "1400000000000000000", 1)).code()).isEqualTo(1602000);
        assertThat(sim.orders().count()).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesCreateExactlyOneOrder() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> codes = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                codes.add(pool.submit(() -> create(Fixtures.order("RACE-1", vid, 1)).code()));
            }
            List<Integer> results = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> f : codes) {
                results.add(f.get());
            }
            assertThat(results).containsOnly(200, 1603003);
            assertThat(results).filteredOn(code -> code == 200).hasSize(1);
            assertThat(sim.orders().count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void lifeCycleFromCreatedToDelivered() {
        TestClient.Response created = create(Fixtures.order("LC-1", vid, 2));
        assertThat(created.code()).isEqualTo(200);
        String orderId = created.data().path("orderId").asText();
        assertThat(created.data().path("orderStatus").asText()).isEqualTo("CREATED");
        assertThat(created.data().path("productAmount").isTextual()).isTrue();
        assertThat(status(orderId)).isEqualTo("CREATED");

        TestClient.Response cart = c.post("shopping/order/addCart", Map.of("cjOrderIdList", List.of(orderId)));
        assertThat(cart.code()).isEqualTo(200);
        assertThat(cart.body().has("requestId")).isFalse();
        assertThat(cart.data().path("successCount").asInt()).isEqualTo(1);
        assertThat(status(orderId)).isEqualTo("IN_CART");

        TestClient.Response confirm = c.post("shopping/order/addCartConfirm", Map.of("cjOrderIdList", List.of(orderId)));
        String shipmentId = confirm.data().path("shipmentsId").asText();
        assertThat(shipmentId).isNotBlank();
        assertThat(status(orderId)).isEqualTo("UNPAID");

        TestClient.Response parent = c.post("shopping/order/saveGenerateParentOrder", Map.of("shipmentOrderId", shipmentId));
        assertThat(parent.body().has("code")).isFalse();
        assertThat(parent.body().path("success").asBoolean()).isTrue();
        String payId = parent.data().path("payId").asText();
        BigDecimal amount = parent.data().path("orderMoney").decimalValue();

        BigDecimal before = sim.admin().balance(Fixtures.KEY);
        TestClient.Response paid = c.post("shopping/pay/payBalanceV2", Map.of("shipmentOrderId", shipmentId, "payId", payId));
        assertThat(paid.code()).isEqualTo(200);
        assertThat(status(orderId)).isEqualTo("UNSHIPPED");
        assertThat(sim.admin().balance(Fixtures.KEY)).isEqualByComparingTo(before.subtract(amount));
        assertThat(c.get("shopping/pay/getBalance").data().path("amount").decimalValue()).isEqualByComparingTo(before.subtract(amount));

        sim.admin().shipOrder(orderId, "CJPKL0000001");
        JsonNode shipped = c.get("shopping/order/getOrderDetail?orderId=LC-1").data();
        assertThat(shipped.path("orderStatus").asText()).isEqualTo("SHIPPED");
        assertThat(shipped.path("trackNumber").asText()).isEqualTo("CJPKL0000001");
        JsonNode track = c.get("logistic/trackInfo?trackNumber=CJPKL0000001&trackNumber=UNKNOWN").data();
        assertThat(track).hasSize(1);
        assertThat(track.get(0).path("trackingStatus").asText()).isEqualTo("In transit");

        sim.admin().deliverOrder(orderId);
        assertThat(status(orderId)).isEqualTo("DELIVERED");
        assertThat(c.get("logistic/trackInfo?trackNumber=CJPKL0000001").data().get(0).path("trackingStatus").asText())
                .isEqualTo("Delivered");
    }

    @Test
    void insufficientBalanceIs1604000AndNothingIsDeducted() {
        sim.admin().setBalance(Fixtures.KEY, new BigDecimal("0.50"));
        String orderId = create(Fixtures.order("POOR-1", vid, 1)).data().path("orderId").asText();
        assertThat(c.send("PATCH", "shopping/order/confirmOrder", Map.of("orderId", orderId)).code()).isEqualTo(200);
        TestClient.Response pay = c.post("shopping/pay/payBalance", Map.of("orderId", orderId));
        assertThat(pay.code()).isEqualTo(1604000);
        assertThat(status(orderId)).isEqualTo("UNPAID");
        assertThat(sim.admin().balance(Fixtures.KEY)).isEqualByComparingTo("0.50");
    }

    @Test
    void detailByEitherIdListByStatusAndDelete() {
        String orderId = create(Fixtures.order("D-1", vid, 1)).data().path("orderId").asText();
        assertThat(c.get("shopping/order/getOrderDetail?orderId=" + orderId).data().path("orderNum").asText()).isEqualTo("D-1");
        assertThat(c.get("shopping/order/getOrderDetail?orderId=D-1").data().path("orderId").asText()).isEqualTo(orderId);
        TestClient.Response missing = c.get("shopping/order/getOrderDetail?orderId=NOPE");
        assertThat(missing.code()).isEqualTo(1600300);
        assertThat(missing.body().path("message").asText()).isEqualTo("order not found");

        JsonNode created = c.get("shopping/order/list?status=CREATED").data();
        assertThat(created.path("total").asInt()).isEqualTo(1);
        assertThat(created.path("list").get(0).path("orderId").asText()).isEqualTo(orderId);
        // the reference's default status is CANCELLED
        assertThat(c.get("shopping/order/list").data().path("total").asInt()).isZero();

        TestClient.Response deleted = c.send("DELETE", "shopping/order/deleteOrder?orderId=" + orderId, null);
        assertThat(deleted.data().asText()).isEqualTo(orderId);
        assertThat(c.get("shopping/order/list").data().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void waybillUploadIsMultipartAndOnlyAfterPayment() {
        String storage = new Warehouses(42L).byCountry("US").storageId();
        assertThat(c.get("warehouse/detail?id=" + storage).data().path("areaCountryCode").asText()).isEqualTo("US");
        Map<String, Object> order = Fixtures.order("W-1", vid, 1);
        order.put("shopLogisticsType", 1);
        order.put("storageId", storage);
        TestClient.Response created = create(order);
        assertThat(created.code()).isEqualTo(200);
        String orderId = created.data().path("orderId").asText();
        Map<String, String> fields = Map.of("orderId", orderId, "cjOrderId", orderId, "cjShippingCompanyName", "USPS",
                "trackNumber", "9400100000000000000000");
        byte[] pdf = "%PDF-1.4 fake".getBytes(StandardCharsets.UTF_8);
        TestClient.Response early = c.multipart("shopping/order/uploadWaybillInfo", fields, "label.pdf", pdf);
        assertThat(early.code()).isEqualTo(1600100);
        assertThat(early.body().path("message").asText()).contains("after CJ order payment");

        c.send("PATCH", "shopping/order/confirmOrder", Map.of("orderId", orderId));
        assertThat(c.post("shopping/pay/payBalance", Map.of("orderId", orderId)).code()).isEqualTo(200);
        TestClient.Response noFile = c.multipart("shopping/order/uploadWaybillInfo", fields, "label.pdf", null);
        assertThat(noFile.body().path("message").asText()).contains("waybillFile");
        TestClient.Response ok = c.multipart("shopping/order/uploadWaybillInfo", fields, "label.pdf", pdf);
        assertThat(ok.body().path("success").asBoolean()).isTrue();
        assertThat(ok.body().has("code")).isFalse();
        assertThat(ok.data().asBoolean()).isTrue();
        TestClient.Response update = c.multipart("shopping/order/updateWaybillInfo", fields, "label2.pdf", pdf);
        assertThat(update.data().asBoolean()).isTrue();
        TestClient.Response json = c.post("shopping/order/uploadWaybillInfo", Map.of("orderId", orderId));
        assertThat(json.code()).isEqualTo(16900203);
    }

    private String status(String orderId) {
        return c.get("shopping/order/getOrderDetail?orderId=" + orderId).data().path("orderStatus").asText();
    }
}
