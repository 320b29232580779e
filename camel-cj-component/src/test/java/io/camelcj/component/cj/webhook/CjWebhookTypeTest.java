package io.camelcj.component.cj.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CjWebhookTypeTest {

    @Test
    void entityIdPerType() {
        assertThat(CjWebhookType.PRODUCT.entityId(Map.of("pid", "p1"))).isEqualTo("p1");
        assertThat(CjWebhookType.VARIANT.entityId(Map.of("vid", "v1"))).isEqualTo("v1");
        assertThat(CjWebhookType.STOCK.entityId(Map.of("v1", List.of()))).isEqualTo("v1");
        assertThat(CjWebhookType.STOCK.entityId(Map.of("v1", List.of(), "v2", List.of()))).isNull();
        assertThat(CjWebhookType.ORDER.entityId(Map.of("orderNum", "old-name", "cjOrderId", 5L)))
                .isEqualTo("old-name");
        assertThat(CjWebhookType.ORDER.entityId(Map.of("cjOrderId", 210823100016290555L)))
                .isEqualTo("210823100016290555");
        assertThat(CjWebhookType.ORDERSPLIT.entityId(Map.of("originalOrderId", "o1"))).isEqualTo("o1");
        assertThat(CjWebhookType.SOURCINGCREATE.entityId(Map.of("cjSourcingId", "125522"))).isEqualTo("125522");
        assertThat(CjWebhookType.LOGISTIC.entityId(Map.of("trackingNumber", "T1"))).isEqualTo("T1");
        assertThat(CjWebhookType.PRODUCT.entityId(null)).isNull();
    }

    @Test
    void parsesCaseInsensitivelyAndRejectsUnknown() {
        assertThat(CjWebhookType.of("logistic")).contains(CjWebhookType.LOGISTIC);
        assertThat(CjWebhookType.of("NOPE")).isEmpty();
        assertThat(CjWebhookType.of(null)).isEmpty();
    }
}
