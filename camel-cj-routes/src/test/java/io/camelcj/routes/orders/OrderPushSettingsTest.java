package io.camelcj.routes.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OrderPushSettingsTest {

    private static OrderPushSettings read(Map<String, String> properties) {
        return OrderPushSettings.from(name -> Optional.ofNullable(properties.get(name)));
    }

    @Test
    void defaultsFollowTheIssue() {
        OrderPushSettings s = read(Map.of());
        assertThat(s.inputTopic()).isEqualTo("cj.orders.in");
        assertThat(s.resultTopic()).isEqualTo("cj.orders.out");
        assertThat(s.deadLetterTopic()).isEqualTo("cj.orders.dlq");
        assertThat(s.createOperation()).isEqualTo("createOrderV3");
        assertThat(s.autoOffsetReset()).isEqualTo("earliest");
        assertThat(s.paymentEnabled()).isFalse();
        assertThat(s.lookupBeforeCreate()).isFalse();
        assertThat(s.defaults()).isEqualTo(new OrderDefaults(null, null, null));
        assertThat(s.retry().maxAttempts()).isEqualTo(6);
    }

    @Test
    void propertiesOverrideDefaults() {
        OrderPushSettings s = read(Map.of(
                "camel.cj.orders.inputTopic", "shop.orders",
                "camel.cj.orders.createOperation", "createOrderV2",
                "camel.cj.orders.logisticName", "CJPacket Ordinary",
                "camel.cj.orders.fromCountryCode", "CN",
                "camel.cj.orders.platform", "shopify",
                "camel.cj.orders.paymentEnabled", "true",
                "camel.cj.orders.maxAttempts", "3",
                "camel.cj.orders.initialBackoffMs", "200"));
        assertThat(s.inputTopic()).isEqualTo("shop.orders");
        assertThat(s.createOperation()).isEqualTo("createOrderV2");
        assertThat(s.defaults()).isEqualTo(new OrderDefaults("CJPacket Ordinary", "CN", "shopify"));
        assertThat(s.paymentEnabled()).isTrue();
        assertThat(s.retry().maxAttempts()).isEqualTo(3);
        assertThat(s.retry().initialDelay()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void badValuesNameTheProperty() {
        assertThatThrownBy(() -> read(Map.of("camel.cj.orders.createOperation", "createOrderV9")))
                .hasMessageContaining("camel.cj.orders.createOperation");
        assertThatThrownBy(() -> read(Map.of("camel.cj.orders.paymentEnabled", "yes")))
                .hasMessage("camel.cj.orders.paymentEnabled: expected true or false, got 'yes'");
        assertThatThrownBy(() -> read(Map.of("camel.cj.orders.maxAttempts", "many")))
                .hasMessage("camel.cj.orders.maxAttempts: expected an integer between 1 and 100, got 'many'");
        assertThatThrownBy(() -> read(Map.of("camel.cj.orders.maxAttempts", "0")))
                .hasMessageContaining("camel.cj.orders.maxAttempts");
        assertThatThrownBy(() -> read(Map.of("camel.cj.orders.fromCountryCode", "China")))
                .hasMessageContaining("camel.cj.orders.fromCountryCode 'China'");
        assertThatThrownBy(() -> read(Map.of("camel.cj.orders.autoOffsetReset", "none")))
                .hasMessageContaining("camel.cj.orders.autoOffsetReset must be earliest or latest");
        assertThatThrownBy(() -> read(Map.of("camel.cj.orders.platform", "myshop")))
                .hasMessageContaining("Appendix 3");
    }

    @Test
    void defaultsFillOnlyWhatTheOrderLeavesOut() throws Exception {
        Map<String, Object> order = SampleOrders.order("SO-1", "V-1");
        order.remove("logisticName");
        order.put("fromCountryCode", "US");
        var parsed = new OrderCodec().parse(SampleOrders.json(order));
        new OrderDefaults("CJPacket Ordinary", "CN", "shopify").applyTo(parsed);
        assertThat(parsed.getLogisticName()).isEqualTo("CJPacket Ordinary");
        assertThat(parsed.getFromCountryCode()).isEqualTo("US");
        assertThat(parsed.getPlatform()).isEqualTo("shopify");
    }
}
