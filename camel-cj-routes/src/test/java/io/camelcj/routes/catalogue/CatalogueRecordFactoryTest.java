package io.camelcj.routes.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueRecordFactoryTest {

    private final CatalogueRecordFactory factory = new CatalogueRecordFactory(new ListingFingerprints(List.of()));

    @Test
    void flattensTheCategoryTreeToThirdLevelRecords() {
        List<Map<String, Object>> tree = List.of(Map.of("categoryFirstName", "Computer & Office",
                "categoryFirstList", List.of(Map.of("categorySecondName", "Office Electronics",
                        "categorySecondList", List.of(Map.of("categoryId", "C3", "categoryName", "Supplies"),
                                Map.of("categoryName", "no id: skipped"))))));

        Map<String, Map<String, Object>> categories = factory.categories(tree);

        assertThat(categories).containsOnlyKeys("C3");
        assertThat(categories.get("C3")).containsEntry("schema", "cj.category/v1")
                .containsEntry("level1Name", "Computer & Office").containsEntry("level2Name", "Office Electronics")
                .containsEntry("path", List.of("Computer & Office", "Office Electronics", "Supplies"));
    }

    @Test
    void inventoryAcceptsBothFieldSpellingsAndSumsWarehouses() {
        // the reference's example says totalInventory, its table totalInventoryNum: both are seen
        Map<String, Object> entry = Map.of("vid", "V1", "inventory", List.of(
                Map.of("countryCode", "US", "totalInventoryNum", 5, "cjInventoryNum", 5, "factoryInventoryNum", 0),
                Map.of("countryCode", "CN", "totalInventory", "10044", "cjInventory", 0, "factoryInventory", 10044,
                        "verifiedWarehouse", 2, "stock", List.of(Map.of("stockId", "{S1}", "inventory", 0,
                                "factoryInventory", 11092)))));

        Map<String, Object> v = factory.inventory("P1", "V1", entry);

        assertThat(v).containsEntry("schema", "cj.inventory/v1").containsEntry("pid", "P1");
        assertThat((BigDecimal) v.get("totalInventory")).isEqualByComparingTo("10049");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> warehouses = (List<Map<String, Object>>) v.get("warehouses");
        assertThat(warehouses).extracting(w -> w.get("countryCode")).containsExactly("CN", "US");
        assertThat((BigDecimal) warehouses.get(1).get("cjInventory")).isEqualByComparingTo("5");
    }

    @Test
    void aVariantWithoutStockIsPublishedAsZeroInNoWarehouse() {
        Map<String, Object> v = factory.inventory("P1", "V9", null);

        assertThat((BigDecimal) v.get("totalInventory")).isEqualByComparingTo("0");
        assertThat((List<?>) v.get("warehouses")).isEmpty();
    }

    @Test
    void productKeepsCjTextPriceAndItsRangeEnds() {
        Map<String, Object> listing = Map.of("id", "P1", "nameEn", "Hoodie", "sellPrice", "2.09 -- 7.46",
                "createAt", 1609228800000L, "listedNum", 3);
        Map<String, Object> detail = Map.of("pid", "P1", "productSku", "CJ1", "variants", List.of(Map.of("vid", "V")));

        Map<String, Object> p = factory.product(listing, detail, List.of("V"));

        assertThat(p).containsEntry("sellPrice", "2.09 -- 7.46").containsEntry("productNameEn", "Hoodie")
                .containsEntry("createdAt", "2020-12-29T08:00:00Z").containsEntry("variantIds", List.of("V"));
        assertThat((BigDecimal) p.get("sellPriceMin")).isEqualByComparingTo("2.09");
        assertThat((BigDecimal) p.get("sellPriceMax")).isEqualByComparingTo("7.46");
        assertThat(((Map<?, ?>) p.get("listing")).containsKey("listedNum")).isFalse();
        assertThat(((Map<?, ?>) p.get("detail")).containsKey("variants")).isFalse();
        assertThat(((Map<?, ?>) p.get("detail")).get("productSku")).isEqualTo("CJ1");
    }
}
