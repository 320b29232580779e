package io.camelcj.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Benchmark 2: how much of an account's rate the component gets when many routes compete for it. Eight timer routes
 * (each on its own thread, each firing again as soon as its call returns) call product/query on one account, at each
 * tier of {@link BenchmarkMode#RATE_BUDGET_RATES} (the same qps on the component and the simulator account), then
 * at {@link BenchmarkMode#RATE_BUDGET_LOADED_RATES} with {@link CpuLoad} added. After a short settling time the
 * simulator's answers are counted over the measured window.
 */
final class RateBudgetBenchmark {

    private static final String NAME = "2. Rate-budget use";
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private final BenchmarkMode mode;

    RateBudgetBenchmark(BenchmarkMode mode) {
        this.mode = mode;
    }

    List<ResultRow> run() throws Exception {
        List<ResultRow> rows = new ArrayList<>();
        for (double qps : BenchmarkMode.RATE_BUDGET_RATES) {
            rows.addAll(run(qps, false));
        }
        for (double qps : BenchmarkMode.RATE_BUDGET_LOADED_RATES) {
            rows.addAll(run(qps, true));
        }
        return rows;
    }

    private List<ResultRow> run(double qps, boolean loaded) throws Exception {
        try (CpuLoad load = loaded ? new CpuLoad() : null) {
            return measure(qps, load);
        }
    }

    private List<ResultRow> measure(double qps, CpuLoad load) throws Exception {
        String tier = "qps " + Format.number(qps, 0) + (load != null ? " with " + load.threads()
                + " busy-loop threads" : "");
        int routes = BenchmarkMode.RATE_BUDGET_ROUTES;
        try (CjSimulator sim = CjSimulator.builder().products(200).seed(42L)
                .account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).qps(qps).build()).start()) {
            String pid = sim.catalogue().productIds().get(0);
            AtomicLong failures = new AtomicLong();
            DefaultCamelContext context = CamelSetup.context(sim.baseUrl(), sim.defaultApiKey(), qps, null, Map.of());
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    for (int i = 0; i < routes; i++) {
                        from("timer:budget-" + i + "?period=1&delay=0")
                                .routeId("budget-" + i)
                                .doTry()
                                    .to("cj:product/query?pid=" + pid)
                                .doCatch(Exception.class)
                                    .process(e -> failures.incrementAndGet())
                                .end();
                    }
                }
            });
            context.start();
            try {
                Thread.sleep(SETTLE.toMillis());
                RequestCounts before = RequestCounts.snapshot(sim);
                long failuresBefore = failures.get();
                long t0 = System.nanoTime();
                Thread.sleep(mode.rateWindow().toMillis());
                RequestCounts all = RequestCounts.snapshot(sim);
                long elapsed = System.nanoTime() - t0;
                RequestCounts counts = all.since(before);
                long ok = counts.workCalls();
                double achieved = ok / (elapsed / 1e9);
                String seconds = Format.number(elapsed / 1e9, 1);
                return List.of(
                        ResultRow.compare(NAME, tier + ": achieved requests/s (" + routes
                                        + " routes, 1 account)", achieved, qps, 3, "baseline = the allowed rate"
                                        + " (component and simulator qps=" + Format.number(qps, 0) + "); " + ok
                                        + " successful calls in " + seconds + " s; " + ComponentPacing.describe(context)
                                        + "; load average at end " + Format.number(MachineInfo.loadAverage(), 1)),
                        new ResultRow(NAME, tier + ": 1600200 answers in the window", Long.toString(counts.rateLimited()),
                                "0", "n/a", "whole run incl. " + SETTLE.toSeconds() + " s settling: "
                                + all.rateLimited() + "; route failures in the window: "
                                + (failures.get() - failuresBefore)));
            } finally {
                context.stop();
            }
        }
    }
}
