package io.camelcj.routes.orders.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.camelcj.routes.orders.MalformedOrderException;
import io.camelcj.routes.orders.OrderCodec;
import io.camelcj.testfixtures.SampleCreateOrder;
import io.camelcj.routes.orders.model.OrderRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderValidatorTest {

    private final OrderValidator validator = new OrderValidator();
    private final OrderCodec codec = new OrderCodec();

    private List<Violation> violationsOf(Consumer<Map<String, Object>> change) throws MalformedOrderException {
        Map<String, Object> order = SampleCreateOrder.createOrder("SO-1", "V-1");
        change.accept(order);
        OrderRequest parsed = codec.parse(SampleCreateOrder.json(order));
        return validator.validate(parsed);
    }

    @Test
    void aCompleteOrderPasses() throws Exception {
        assertThat(violationsOf(o -> { })).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"orderNumber", "shippingCountry", "shippingCountryCode", "shippingProvince", "shippingCity",
            "shippingCustomerName", "shippingAddress", "logisticName", "fromCountryCode"})
    void requiredFieldsMustBePresentAndNotBlank(String field) throws Exception {
        assertThat(violationsOf(o -> o.remove(field))).containsExactly(new Violation(field, "is required"));
        assertThat(violationsOf(o -> o.put(field, "  "))).containsExactly(new Violation(field, "is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"orderNumber:50", "shippingZip:20", "shippingCountry:50", "shippingProvince:50",
            "shippingCity:50", "shippingCounty:50", "shippingPhone:20", "shippingCustomerName:50",
            "shippingAddress:200", "shippingAddress2:200", "houseNumber:20", "email:50", "taxId:20", "remark:500",
            "consigneeID:20", "logisticName:50", "storageId:40"})
    void textLongerThanTheReferenceAllowsIsRefused(String fieldAndLength) throws Exception {
        String field = fieldAndLength.split(":")[0];
        int max = Integer.parseInt(fieldAndLength.split(":")[1]);
        assertThat(violationsOf(o -> o.put(field, "x".repeat(max)))).isEmpty();
        assertThat(violationsOf(o -> o.put(field, "x".repeat(max + 1)))).containsExactly(new Violation(field,
                "is " + (max + 1) + " characters long, more than the " + max + " CJ accepts"));
    }

    @Test
    void countryCodesMustComeFromAppendix2() throws Exception {
        assertThat(CjCodeList.COUNTRIES.size()).isEqualTo(250);
        assertThat(violationsOf(o -> o.put("shippingCountryCode", "USA"))).containsExactly(new Violation(
                "shippingCountryCode", "'USA' is not a two-letter country code of CJ's Appendix 2"));
        assertThat(violationsOf(o -> o.put("fromCountryCode", "XX"))).containsExactly(new Violation(
                "fromCountryCode", "'XX' is not a two-letter country code of CJ's Appendix 2"));
        assertThat(violationsOf(o -> o.put("shippingCountryCode", "us"))).extracting(Violation::field)
                .containsExactly("shippingCountryCode");
        // the garbled row 40 of the reference is the Democratic Republic of the Congo
        assertThat(violationsOf(o -> o.put("shippingCountryCode", "CD"))).isEmpty();
        assertThat(violationsOf(o -> o.put("shippingCountryCode", "GB"))).isEmpty();
    }

    @Test
    void platformMustComeFromAppendix3IgnoringCase() throws Exception {
        assertThat(violationsOf(o -> o.put("platform", "Shopify"))).isEmpty();
        assertThat(violationsOf(o -> o.put("platform", "myshop"))).containsExactly(new Violation("platform",
                "'myshop' is not a platform of CJ's Appendix 3"));
    }

    @Test
    void everyLineNeedsVidOrSku() throws Exception {
        assertThat(violationsOf(o -> SampleCreateOrder.firstLine(o).remove("vid"))).containsExactly(
                new Violation("products[0].vid", "vid or sku is required"));
        assertThat(violationsOf(o -> {
            SampleCreateOrder.firstLine(o).remove("vid");
            SampleCreateOrder.firstLine(o).put("sku", "CJSKU-1");
        })).isEmpty();
    }

    @Test
    void quantityMustBePresentAndPositive() throws Exception {
        assertThat(violationsOf(o -> SampleCreateOrder.firstLine(o).put("quantity", 0))).containsExactly(
                new Violation("products[0].quantity", "must be greater than 0 (got 0)"));
        assertThat(violationsOf(o -> SampleCreateOrder.firstLine(o).put("quantity", -3))).containsExactly(
                new Violation("products[0].quantity", "must be greater than 0 (got -3)"));
        assertThat(violationsOf(o -> SampleCreateOrder.firstLine(o).remove("quantity"))).containsExactly(
                new Violation("products[0].quantity", "is required"));
    }

    @Test
    void lineFieldsHaveTheirLengths() throws Exception {
        assertThat(violationsOf(o -> SampleCreateOrder.firstLine(o).put("storeLineItemId", "x".repeat(126))))
                .extracting(Violation::field).containsExactly("products[0].storeLineItemId");
        assertThat(violationsOf(o -> SampleCreateOrder.firstLine(o).put("vid", "x".repeat(51))))
                .extracting(Violation::field).containsExactly("products[0].vid");
        assertThat(violationsOf(o -> SampleCreateOrder.firstLine(o).put("podProperties", "x".repeat(501))))
                .extracting(Violation::field).containsExactly("products[0].podProperties");
    }

    @Test
    void productsMustHaveOneToTwentyLines() throws Exception {
        assertThat(violationsOf(o -> o.put("products", List.of()))).containsExactly(
                new Violation("products", "is required: at least one line"));
        assertThat(violationsOf(o -> {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (int i = 0; i < 21; i++) {
                lines.add(Map.of("vid", "V-" + i, "quantity", 1));
            }
            o.put("products", lines);
        })).containsExactly(new Violation("products", "has 21 lines, more than the 20 CJ accepts"));
    }

    @Test
    void amountsMustNotBeNegative() throws Exception {
        assertThat(violationsOf(o -> o.put("shopAmount", new BigDecimal("-0.01")))).containsExactly(
                new Violation("shopAmount", "must not be negative (got -0.01)"));
        assertThat(violationsOf(o -> SampleCreateOrder.firstLine(o).put("unitPrice", new BigDecimal("-1"))))
                .extracting(Violation::field).containsExactly("products[0].unitPrice");
    }

    @Test
    void iossRules() throws Exception {
        assertThat(violationsOf(o -> o.put("iossType", 4))).containsExactly(
                new Violation("iossType", "must be one of [1, 2, 3] (got 4)"));
        assertThat(violationsOf(o -> o.put("iossType", 2))).extracting(Violation::field).containsExactly("iossNumber");
        assertThat(violationsOf(o -> {
            o.put("iossType", 3);
            o.put("iossNumber", "IM123");
        })).containsExactly(new Violation("iossNumber", "must be CJ-IOSS when iossType is 3 (declare with CJ's IOSS)"));
        assertThat(violationsOf(o -> {
            o.put("iossType", 3);
            o.put("iossNumber", "CJ-IOSS");
        })).isEmpty();
        assertThat(violationsOf(o -> {
            o.put("iossType", 2);
            o.put("iossNumber", "IM12345678X");
        })).extracting(Violation::field).containsExactly("iossNumber");
    }

    @Test
    void platformLogisticsChosenByTheSellerNeedsAStorageId() throws Exception {
        assertThat(violationsOf(o -> o.put("shopLogisticsType", 1))).extracting(Violation::field)
                .containsExactly("storageId");
        assertThat(violationsOf(o -> {
            o.put("shopLogisticsType", 1);
            o.put("storageId", "201e67f6ba4644c0a36d63bf4989dd70");
        })).isEmpty();
        assertThat(violationsOf(o -> o.put("shopLogisticsType", 7))).extracting(Violation::field)
                .containsExactly("shopLogisticsType");
    }

    @Test
    void payTypeIsTwoOrThree() throws Exception {
        assertThat(violationsOf(o -> o.put("payType", 3))).isEmpty();
        assertThat(violationsOf(o -> o.put("payType", 1))).extracting(Violation::field).containsExactly("payType");
    }

    @Test
    void everyViolationIsReportedNotOnlyTheFirst() throws Exception {
        assertThat(violationsOf(o -> {
            o.remove("shippingCity");
            SampleCreateOrder.firstLine(o).put("quantity", 0);
        })).extracting(Violation::field).containsExactly("shippingCity", "products[0].quantity");
    }
}
