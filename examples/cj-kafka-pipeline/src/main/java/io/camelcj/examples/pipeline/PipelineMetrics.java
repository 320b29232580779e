package io.camelcj.examples.pipeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.camelcj.observability.metrics.CjMeterNames;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The metrics part of the summary, read from the Micrometer registry that {@code CjMetrics} fills (the figures a
 * monitoring system would scrape, not counted again here). Names: src/docs/metrics.md.
 */
final class PipelineMetrics {

    private PipelineMetrics() {
    }

    static String render(MeterRegistry registry) {
        StringBuilder s = new StringBuilder("metrics (Micrometer, camel-cj-observability):\n");
        Map<String, Long> calls = new TreeMap<>();
        for (Timer timer : registry.find(CjMeterNames.CALLS).timers()) {
            calls.merge(timer.getId().getTag("code") + " " + timer.getId().getTag("category"), timer.count(),
                    Long::sum);
        }
        s.append(String.format("  %-28s %s%n", CjMeterNames.CALLS + " by code:", calls.isEmpty() ? "none" : calls));
        s.append(String.format("  %-28s %d%n", "1600200 answers:",
                sum(registry, CjMeterNames.RATE_LIMITED, FunctionCounter::count)));
        long waits = 0;
        double waitedMs = 0;
        for (FunctionTimer timer : registry.find(CjMeterNames.LIMITER_WAIT).functionTimers()) {
            waits += (long) timer.count();
            waitedMs += timer.totalTime(TimeUnit.MILLISECONDS);
        }
        s.append(String.format("  %-28s %.1f s over %d permits (mean %.0f ms)%n", "limiter wait:", waitedMs / 1000,
                waits, waits == 0 ? 0 : waitedMs / waits));
        s.append(String.format("  %-28s %s%n", "token renewals:",
                byTag(registry, CjMeterNames.TOKEN_RENEWALS, "kind")));
        s.append(String.format("  %-28s %s%n", "orders:", byTag(registry, CjMeterNames.ORDERS, "outcome")));
        Map<String, Long> answers = byTag(registry, CjMeterNames.WEBHOOK_ANSWERS, "status");
        s.append(String.format("  %-28s %s%n", "webhook answers:", answers.isEmpty() ? "none" : answers));
        return s.toString();
    }

    private static long sum(MeterRegistry registry, String name, ToDoubleFunction<FunctionCounter> count) {
        return (long) registry.find(name).functionCounters().stream().mapToDouble(count).sum();
    }

    /** The count of every counter of that name (plain or function counters), summed by one tag. */
    private static Map<String, Long> byTag(MeterRegistry registry, String name, String tag) {
        Map<String, Long> out = new TreeMap<>();
        for (Meter meter : registry.find(name).meters()) {
            double count = 0;
            for (var measurement : meter.measure()) {
                count += measurement.getValue();
            }
            out.merge(String.valueOf(meter.getId().getTag(tag)), (long) count, Long::sum);
        }
        return out;
    }
}
