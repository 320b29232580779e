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
}
