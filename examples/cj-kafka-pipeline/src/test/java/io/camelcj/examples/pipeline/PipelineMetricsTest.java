package io.camelcj.examples.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import io.camelcj.observability.metrics.CjMeterNames;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

/**
 * Camel Main: the main job on the simulator and the in-JVM broker, read through the Micrometer registry bound in
 * Camel's registry (filled by CjMetrics) and through Camel's health checks, while the context still runs; and the
 * summary prints the same figures.
 */
class PipelineMetricsTest {

    @Test
    void theRunningPipelineShowsItsMetricsAndAHealthyAccount() throws Exception {
        Properties p = new Properties();
        p.setProperty(PipelineSettings.PRODUCTS, "30");
        p.setProperty(PipelineSettings.SAMPLE_ORDERS, "6");
        p.setProperty(PipelineSettings.TIMEOUT, "240");
        p.setProperty("camel.cj.sync.run-on-startup", "true");
        p.setProperty("camel.cj.sync.startup-delay", "1s");
        // as application.properties sets it (PipelineSettings.from reads only what it is given)
        p.setProperty("camel.health.enabled", "true");
        p.setProperty("camel.health.producers-enabled", "true");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        AtomicReference<MeterRegistry> registry = new AtomicReference<>();
        List<HealthCheck.Result> readiness = new ArrayList<>();
        List<HealthCheck.Result> health = new ArrayList<>();
        AtomicReference<Boolean> metricsNotifierAdded = new AtomicReference<>();

        boolean completed = PipelineApplication.run(PipelineSettings.from(p),
                new PrintStream(captured, true, StandardCharsets.UTF_8), context -> {
                    registry.set(context.getRegistry().lookupByNameAndType(PipelineApplication.METER_REGISTRY_BEAN,
                            MeterRegistry.class));
                    metricsNotifierAdded.set(context.getManagementStrategy().getEventNotifiers().stream()
                            .anyMatch(n -> n instanceof io.camelcj.observability.metrics.CjMetrics));
                    // with the default exposure level Camel answers one aggregated result ("context") for all checks
                    readiness.addAll(HealthCheckHelper.invokeReadiness(context));
                    HealthCheckRegistry.get(context).getRepository("producers").orElseThrow().stream()
                            .map(HealthCheck::getId).filter(id -> id.startsWith("producer:cj-"))
                            .forEach(id -> HealthCheckHelper.invoke(context, id, Map.of()).ifPresent(health::add));
                });

        assertThat(completed).isTrue();
        assertThat(metricsNotifierAdded.get()).as("Main added the CjMetrics bean as an event notifier").isTrue();
        MeterRegistry meters = registry.get();
        assertThat(meters).isNotNull();
        Collection<Timer> listCalls = meters.find(CjMeterNames.CALLS).tag("code", "200").timers();
        assertThat(listCalls.stream().mapToLong(Timer::count).sum()).as("answered CJ calls").isPositive();
        assertThat(meters.get(CjMeterNames.ORDERS).tag("outcome", "placed").counter().count()).isEqualTo(4);
        assertThat(meters.get(CjMeterNames.ORDERS).tag("outcome", "dead_lettered").counter().count()).isEqualTo(2);
        assertThat(meters.get(CjMeterNames.TOKEN_RENEWALS).tag("kind", "obtain").functionCounter().count())
                .isPositive();

        HealthCheck.Result account = health.stream()
                .filter(r -> r.getCheck().getId().startsWith("producer:cj-")).findFirst()
                .orElseThrow(() -> new AssertionError("no cj account check among " + health.stream()
                        .map(r -> r.getCheck().getId()).toList()));
        assertThat(account.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(readiness).as("readiness of the whole application").isNotEmpty()
                .allSatisfy(r -> assertThat(r.getState()).as(r.getCheck().getId()).isEqualTo(HealthCheck.State.UP));

        String summary = captured.toString(StandardCharsets.UTF_8);
        System.out.println(summary);
        assertThat(summary).contains("metrics (Micrometer, camel-cj-observability):")
                .containsPattern("orders:\\s+\\{dead_lettered=2, placed=4\\}")
                .containsPattern("cj\\.calls by code:\\s+\\{.*200 SUCCESS=\\d+")
                .containsPattern("1600200 answers:\\s+\\d+")
                .containsPattern("limiter wait:\\s+[\\d.]+ s over \\d+ permits")
                .containsPattern("token renewals:\\s+\\{obtain=1, refresh=0\\}");
    }
}
