package io.camelcj.benchmarks;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestCountsTest {

    @Test
    void theCallsOfAWindowAreTheDifferenceOfTwoSnapshots() {
        RequestCounts before = new RequestCounts(Map.of("authentication/getAccessToken", 1L, "product/query", 10L),
                2, 11);
        RequestCounts after = new RequestCounts(Map.of("authentication/getAccessToken", 1L, "product/query", 25L,
                "product/listV2", 3L), 5, 29);

        RequestCounts window = after.since(before);

        assertThat(window.byOperation()).containsExactly(Map.entry("product/listV2", 3L),
                Map.entry("product/query", 15L));
        assertThat(window.total()).isEqualTo(18);
        assertThat(window.rateLimited()).isEqualTo(3);
        assertThat(window.workCalls()).isEqualTo(15);
        assertThat(window.describe()).isEqualTo("product/listV2 3, product/query 15");
    }

    @Test
    void workCallsLeaveOutAuthenticationAndRateLimitedAnswers() {
        RequestCounts counts = new RequestCounts(Map.of("authentication/getAccessToken", 1L,
                "shopping/order/createOrderV3", 21L, "shopping/order/getOrderDetail", 20L), 1, 42);

        assertThat(counts.workCalls()).isEqualTo(40);
    }
}
