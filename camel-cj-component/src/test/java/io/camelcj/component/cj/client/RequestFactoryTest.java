package io.camelcj.component.cj.client;

import io.camelcj.testfixtures.SampleCreateOrder;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.CjValidationException;
import io.camelcj.component.cj.api.CjOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestFactoryTest {

    private final RequestFactory factory = new RequestFactory(CjJson.newMapper());

    private PreparedRequest prepare(CjOperation op, Map<String, Object> params) {
        return factory.prepare(CjRequest.of(op, params));
    }

    private static CjValidationException invalid(Runnable r) {
        try {
            r.run();
        } catch (CjValidationException e) {
            return e;
        }
        throw new AssertionError("expected a CjValidationException");
    }

    @Test
    void queryParametersAreEncodedAndMultiValuedOnesRepeated() {
        PreparedRequest p = prepare(CjOperation.PRODUCT_LIST_V2,
                Map.of("keyWord", "cat ear hoodie", "features", "enable_category,enable_video"));
        assertThat(p.query()).contains("keyWord=cat%20ear%20hoodie")
                .contains("features=enable_category&features=enable_video");
        assertThat(p.body()).isNull();
        PreparedRequest track = prepare(CjOperation.TRACK_INFO, Map.of("trackNumber", List.of("A1", "B2")));
        assertThat(track.query()).isEqualTo("trackNumber=A1&trackNumber=B2");
    }

    @Test
    void missingRequiredParameterIsNamed() {
        CjValidationException e = invalid(() -> prepare(CjOperation.STOCK_INVENTORY_BY_PID, Map.of()));
        assertThat(e.getField()).isEqualTo("pid");
        assertThat(e.getCategory()).isEqualTo(CjErrorCategory.INVALID_PARAMETER);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).contains("pid").contains("required").contains("product/stock/getInventoryByPid");
    }

    @Test
    void boundsAndLengthsAreChecked() {
        assertThat(invalid(() -> prepare(CjOperation.PRODUCT_LIST_V2, Map.of("size", "101"))).getMessage())
                .contains("'size'").contains("between 1 and 100");
        assertThat(invalid(() -> prepare(CjOperation.PRODUCT_LIST_V2, Map.of("page", 1001))).getField()).isEqualTo("page");
        assertThat(invalid(() -> prepare(CjOperation.PRODUCT_LIST_V2, Map.of("page", "two"))).getMessage())
                .contains("must be a number");
        assertThat(invalid(() -> prepare(CjOperation.STOCK_INVENTORY_BY_PID, Map.of("pid", "x".repeat(41)))).getMessage())
                .contains("41 characters").contains("maximum is 40");
    }

    @Test
    void orderDetailTakesAtMostTwentyFeaturesOfAnyLength() {
        List<String> twenty = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "LOGISTICS_TIMELINESS").toList();
        assertThat(prepare(CjOperation.ORDER_DETAIL, Map.of("orderId", "o1", "features", twenty)).query())
                .contains("features=LOGISTICS_TIMELINESS&features=LOGISTICS_TIMELINESS");
        List<String> twentyOne = new java.util.ArrayList<>(twenty);
        twentyOne.add("LOGISTICS_TIMELINESS");
        CjValidationException tooMany = invalid(() -> prepare(CjOperation.ORDER_DETAIL,
                Map.of("orderId", "o1", "features", twentyOne)));
        assertThat(tooMany.getField()).isEqualTo("features");
        assertThat(tooMany.getMessage()).contains("21 values").contains("maximum is 20");
        // "features=a,b" written in a URI is split into values before counting
        assertThat(prepare(CjOperation.ORDER_DETAIL, Map.of("orderId", "o1", "features", "A,B")).query())
                .contains("features=A&features=B");
    }

    @Test
    void oneOfGroups() {
        assertThat(invalid(() -> prepare(CjOperation.PRODUCT_QUERY, Map.of("countryCode", "US"))).getField())
                .isEqualTo("pid|productSku|variantSku");
        assertThat(prepare(CjOperation.PRODUCT_QUERY, Map.of("variantSku", "CJ-1")).query()).isEqualTo("variantSku=CJ-1");
    }

    @Test
    void orderBodyIsValidatedDownToItems() {
        Map<String, Object> order = validOrder();
        PreparedRequest ok = prepare(CjOperation.CREATE_ORDER_V3, order);
        assertThat(new String(ok.body(), StandardCharsets.UTF_8)).contains("\"orderNumber\":\"ORD-1\"");
        assertThat(ok.contentType()).isEqualTo("application/json");

        Map<String, Object> noQuantity = validOrder();
        noQuantity.put("products", List.of(Map.of("vid", "V1")));
        assertThat(invalid(() -> prepare(CjOperation.CREATE_ORDER_V3, noQuantity)).getField())
                .isEqualTo("products[0].quantity");

        Map<String, Object> noVariant = validOrder();
        noVariant.put("products", List.of(Map.of("quantity", 1)));
        assertThat(invalid(() -> prepare(CjOperation.CREATE_ORDER_V3, noVariant)).getField())
                .isEqualTo("products[0].vid|sku");

        Map<String, Object> longNumber = validOrder();
        longNumber.put("orderNumber", "N".repeat(51));
        assertThat(invalid(() -> prepare(CjOperation.CREATE_ORDER_V3, longNumber)).getField()).isEqualTo("orderNumber");
    }

    static Map<String, Object> validOrder() {
        return SampleCreateOrder.createOrder("ORD-1", "V1");
    }

    @Test
    void multipartCarriesFieldsAndFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("label.pdf");
        Files.writeString(file, "%PDF-1.4 test");
        Map<String, Object> params = new LinkedHashMap<>(Map.of("orderId", "O1", "cjOrderId", "CJ1",
                "cjShippingCompanyName", "USPS", "trackNumber", "T1"));
        params.put("waybillFile", file.toString());
        PreparedRequest p = prepare(CjOperation.UPLOAD_WAYBILL_INFO, params);
        String body = new String(p.body(), StandardCharsets.ISO_8859_1);
        assertThat(p.contentType()).startsWith("multipart/form-data; boundary=");
        assertThat(body).contains("name=\"orderId\"").contains("O1")
                .contains("name=\"waybillFile\"; filename=\"label.pdf\"").contains("Content-Type: application/pdf")
                .contains("%PDF-1.4 test");

        params.put("waybillFile", new ByteArrayInputStream("bytes!".getBytes(StandardCharsets.UTF_8)));
        PreparedRequest fromStream = factory.prepare(new CjRequest(CjOperation.UPLOAD_WAYBILL_INFO, params, null, "w.png"));
        assertThat(new String(fromStream.body(), StandardCharsets.ISO_8859_1)).contains("filename=\"w.png\"")
                .contains("image/png").contains("bytes!");

        params.put("waybillFile", dir.resolve("missing.pdf").toString());
        assertThat(invalid(() -> prepare(CjOperation.UPLOAD_WAYBILL_INFO, params)).getMessage()).contains("file not found");
        params.remove("waybillFile");
        assertThat(invalid(() -> prepare(CjOperation.UPLOAD_WAYBILL_INFO, params)).getField()).isEqualTo("waybillFile");
    }

    @Test
    void platformTokenOnlyWhereTheReferenceHasIt() {
        assertThat(factory.prepare(new CjRequest(CjOperation.CREATE_ORDER_V3, validOrder(), "pt", null)).platformToken())
                .isEqualTo("pt");
        assertThat(factory.prepare(new CjRequest(CjOperation.GET_BALANCE, Map.of(), "pt", null)).platformToken()).isNull();
    }

    @Test
    void requestToStringHidesThePlatformToken() {
        assertThat(new CjRequest(CjOperation.CREATE_ORDER_V3, validOrder(), "secret-platform-token", null).toString())
                .doesNotContain("secret-platform-token");
        assertThatThrownBy(() -> prepare(CjOperation.CREATE_ORDER_V3, Map.of("products", "x")))
                .isInstanceOf(CjValidationException.class);
    }
}
