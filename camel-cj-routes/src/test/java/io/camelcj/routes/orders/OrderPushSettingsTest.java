package io.camelcj.routes.orders;

import io.camelcj.testfixtures.SampleCreateOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class OrderPushSettingsTest {

    private static OrderPushSettings read(Map<String, String> properties) {
        return OrderPushSettings.from(properties);
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
        assertThat(s.cj().query()).isEqualTo("maxRetries=5&retryBackoff=1000");
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
                "camel.cj.orders.cj.max-retries", "3",
                "camel.cj.orders.cj.retry-backoff", "200ms"));
        assertThat(s.inputTopic()).isEqualTo("shop.orders");
        assertThat(s.createOperation()).isEqualTo("createOrderV2");
        assertThat(s.defaults()).isEqualTo(new OrderDefaults("CJPacket Ordinary", "CN", "shopify"));
        assertThat(s.paymentEnabled()).isTrue();
        assertThat(s.cj().query()).isEqualTo("maxRetries=3&retryBackoff=200");
    }

    @Test
    void badValuesNameTheProperty() {
        assertThatThrownBy(() -> read(Map.of("camel.cj.orders.createOperation", "createOrderV9")))
                .hasMessageContaining("camel.cj.orders.createOperation");
        assertThatThrownBy(() -> read(Map.of("camel.cj.orders.paymentEnabled", "yes")))
                .hasMessage("camel.cj.orders.paymentEnabled: expected true or false, got 'yes'");
        assertThatThrownBy(() -> read(Map.of("camel.cj.orders.cj.max-retries", "many")))
                .hasMessage("camel.cj.orders.cj.max-retries: expected an integer between 0 and 100, got 'many'");
        assertThatThrownBy(() -> read(Map.of("camel.cj.orders.cj.max-retries", "-1")))
                .hasMessageContaining("camel.cj.orders.cj.max-retries");
        assertThatThrownBy(() -> read(Map.of("camel.cj.orders.fromCountryCode", "China")))
                .hasMessage("camel.cj.orders.fromCountryCode: 'China' is not a two-letter country code of CJ's Appendix 2");
        assertThatThrownBy(() -> read(Map.of("camel.cj.orders.autoOffsetReset", "none")))
                .hasMessage("camel.cj.orders.autoOffsetReset: expected one of [earliest, latest], got 'none'");
        assertThatThrownBy(() -> read(Map.of("camel.cj.orders.platform", "myshop")))
                .hasMessageContaining("Appendix 3");
    }

    @Test
    void defaultsFillOnlyWhatTheOrderLeavesOut() throws Exception {
        Map<String, Object> order = SampleCreateOrder.createOrder("SO-1", "V-1");
        order.remove("logisticName");
        order.put("fromCountryCode", "US");
        var parsed = new OrderCodec().parse(SampleCreateOrder.json(order));
        new OrderDefaults("CJPacket Ordinary", "CN", "shopify").applyTo(parsed);
        assertThat(parsed.getLogisticName()).isEqualTo("CJPacket Ordinary");
        assertThat(parsed.getFromCountryCode()).isEqualTo("US");
        assertThat(parsed.getPlatform()).isEqualTo("shopify");
    }
}
