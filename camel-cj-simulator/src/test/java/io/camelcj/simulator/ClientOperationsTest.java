package io.camelcj.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 17 B.5: the operations CJ's own client (CJ-dropshipping/api-mcp) uses beyond the reference. */
class ClientOperationsTest {

    private static CjSimulator sim;
    private static TestClient c;
    private static String pid;
    private static String vid;

    @BeforeAll
    static void start() {
        sim = Fixtures.fastSim(30);
        c = TestClient.loggedIn(sim, Fixtures.KEY);
        pid = sim.catalogue().productIds().get(0);
        vid = sim.catalogue().variantIds(pid).get(0);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void productConnectionsAreListedCreatedAndRemovedOnOnePath() {
        String shopId = c.get("shop/getShops").data().path("list").get(0).path("shopId").asText();
        Map<String, Object> body = Map.of("cjProductId", pid, "platformProductId", "P-1", "defaultArea", 1, "logistics",
                "CJPacket Ordinary", "shopId", shopId, "variantList", List.of(Map.of("cjVariantId", vid, "platformVariantId", "PV-1")));
        assertThat(c.post("product/conn/connection", body).code()).isEqualTo(200);
        JsonNode list = c.get("product/conn/connection?platformProductId=P-1").data();
        assertThat(list.path("total").asInt()).isEqualTo(1);
        assertThat(list.path("list").get(0).path("cjVariantId").asText()).isEqualTo(vid);
        Map<String, Object> wrongVariant = Map.of("cjProductId", pid, "platformProductId", "P-2", "defaultArea", 1, "logistics",
                "CJPacket Ordinary", "variantList", List.of(Map.of("cjVariantId", "1400000000000000001", "platformVariantId", "PV-2")));
        assertThat(c.post("product/conn/connection", wrongVariant).code()).isEqualTo(1602000);
        Map<String, Object> noVariants = Map.of("cjProductId", pid, "platformProductId", "P-3", "defaultArea", 1, "logistics", "CJPacket Ordinary");
        assertThat(c.post("product/conn/connection", noVariants).code()).isEqualTo(16900403);
        assertThat(c.send("DELETE", "product/conn/connection?platformProductId=P-1", null).code()).isEqualTo(200);
        assertThat(c.get("product/conn/connection?platformProductId=P-1").data().path("total").asInt()).isZero();
        assertThat(c.send("PUT", "product/conn/connection", Map.of()).code()).isEqualTo(16900202);
    }

    @Test
    void shopsAuthorisationAndStoreProducts() {
        JsonNode shops = c.get("shop/getShops?keyword=shopify").data();
        assertThat(shops.path("total").asInt()).isEqualTo(1);
        assertThat(c.get("authentication/getAuthorizeUrl?shopType=shopify").data().path("authorizeUrl").asText())
                .startsWith("https://").contains("shopType=shopify");
        assertThat(c.get("authentication/getAuthorizeUrl").code()).isEqualTo(16900403);
        Map<String, Object> product = Map.of("id", "gid-1", "title", "Hoodie", "image", "https://img/h.jpg", "priceMin", 12, "priceMax", 9);
        assertThat(c.post("store/product/saveProduct", product).code()).isEqualTo(1600100); // min above max
        Map<String, Object> ok = Map.of("id", "gid-1", "title", "Hoodie", "image", "https://img/h.jpg");
        assertThat(c.post("store/product/saveProduct", ok).data().path("created").asBoolean()).isTrue();
        assertThat(c.post("store/product/saveProduct", ok).data().path("created").asBoolean()).isFalse();
    }

    @Test
    void mergeTasksMergeOrdersToTheSameRecipient() {
        String a = c.post("shopping/order/createOrderV3", Fixtures.order("M-1", vid, 1)).data().path("orderId").asText();
        String b = c.post("shopping/order/createOrderV3", Fixtures.order("M-2", vid, 2)).data().path("orderId").asText();
        String match = c.post("shopping/mergeOrder/autoMatchMergeOrderListV3", Map.of("filterOrder", true, "orderStatus", 100))
                .data().path("taskId").asText();
        assertThat(c.post("shopping/mergeOrder/autoMergeQueryProgress", Map.of("taskId", match)).data().path("progress").asInt()).isEqualTo(100);
        JsonNode groups = c.post("shopping/mergeOrder/autoMergeQueryResult", Map.of("taskId", match)).data().path("mergeGroups");
        assertThat(groups.toString()).contains(a).contains(b);
        String submit = c.post("shopping/mergeOrder/submitMergeOrderBatchV3", Map.of("taskId", match)).data().path("taskId").asText();
        JsonNode merged = c.post("shopping/mergeOrder/submitResult", Map.of("taskId", submit)).data().path("mergedOrders");
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).path("mergedOrderIds").toString()).contains(a).contains(b);
        String mergedId = merged.get(0).path("orderId").asText();
        assertThat(c.get("shopping/order/getOrderDetail?orderId=" + a).data().path("orderStatus").asText()).isEqualTo("CANCELLED");
        assertThat(c.get("shopping/order/getOrderDetail?orderId=" + mergedId).data().path("productList")).hasSize(2);
    }

    @Test
    void costsPicturesAndTheOlderCreate() {
        String id = c.post("shopping/order/createOrder", Fixtures.order("V1-1", vid, 2)).data().path("orderId").asText();
        JsonNode cogs = c.post("shopping/order/queryCogsBasicDataOrderInfoList", Map.of("orderCodesList", List.of(id, "V1-1"))).data();
        assertThat(cogs.path("list")).hasSize(1);
        assertThat(cogs.path("list").get(0).path("products").get(0).path("quantity").asInt()).isEqualTo(2);
        assertThat(cogs.path("unMatchOrderCodes").toString()).contains("V1-1"); // the customer's number is not a CJ order id
        c.send("PATCH", "shopping/order/confirmOrder", Map.of("orderId", id));
        c.post("shopping/pay/payBalance", Map.of("orderId", id));
        JsonNode before = c.post("storehouseCenterWeb/syncStorehouseVideoRequests", Map.of("orderIdList", List.of(id))).data();
        assertThat(before.get(0).path("pictures")).isEmpty();
        sim.admin().shipOrder(id, "CJPKL7100001");
        JsonNode after = c.post("storehouseCenterWeb/syncStorehouseVideoRequests", Map.of("orderIdList", List.of(id))).data();
        assertThat(after.get(0).path("pictures")).hasSize(2);
    }

    @Test
    void privateInventoryIsTheAccountsOwnProducts() {
        String other = sim.catalogue().productIds().get(5);
        assertThat(c.post("product/stock/privateInventory/querySkuListByProductId", Map.of("productId", other)).code()).isEqualTo(1602001);
        c.post("product/addToMyProduct", Map.of("productId", other));
        JsonNode skus = c.post("product/stock/privateInventory/querySkuListByProductId", Map.of("productId", other)).data();
        assertThat(skus).hasSize(sim.catalogue().variantIds(other).size());
        assertThat(skus.get(0).path("warehouseId").asText()).matches("[0-9a-f]{32}");
        JsonNode spu = c.post("product/stock/privateInventory/querySpuPage", Map.of("pageNum", 1, "pageSize", 200)).data();
        assertThat(spu.path("list").toString()).contains(other);
        String sku = skus.get(0).path("variantSku").asText();
        assertThat(c.post("product/stock/privateInventory/querySkuDetailListBySku", Map.of("sku", sku)).data().get(0)
                .path("availableQuantity").asInt()).isPositive();
    }

    @Test
    void imageSearchFindsTheProductOfACatalogueImageFirst() {
        JsonNode first = c.get("product/listV2?page=1&size=1").data().path("content").get(0).path("productList").get(0);
        JsonNode hits = c.post("product/queryProductsByImage", Map.of("imageUrl", first.path("bigImage").asText())).data();
        assertThat(hits.get(0).path("id").asText()).isEqualTo(first.path("id").asText());
        assertThat(hits.size()).isBetween(1, 10);
        assertThat(c.post("product/queryProductsByImage", Map.of()).code()).isEqualTo(16900403);
    }
}
