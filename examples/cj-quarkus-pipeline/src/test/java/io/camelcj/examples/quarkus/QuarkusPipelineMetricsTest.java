package io.camelcj.examples.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;

import jakarta.inject.Inject;

import io.camelcj.observability.metrics.CjMeterNames;
import io.camelcj.observability.metrics.CjMetrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

/**
 * Quarkus: the pipeline on its embedded default, read through the CDI {@link MeterRegistry} that CjMetrics fills
 * (the catalogue sync's calls and its finished run) and through the readiness check of the CJ account.
 */
@QuarkusTest
class QuarkusPipelineMetricsTest {

    @Inject
    CamelContext camel;

    @Inject
    MeterRegistry meters;

    @Test
    void theSyncShowsInTheMetricsAndTheAccountIsReady() {
        assertThat(camel.getManagementStrategy().getEventNotifiers()).as("CjMetrics added to the context")
                .anyMatch(n -> n instanceof CjMetrics);
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            assertThat(meters.find(CjMeterNames.CALLS).tag("code", "200").timers().stream()
                    .mapToLong(Timer::count).sum()).as("answered CJ calls").isPositive();
            FunctionCounter succeeded = meters.find(CjMeterNames.SYNC_RUNS).tag("status", "SUCCEEDED")
                    .functionCounter();
            assertThat(succeeded).isNotNull();
            assertThat(succeeded.count()).as("finished sync runs").isGreaterThanOrEqualTo(1);
        });
        assertThat(meters.find(CjMeterNames.TOKEN_RENEWALS).tag("kind", "obtain").functionCounter().count())
                .isPositive();

        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body(containsString("\"status\": \"UP\""))
                .body(containsString("\"camel-producers\""));
    }
}
