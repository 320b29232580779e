package io.camelcj.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 1: product/query with features=enable_inventory carries each variant's inventory with storage ids
 * as the reference's product/query section shows it, the same figures getInventoryByPid gives, so one call per
 * product is enough.
 */
class InventoryInOneCallTest {

    private static CjSimulator sim;
    private static TestClient c;

    @BeforeAll
    static void start() {
        sim = Fixtures.fastSim(40);
        c = TestClient.loggedIn(sim, Fixtures.KEY);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void everyVariantCarriesItsInventoryPerCountryAndSubWarehouse() {
        for (String pid : sim.catalogue().productIds().subList(0, 15)) {
            JsonNode detail = c.get("product/query?pid=" + pid + "&features=enable_inventory").data();
            JsonNode byPid = c.get("product/stock/getInventoryByPid?pid=" + pid).data().path("variantInventories");
            Map<String, JsonNode> expected = new HashMap<>();
            byPid.forEach(v -> expected.put(v.path("vid").asText(), v.path("inventory")));
            assertThat(detail.path("variants")).hasSize(expected.size());
            for (JsonNode v : detail.path("variants")) {
                JsonNode inventories = v.path("inventories");
                assertThat(inventories.isArray()).as(pid).isTrue();
                assertThat(inventories).as("same figures as getInventoryByPid").isEqualTo(expected.get(v.path("vid").asText()));
                int total = 0;
                for (JsonNode inv : inventories) {
                    assertThat(inv.path("countryCode").asText()).matches("[A-Z]{2}");
                    assertThat(inv.path("totalInventory").asInt())
                            .isEqualTo(inv.path("cjInventory").asInt() + inv.path("factoryInventory").asInt());
                    assertThat(inv.path("verifiedWarehouse").asInt()).isIn(1, 2);
                    JsonNode stock = inv.path("stock");
                    assertThat(stock).isNotEmpty();
                    for (JsonNode s : stock) {
                        // the reference's sample: "stockId": "{6709CCD7-0DC7-43B1-B310-17AB499E9B0A}"
                        assertThat(s.path("stockId").asText()).matches("\\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}}");
                        assertThat(s.has("inventory")).isTrue();
                        assertThat(s.has("factoryInventory")).isTrue();
                    }
                    total += inv.path("totalInventory").asInt();
                }
                assertThat(total).isEqualTo(sim.catalogue().stock(v.path("vid").asText()));
            }
        }
    }

    @Test
    void withoutTheFeatureTheInventoriesAreNullAsOnTheLiveApi() {
        String pid = sim.catalogue().productIds().get(0);
        JsonNode plain = c.get("product/query?pid=" + pid).data();
        assertThat(plain.path("variants").get(0).path("inventories").isNull()).isTrue();
    }

    @Test
    void aStockIdLeadsToItsWarehouseOnceItsBracesAreRemoved() {
        String pid = sim.catalogue().productIds().get(1);
        JsonNode inv = c.get("product/query?pid=" + pid + "&features=enable_inventory").data()
                .path("variants").get(0).path("inventories").get(0);
        String stockId = inv.path("stock").get(0).path("stockId").asText();
        String uuid = stockId.substring(1, stockId.length() - 1);
        JsonNode warehouse = c.get("warehouse/detail?id=" + uuid).data();
        assertThat(warehouse.path("areaCountryCode").asText()).isEqualTo(inv.path("countryCode").asText());
    }
}
