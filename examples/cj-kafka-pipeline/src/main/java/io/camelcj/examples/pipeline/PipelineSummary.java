package io.camelcj.examples.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimRequest;
import io.micrometer.core.instrument.MeterRegistry;

/** The text printed at the end of a run. Its first line is fixed so that tests and scripts can find it. */
final class PipelineSummary {

    static final String TITLE = "=== camel-cj pipeline summary ===";

    private PipelineSummary() {
    }

    static String render(PipelineMonitor m, int ordersSent, Optional<CjSimulator> simulator, String cjTarget,
                         MeterRegistry meters, Duration took, boolean completed) {
        PipelineTopics t = m.topics();
        StringBuilder s = new StringBuilder("\n").append(TITLE).append('\n');
        s.append(String.format("status:            %s%n", completed ? "COMPLETED" : "TIMED OUT (figures so far)"));
        s.append(String.format("CJ:                %s%n", simulator.map(sim -> "simulator at " + sim.baseUrl())
                .orElse(cjTarget)));
        s.append("catalogue topics (records / live keys):\n");
        for (String topic : new String[] {t.catalogue().categories(), t.catalogue().products(),
                t.catalogue().variants(), t.catalogue().inventory()}) {
            s.append(String.format("  %-20s %6d / %d%n", topic, m.records(topic), m.live(topic)));
        }
        for (JsonNode run : m.syncRuns()) {
            s.append(String.format("sync run %s: %s, %s products (%s new, %s changed), %s API calls, %.1f s%n",
                    run.path("runId").asText("?"), run.path("status").asText("?"),
                    run.path("products").path("seen").asText("?"), run.path("products").path("new").asText("?"),
                    run.path("products").path("changed").asText("?"), run.path("calls").path("total").asText("?"),
                    run.path("durationMs").asLong() / 1000.0));
        }
        s.append(String.format("orders sent:       %d%n", ordersSent));
        s.append(String.format("orders placed:     %d  (%s)%n", m.placedOrders().size(), t.ordersOut()));
        s.append(String.format("dead-lettered:     %d  (%s)%n", m.deadLetters().size(), t.ordersDeadLetter()));
        m.deadLetters().forEach((order, reason) -> s.append(String.format("  %s: %s%n", order, reason)));
        s.append("feeds back to Kafka (records / keys):\n");
        List<String> feeds = new ArrayList<>(List.of(t.orderStatus(), t.tracking()));
        feeds.addAll(t.webhooks());
        for (String topic : feeds) {
            if (m.records(topic) > 0 || topic.equals(t.orderStatus())) {
                s.append(String.format("  %-20s %6d / %d%n", topic, m.records(topic), m.live(topic)));
            }
        }
        simulator.ifPresent(sim -> {
            Map<String, Long> byOperation = new TreeMap<>();
            for (SimRequest r : sim.requestLog().entries()) {
                byOperation.merge(r.operation(), 1L, Long::sum);
            }
            s.append(String.format("API calls used:    %d%n", sim.requestLog().count()));
            byOperation.forEach((op, n) -> s.append(String.format("  %-40s %d%n", op, n)));
            s.append(String.format("orders held by CJ: %d%n", sim.orders().count()));
            s.append(String.format("CJ catalogue:      %d products, %d variants%n", sim.catalogue().productCount(),
                    sim.catalogue().variantCount()));
        });
        s.append(PipelineMetrics.render(meters));
        s.append(String.format("time taken:        %.1f s%n", took.toMillis() / 1000.0));
        return s.toString();
    }
}
