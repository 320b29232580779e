package io.camelcj.component.cj.envelope;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.client.CjJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class EnvelopeReaderTest {

    private final EnvelopeReader reader = new EnvelopeReader(CjJson.newMapper(),
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

    private Envelope read(int status, String body) {
        return reader.read(status, body.getBytes(StandardCharsets.UTF_8));
    }

    /** One parse, into what a route receives: decimals as BigDecimal with CJ's scale, numbers as strings tolerated. */
    @Test
    void anAnswerIsReadOnceIntoPlainJavaWithDecimalsAsSent() {
        Envelope env = read(200, "{\"code\":\"200\",\"result\":true,\"message\":\"Success\",\"requestId\":\"r-1\","
                + "\"data\":{\"sellPrice\":12.50,\"weight\":10.0,\"n\":3,\"list\":[{\"vid\":\"V\"}],\"none\":null},"
                + "\"pointsInfo\":{\"remaining\":\"41\"}}");
        assertThat(env.isSuccess()).isTrue();
        assertThat(env.code()).isEqualTo(200);
        assertThat(env.data()).isInstanceOfSatisfying(java.util.Map.class, data -> {
            assertThat(data.get("sellPrice")).isEqualTo(new java.math.BigDecimal("12.50"));
            assertThat(data.get("weight")).isEqualTo(new java.math.BigDecimal("10.0"));
            assertThat(data.get("n")).isEqualTo(3);
            assertThat(data.get("list")).isEqualTo(java.util.List.of(java.util.Map.of("vid", "V")));
            assertThat(data).containsEntry("none", null);
        });
        assertThat(env.root().get("data")).as("data is the root's own value, not a copy").isSameAs(env.data());
        assertThat(env.pointsRemaining()).isEqualTo(41L);
        assertThat(read(200, "{\"code\":200,\"data\":null}").data()).isNull();
        assertThat(read(200, "[1,2]").root()).as("not an envelope").isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "200|{\"code\":200,\"result\":true,\"message\":\"Success\",\"data\":{\"a\":1},\"requestId\":\"r\"}|true",
        "200|{\"success\":true,\"code\":0,\"message\":null,\"data\":{}}|true",
        "200|{\"success\":true,\"message\":\"\",\"data\":{\"payId\":\"p\"}}|true",
        "200|{\"success\":true,\"code\":\"200\",\"data\":[]}|true",
        "200|{\"code\":1600200,\"message\":\"Too Many Requests, QPS limit is 1 time/1second\"}|false",
        "429|{\"code\":1600200,\"message\":\"Too Many Requests\"}|false",
        "200|{\"code\":200,\"result\":false,\"message\":\"x\"}|false",
        "200|{\"code\":200,\"success\":false}|false",
        "500|{\"code\":200,\"result\":true}|false",
        "200|<html>bad gateway</html>|false",
    })
    void successRule(int status, String body, boolean success) {
        assertThat(read(status, body).isSuccess()).isEqualTo(success);
    }

    @Test
    void rateLimitBodyWithoutResultIsARateLimitNotAnEmptySuccess() {
        Envelope env = read(200, "{\"code\":1600200,\"message\":\"Too Many Requests, QPS limit is 1 time/1second\"}");
        CjApiException e = reader.failure("product/query", env);
        assertThat(e.getCategory()).isEqualTo(CjErrorCategory.RATE_LIMIT);
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getCjCode()).isEqualTo(1600200);
        assertThat(e.getRequestId()).isNull();
        assertThat(e.getOperation()).isEqualTo("product/query");
    }

    @Test
    void dailyLimitAndPointsCarryTheResetTime() {
        CjApiException daily = reader.failure("product/listV2",
                read(200, "{\"code\":1600200,\"message\":\"You have reached the daily request limit\"}"));
        assertThat(daily.getCategory()).isEqualTo(CjErrorCategory.DAILY_LIMIT);
        assertThat(daily.isRetryable()).isFalse();
        // next midnight in China time (UTC+8) after 2026-11-23T10:00Z = 18:00 CST
        assertThat(daily.getResetAt()).isEqualTo(Instant.parse("2026-11-23T16:00:00Z"));
        assertThat(daily.getMessage()).contains("resets at 2026-11-23T16:00:00Z");

        CjApiException points = reader.failure("product/listV2",
                read(200, "{\"code\":16900500,\"result\":false,\"message\":\"Insufficient API points\"}"));
        assertThat(points.getCategory()).isEqualTo(CjErrorCategory.POINTS_EXHAUSTED);
        assertThat(points.getResetAt()).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({
        "1600001, Invalid API key or access token, AUTHENTICATION",
        "1600300, order not found, NOT_FOUND",
        "1600300, Param error, INVALID_PARAMETER",
        "1603003, Order exist, DUPLICATE_ORDER",
        "1604000, Balance is insufficient, INSUFFICIENT_BALANCE",
        "1600000, System busy, TRANSIENT",
        "1600301, Read timed out, TRANSIENT",
        "1602001, Product not found, NOT_FOUND",
        "806, Warehouse does not support carrier, PERMANENT",
    })
    void codesMapToCategories(int code, String message, CjErrorCategory expected) {
        CjApiException e = reader.failure("op", read(200,
                "{\"code\":" + code + ",\"result\":false,\"message\":\"" + message + "\",\"requestId\":\"abc\"}"));
        assertThat(e.getCategory()).isEqualTo(expected);
        assertThat(e.isRetryable()).isEqualTo(expected.isRetryable());
        assertThat(e.getRequestId()).isEqualTo("abc");
        assertThat(e.getHttpStatus()).isEqualTo(200);
    }

    @Test
    void gatewayErrorsAreTransient() {
        CjApiException e = reader.failure("op", read(503, "<html>Service Unavailable</html>"));
        assertThat(e.getCategory()).isEqualTo(CjErrorCategory.TRANSIENT);
        assertThat(e.getHttpStatus()).isEqualTo(503);
        assertThat(e.getCjCode()).isNull();
        CjApiException garbled = reader.failure("op", read(200, "<html>proxy</html>"));
        assertThat(garbled.getCategory()).isEqualTo(CjErrorCategory.TRANSIENT);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {4}")
    @CsvSource(delimiter = '|', value = {
        // 1600000 is a busy system, except where the reference uses it for a no-op
        "product/addToMyProduct|1600000|The product has been added to My Products.|200|PERMANENT",
        "product/addToMyProduct|1600000|System busy, please contact CJ IT|200|TRANSIENT",
        "product/query|1600000|The product has been added to My Products.|200|TRANSIENT",
        // 1600100: "Param error" in every example, "Interface is offline" in Appendix 1
        "shopping/order/createOrderV3|1600100|Param error|200|INVALID_PARAMETER",
        "shopping/order/createOrderV3|1600100|Interface is offline|200|TRANSIENT",
        "shopping/order/getOrderDetail|1600100||200|TRANSIENT",
        // not found by code
        "warehouse/detail|1608001|Warehouse info not found|200|NOT_FOUND",
        "shopping/order/confirmOrder|1603100|Order not found, please check the CJ order id|200|NOT_FOUND",
        // codes no row names land with their block of Appendix 1
        "op|1600099|new token problem|200|AUTHENTICATION",
        "op|1600150|new interface state|200|TRANSIENT",
        "op|1600250|new frequency limit|200|RATE_LIMIT",
        "op|1600399|new parameter check|200|INVALID_PARAMETER",
        "op|1601001|user disabled|200|AUTHENTICATION",
        "op|1602999|new product state|200|NOT_FOUND",
        "op|1603999|new order refusal|200|PERMANENT",
        "op|1604999|new payment refusal|200|PERMANENT",
        "op|1605999|new logistics check|200|INVALID_PARAMETER",
        "op|1608002|new storage state|200|NOT_FOUND",
        "op|16900299|new request format check|200|INVALID_PARAMETER",
        "op|16900501|points variant|200|POINTS_EXHAUSTED",
        // outside every block: a deliberate refusal on a 2xx, the status on an error status
        "op|804|This order does not use store platform logistics.|200|PERMANENT",
        "op|9999|gateway said no|503|TRANSIENT",
    })
    void codesAreReadPerOperationAndByFamily(String op, int code, String message, int status, CjErrorCategory expected) {
        String msg = message == null ? "" : ",\"message\":\"" + message + "\"";
        CjApiException e = reader.failure(op, read(status, "{\"code\":" + code + ",\"result\":false" + msg + "}"));
        assertThat(e.getCategory()).isEqualTo(expected);
        assertThat(e.isRetryable()).isEqualTo(expected.isRetryable());
    }

    @ParameterizedTest(name = "HTTP {0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "502|<html><body>Bad Gateway</body></html>|TRANSIENT",
        "504|<html>Gateway Timeout</html>|TRANSIENT",
        "500||TRANSIENT",
        "200||TRANSIENT",
        "200|{\"code\":200,\"res|TRANSIENT",
        "404|<html>Not Found</html>|PERMANENT",
        "405|<html>Method Not Allowed</html>|PERMANENT",
        "301|<html>Moved</html>|PERMANENT",
        "403|<html>Forbidden</html>|AUTHENTICATION",
        "429|<html>Too Many Requests</html>|RATE_LIMIT",
        "400|<html>Bad Request</html>|INVALID_PARAMETER",
        "408||TRANSIENT",
    })
    void gatewayPagesAndEmptyBodiesAreJudgedByStatus(int status, String body, CjErrorCategory expected) {
        CjApiException e = reader.failure("product/query", read(status, body == null ? "" : body));
        assertThat(e.getCategory()).isEqualTo(expected);
        assertThat(e.getCjCode()).isNull();
        assertThat(e.getHttpStatus()).isEqualTo(status);
    }
}
