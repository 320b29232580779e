package io.camelcj.routes.catalogue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.camelcj.routes.support.RoutePropertyException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueSyncConfigTest {

    @Test
    void defaultsNeedNoProperty() {
        CatalogueSyncConfig c = CatalogueSyncConfig.fromMap(Map.of());

        assertThat(c.cron()).isEqualTo("0 0 */6 * * ?");
        assertThat(c.pageSize()).isEqualTo(100);
        assertThat(c.reachableBound()).isEqualTo(100_000);
        assertThat(c.splitOrder()).containsExactly(SplitKind.CATEGORY, SplitKind.PRICE, SplitKind.TIME);
        assertThat(c.topics()).isEqualTo(SyncTopics.defaults());
        assertThat(c.inventoryRefresh()).isEqualTo(InventoryRefresh.LISTING_TOTALS);
        assertThat(c.scope().baseFilter()).isEmpty();
    }

    @Test
    void readsScopeTopicsAndTuning() {
        CatalogueSyncConfig c = CatalogueSyncConfig.fromMap(Map.of(
                "camel.cj.sync.scope.keyword", "hoodie",
                "camel.cj.sync.scope.categoryIds", "A, B",
                "camel.cj.sync.scope.countryCode", "us",
                "camel.cj.sync.scope.minPrice", "1.50",
                "camel.cj.sync.scope.listParams", "productType=4&verifiedWarehouse=1",
                "camel.cj.sync.topics.products", "shop.products",
                "camel.cj.sync.partitionBy", "price,time",
                "camel.cj.sync.inventoryRefresh", "with-product",
                "camel.cj.sync.detailRefreshAfter", "7d"));

        assertThat(c.scope().categoryIds()).containsExactly("A", "B");
        assertThat(c.scope().baseFilter()).containsEntry("keyWord", "hoodie").containsEntry("countryCode", "US")
                .containsEntry("startSellPrice", "1.50").containsEntry("productType", "4")
                .containsEntry("verifiedWarehouse", "1");
        assertThat(c.scope().minPrice()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(c.topics().products()).isEqualTo("shop.products");
        assertThat(c.splitOrder()).isEqualTo(List.of(SplitKind.PRICE, SplitKind.TIME));
        assertThat(c.inventoryRefresh()).isEqualTo(InventoryRefresh.WITH_PRODUCT);
        assertThat(c.detailRefreshAfter()).contains(Duration.ofDays(7));
    }

    @Test
    void badValuesNameTheProperty() {
        assertThatThrownBy(() -> CatalogueSyncConfig.fromMap(Map.of("camel.cj.sync.pageSize", "500")))
                .isInstanceOf(RoutePropertyException.class)
                .hasMessageContaining("camel.cj.sync.pageSize").hasMessageContaining("'500'");
        assertThatThrownBy(() -> CatalogueSyncConfig.fromMap(Map.of("camel.cj.sync.cron", "every hour")))
                .hasMessageContaining("camel.cj.sync.cron");
        assertThatThrownBy(() -> CatalogueSyncConfig.fromMap(Map.of("camel.cj.sync.partitionBy", "colour")))
                .hasMessageContaining("camel.cj.sync.partitionBy").hasMessageContaining("colour");
        assertThatThrownBy(() -> CatalogueSyncConfig.fromMap(Map.of("camel.cj.sync.scope.listParams", "page=3")))
                .hasMessageContaining("camel.cj.sync.scope.listParams");
        assertThatThrownBy(() -> CatalogueSyncConfig.fromMap(Map.of("camel.cj.sync.scope.minPrice", "5",
                "camel.cj.sync.scope.maxPrice", "2"))).hasMessageContaining("camel.cj.sync.scope.maxPrice");
        assertThatThrownBy(() -> CatalogueSyncConfig.fromMap(Map.of("camel.cj.sync.progressInterval", "soon")))
                .hasMessageContaining("camel.cj.sync.progressInterval");
    }
}
