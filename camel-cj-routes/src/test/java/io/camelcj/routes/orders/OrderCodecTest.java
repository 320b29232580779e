package io.camelcj.routes.orders;

import io.camelcj.testfixtures.SampleCreateOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.camelcj.routes.orders.model.OrderRequest;
import io.camelcj.routes.orders.model.OrderLineResult;
import io.camelcj.routes.orders.model.OrderResult;
import io.camelcj.routes.orders.model.PlacementOutcome;
import org.junit.jupiter.api.Test;

class OrderCodecTest {

    private final OrderCodec codec = new OrderCodec();

    @Test
    void readsAnOrderAndKeepsUnknownFieldsForCj() throws Exception {
        Map<String, Object> order = SampleCreateOrder.createOrder("SO-1", "V-1");
        order.put("shopAmount", 19.99);
        order.put("newCjField", "kept");
        SampleCreateOrder.firstLine(order).put("unitPrice", 0.1);
        SampleCreateOrder.firstLine(order).put("lineExtra", 7);

        OrderRequest parsed = codec.parse(SampleCreateOrder.json(order));
        Map<String, Object> body = codec.toRequestBody(parsed);

        assertThat(parsed.getShopAmount()).isEqualByComparingTo("19.99");
        assertThat(body.get("shopAmount")).isEqualTo(new BigDecimal("19.99"));
        assertThat(body).containsEntry("newCjField", "kept").containsEntry("orderNumber", "SO-1")
                .doesNotContainKey("unknownFields").doesNotContainKey("shippingCounty");
        @SuppressWarnings("unchecked")
        Map<String, Object> line = ((List<Map<String, Object>>) body.get("products")).get(0);
        assertThat(line).containsEntry("vid", "V-1").containsEntry("quantity", 2).containsEntry("lineExtra", 7)
                .containsEntry("unitPrice", new BigDecimal("0.1"));
    }

    @Test
    void consigneeIdKeepsCjsSpelling() throws Exception {
        Map<String, Object> order = SampleCreateOrder.createOrder("SO-1", "V-1");
        order.put("consigneeID", "C-9");
        OrderRequest parsed = codec.parse(SampleCreateOrder.json(order));
        assertThat(parsed.getConsigneeID()).isEqualTo("C-9");
        assertThat(parsed.getUnknownFields()).isEmpty();
        assertThat(codec.toRequestBody(parsed)).containsEntry("consigneeID", "C-9");
    }

    @Test
    void notJsonNamesTheWholeRecord() {
        assertThatThrownBy(() -> codec.parse("{\"orderNumber\": "))
                .isInstanceOfSatisfying(MalformedOrderException.class, e -> {
                    assertThat(e.field()).isEqualTo("$");
                    assertThat(e.reason()).startsWith("not valid JSON");
                });
        assertThatThrownBy(() -> codec.parse("[1,2]"))
                .isInstanceOfSatisfying(MalformedOrderException.class,
                        e -> assertThat(e.reason()).isEqualTo("must be a JSON object, got ARRAY"));
        assertThatThrownBy(() -> codec.parse(" "))
                .isInstanceOfSatisfying(MalformedOrderException.class,
                        e -> assertThat(e.reason()).isEqualTo("the record is empty"));
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithItsPathAndTheOrderNumberKept() {
        Map<String, Object> order = SampleCreateOrder.createOrder("SO-7", "V-1");
        SampleCreateOrder.firstLine(order).put("quantity", "two");
        assertThatThrownBy(() -> codec.parse(SampleCreateOrder.json(order)))
                .isInstanceOfSatisfying(MalformedOrderException.class, e -> {
                    assertThat(e.field()).isEqualTo("products[0].quantity");
                    assertThat(e.reason()).isEqualTo("cannot be read as Integer");
                    assertThat(e.orderNumber()).isEqualTo("SO-7");
                });
    }

    @Test
    void resultRecordsKeepExactAmounts() throws Exception {
        OrderResult result = new OrderResult("SO-1", "CJ-1", PlacementOutcome.CREATED, "CREATED", "SH-1",
                new BigDecimal("10.10"), new BigDecimal("7.00"), new BigDecimal("3.10"), null, null,
                List.of(new OrderLineResult("SO-1-L1", "LI-1", "V-1", 2)), null, "req-1", "2026-11-23T06:00:00Z");
        String json = codec.write(result);
        assertThat(json).contains("\"orderAmount\":10.10").doesNotContain("actualPayment").doesNotContain("payment");
        assertThat(codec.readResult(json)).isEqualTo(result);
    }
}
