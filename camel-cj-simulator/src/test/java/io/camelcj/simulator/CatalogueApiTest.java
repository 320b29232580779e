package io.camelcj.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogueApiTest {

    private static CjSimulator sim;
    private static TestClient c;

    @BeforeAll
    static void start() {
        sim = Fixtures.fastSim(250);
        c = TestClient.loggedIn(sim, Fixtures.KEY);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static JsonNode products(TestClient.Response r) {
        return r.data().path("content").get(0).path("productList");
    }

    @Test
    void listV2UsesThePageNumberShapeAndStringPrices() {
        TestClient.Response r = c.get("product/listV2?page=2&size=20");
        assertThat(r.code()).isEqualTo(200);
        JsonNode data = r.data();
        assertThat(data.path("pageNumber").asInt()).isEqualTo(2);
        assertThat(data.path("pageSize").asInt()).isEqualTo(20);
        assertThat(data.path("totalRecords").asInt()).isEqualTo(250);
        assertThat(data.path("totalPages").asInt()).isEqualTo(13);
        JsonNode first = products(r).get(0);
        assertThat(first.path("sellPrice").isTextual()).isTrue();
        assertThat(first.path("saleStatus").isTextual()).isTrue();
        assertThat(first.path("createAt").isNumber()).isTrue();
        assertThat(first.has("id")).isTrue();
        assertThat(first.has("pid")).isFalse();
        assertThat(first.has("threeCategoryName")).isFalse();
        assertThat(first.has("shippingCountryCodes")).isTrue(); // an unlisted extra field, as live
    }

    @Test
    void priceRangesUseBothLiveSpellings() {
        List<String> prices = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            products(c.get("product/listV2?page=" + page + "&size=100")).forEach(p -> prices.add(p.path("sellPrice").asText()));
        }
        assertThat(prices).anyMatch(p -> p.matches("\\d+\\.\\d{2}"));
        assertThat(prices).anyMatch(p -> p.matches("\\d+\\.\\d{2}-\\d+\\.\\d{2}"));
        assertThat(prices).anyMatch(p -> p.matches("\\d+\\.\\d{2} -- \\d+\\.\\d{2}"));
    }

    @Test
    void listV2PagesCoverTheCatalogueExactlyOnce() {
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= 3; page++) {
            for (JsonNode p : products(c.get("product/listV2?page=" + page + "&size=100"))) {
                assertThat(seen.add(p.path("id").asText())).isTrue();
            }
        }
        assertThat(seen).hasSize(250).containsExactlyInAnyOrderElementsOf(sim.catalogue().productIds());
    }

    @Test
    void listV2RejectsPagesAndSizesOutOfBounds() {
        for (String q : List.of("page=0", "page=1001", "size=0", "size=101")) {
            TestClient.Response r = c.get("product/listV2?" + q);
            assertThat(r.code()).as(q).isEqualTo(1600100);
            assertThat(r.body().path("message").asText()).contains(q.substring(0, q.indexOf('=')));
        }
        assertThat(c.get("product/listV2?page=1000&size=100").code()).isEqualTo(200);
    }

    @Test
    void listV2Filters() {
        String category = sim.catalogue().categoryIds().get(0);
        for (JsonNode p : products(c.get("product/listV2?size=100&categoryId=" + category))) {
            assertThat(p.path("categoryId").asText()).isEqualTo(category);
        }
        TestClient.Response priced = c.get("product/listV2?size=100&startSellPrice=10&endSellPrice=20");
        assertThat(priced.data().path("totalRecords").asInt()).isPositive();
        for (JsonNode p : products(priced)) {
            BigDecimal low = new BigDecimal(p.path("sellPrice").asText().split("\\s*-+\\s*")[0]);
            assertThat(low).isBetween(BigDecimal.TEN, new BigDecimal("20"));
        }
        String pid = sim.catalogue().productIds().get(7);
        long at = sim.catalogue().listedAt(pid);
        TestClient.Response timed = c.get("product/listV2?size=100&timeStart=" + at + "&timeEnd=" + at);
        assertThat(products(timed)).extracting(p -> p.path("id").asText()).contains(pid);
        for (JsonNode p : products(timed)) {
            assertThat(p.path("createAt").asLong()).isEqualTo(at);
        }
        TestClient.Response keyword = c.get("product/listV2?size=100&keyWord=hoodie&features=enable_category&features=enable_description");
        assertThat(keyword.data().path("totalRecords").asInt()).isPositive();
        for (JsonNode p : products(keyword)) {
            assertThat(p.path("nameEn").asText().toLowerCase()).contains("hoodie");
            assertThat(p.has("threeCategoryName")).isTrue();
            assertThat(p.has("description")).isTrue();
        }
        TestClient.Response us = c.get("product/listV2?size=100&countryCode=US");
        assertThat(us.data().path("totalRecords").asInt()).isBetween(1, 249);
    }

    @Test
    void productListUsesThePageNumShapeAndCapsThePageSize() {
        TestClient.Response r = c.get("product/list?pageNum=1&pageSize=500");
        assertThat(r.code()).isEqualTo(200);
        assertThat(r.data().path("pageNum").asInt()).isEqualTo(1);
        assertThat(r.data().path("pageSize").asInt()).isEqualTo(200);
        assertThat(r.data().path("total").asInt()).isEqualTo(250);
        assertThat(r.data().path("list")).hasSize(200);
        JsonNode item = r.data().path("list").get(0);
        assertThat(item.path("sellPrice").isNumber()).isTrue();
        assertThat(item.path("saleStatus").isInt()).isTrue();
        assertThat(item.path("productName").asText()).startsWith("[\"");
        assertThat(TestClient.MAPPER.readTreeSafe(item.path("productName").asText()).isArray()).isTrue();
    }

    @Test
    void queryFindsByPidSkuAndVariantSku() {
        String pid = sim.catalogue().productIds().get(3);
        String vid = sim.catalogue().variantIds(pid).get(0);
        TestClient.Response byPid = c.get("product/query?pid=" + pid);
        assertThat(byPid.code()).isEqualTo(200);
        assertThat(byPid.data().path("pid").asText()).isEqualTo(pid);
        assertThat(byPid.data().path("productWeight").isTextual()).isTrue();
        assertThat(byPid.data().path("variants").get(0).path("inventories").isNull()).isTrue();
        String sku = sim.catalogue().productSku(pid);
        assertThat(c.get("product/query?productSku=" + sku).data().path("pid").asText()).isEqualTo(pid);
        assertThat(c.get("product/query?variantSku=" + sim.catalogue().variantSku(vid)).data().path("pid").asText()).isEqualTo(pid);
        JsonNode withInventory = c.get("product/query?pid=" + pid + "&features=enable_inventory").data();
        assertThat(withInventory.path("variants").get(0).path("inventories").isArray()).isTrue();
        assertThat(c.get("product/query?pid=00000000-0000-0000-0000-000000000000").code()).isEqualTo(1602001);
        assertThat(c.get("product/query?pid=9999999999999999999").code()).isEqualTo(1602001);
        assertThat(c.get("product/query").code()).isEqualTo(16900403);
    }

    @Test
    void inventoryByPidUsesTheSuccessEnvelopeAndMatchesTheCatalogue() {
        String pid = sim.catalogue().productIds().get(5);
        TestClient.Response r = c.get("product/stock/getInventoryByPid?pid=" + pid);
        assertThat(r.body().path("success").asBoolean()).isTrue();
        assertThat(r.body().path("message").asText()).isEmpty();
        assertThat(r.body().has("result")).isFalse();
        int total = 0;
        for (JsonNode v : r.data().path("variantInventories")) {
            for (JsonNode inv : v.path("inventory")) {
                total += inv.path("totalInventory").asInt();
            }
        }
        int expected = sim.catalogue().variantIds(pid).stream().mapToInt(sim.catalogue()::stock).sum();
        assertThat(total).isEqualTo(expected);
        String vid = sim.catalogue().variantIds(pid).get(0);
        sim.admin().setStock(vid, 7);
        assertThat(sim.catalogue().stock(vid)).isEqualTo(7);
        JsonNode byVid = c.get("product/stock/queryByVid?vid=" + vid).data();
        assertThat(byVid.findValues("totalInventoryNum").stream().mapToInt(JsonNode::asInt).sum()).isEqualTo(7);
    }

    @Test
    void reviewsUseCodeZeroAndStringNumbers() {
        String pid = sim.catalogue().productIds().stream()
                .filter(p -> c.get("product/productComments?pid=" + p).data().path("list").size() > 0).findFirst().orElseThrow();
        TestClient.Response r = c.get("product/productComments?pid=" + pid + "&pageNum=1&pageSize=2");
        assertThat(r.code()).isZero();
        assertThat(r.body().path("success").asBoolean()).isTrue();
        assertThat(r.data().path("total").isTextual()).isTrue();
        assertThat(r.data().path("pageSize").asText()).isEqualTo("2");
        assertThat(r.data().path("list").get(0).path("score").isTextual()).isTrue();
    }

    @Test
    void adminChangesShowInTheApi() {
        try (CjSimulator own = Fixtures.fastSim(50)) {
            TestClient oc = TestClient.loggedIn(own, Fixtures.KEY);
            String pid = own.catalogue().productIds().get(10);
            own.admin().setSellPrice(pid, new BigDecimal("12.34"));
            assertThat(oc.get("product/query?pid=" + pid).data().path("sellPrice").decimalValue()).isEqualByComparingTo("12.34");
            List<String> added = own.admin().addProducts(2);
            assertThat(oc.get("product/query?pid=" + added.get(0)).code()).isEqualTo(200);
            long now = own.clock().now().toEpochMilli();
            TestClient.Response recent = oc.get("product/listV2?size=10&timeStart=" + (now - 60_000));
            assertThat(products(recent)).extracting(p -> p.path("id").asText()).containsExactlyInAnyOrderElementsOf(added);
            own.admin().delist(added.get(1));
            assertThat(oc.get("product/query?pid=" + added.get(1)).code()).isEqualTo(1602001);
            assertThat(own.catalogue().productIds()).hasSize(51).doesNotContain(added.get(1));
            assertThat(oc.get("product/listV2?size=100").data().path("totalRecords").asInt()).isEqualTo(51);
        }
    }

    @Test
    void catalogueIsDeterministicPerSeedAndUsesBothIdForms() {
        try (CjSimulator again = CjSimulator.builder().products(250).seed(42L).start();
             CjSimulator other = CjSimulator.builder().products(250).seed(7L).start()) {
            List<String> ids = sim.catalogue().productIds().subList(0, 240);
            assertThat(again.catalogue().productIds().subList(0, 240)).isEqualTo(ids);
            assertThat(other.catalogue().productIds().subList(0, 240)).isNotEqualTo(ids);
        }
        List<String> ids = sim.catalogue().productIds();
        assertThat(ids).anyMatch(id -> id.matches("\\d{19}"));
        assertThat(ids).anyMatch(id -> id.matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}"));
    }

    @Test
    void hundredThousandProductsStayCheap() {
        try (CjSimulator big = CjSimulator.builder().products(100_000)
                .account(SimAccount.builder(Fixtures.KEY).qps(1000).build()).start()) {
            TestClient bc = TestClient.loggedIn(big, Fixtures.KEY);
            TestClient.Response r = bc.get("product/listV2?page=1000&size=100");
            assertThat(r.data().path("totalRecords").asInt()).isEqualTo(100_000);
            assertThat(products(r)).hasSize(100);
            String last = products(r).get(99).path("id").asText();
            assertThat(bc.get("product/query?pid=" + last).code()).isEqualTo(200);
            assertThat(big.catalogue().variantCount()).isGreaterThan(100_000);
        }
    }
}
