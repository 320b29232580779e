package io.camelcj.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.routes.catalogue.CatalogueSync;
import io.camelcj.routes.catalogue.RunSummary;
import io.camelcj.routes.catalogue.SyncMode;
import io.camelcj.routes.catalogue.SyncTopics;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Benchmark 3: how many CJ calls the catalogue sync spends per product, and how close its wall time comes to what
 * the rate limit allows. A full run over a fresh simulated catalogue, then a second full run with nothing changed;
 * the simulator's rate limit is on (simulator account and component at the same qps). The calls are counted from
 * the simulator's request log. The large catalogue runs at the mode's fast rate (a quick check of the whole path);
 * small catalogues run again at the real tiers {@link BenchmarkMode#REAL_RATES}, where the wall time is what a user
 * waits.
 */
final class CatalogueSyncBenchmark {

    private static final String NAME = "3. Catalogue sync";

    private final BenchmarkMode mode;
    private final EmbeddedKafkaBroker kafka;

    CatalogueSyncBenchmark(BenchmarkMode mode, EmbeddedKafkaBroker kafka) {
        this.mode = mode;
        this.kafka = kafka;
    }

    List<ResultRow> run() throws Exception {
        List<ResultRow> rows = new ArrayList<>(run(mode.syncProducts(), mode.syncQps()));
        for (double qps : BenchmarkMode.REAL_RATES) {
            rows.addAll(run(realRateProducts(qps), qps));
        }
        return rows;
    }

    /** About 15 s (quick) or 60 s (full) of first-run calls at two calls per product, at least 10 products. */
    private int realRateProducts(double qps) {
        int seconds = mode.isQuick() ? 15 : 60;
        return Math.max(10, (int) (seconds * qps / 2));
    }

    private List<ResultRow> run(int products, double qps) throws Exception {
        SyncTopics topics = SyncSetup.topics("bench-sync-" + System.currentTimeMillis());
        SyncSetup.createTopics(kafka, topics);
        Path dir = Files.createTempDirectory("cj-bench-sync");
        try (CjSimulator sim = CjSimulator.builder().products(products).seed(42L)
                .account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).qps(qps).build()).start()) {
            DefaultCamelContext context = SyncSetup.start(sim.baseUrl(), sim.defaultApiKey(), qps,
                    kafka.bootstrapServers(), topics, dir.resolve("sync.state"));
            try {
                List<ResultRow> rows = new ArrayList<>();
                rows.addAll(measure(sim, context, "first run", products, qps, true));
                rows.addAll(measure(sim, context, "unchanged re-run", products, qps, false));
                return rows;
            } finally {
                context.stop();
            }
        } finally {
            BenchFiles.deleteTree(dir);
        }
    }

    /**
     * The floor the calls are compared with: the listV2 pages this run walked, plus, on a first run, one detail
     * call per product (product/query, which can carry variants and their inventories); an unchanged re-run needs
     * the listing only.
     */
    private List<ResultRow> measure(CjSimulator sim, DefaultCamelContext context, String run, int products,
                                    double qps, boolean first) {
        CatalogueSync sync = SyncSetup.sync(context);
        RequestCounts before = RequestCounts.snapshot(sim);
        long t0 = System.nanoTime();
        RunSummary summary = sync.run(SyncMode.FULL);
        long elapsed = System.nanoTime() - t0;
        RequestCounts counts = RequestCounts.snapshot(sim).since(before);
        double seconds = elapsed / 1e9;
        double lowerBound = counts.total() / qps;
        String label = Format.number(products, 0) + " products at qps " + Format.number(qps, 0) + ", " + run;
        long floor = counts.of("product/listV2") + (first ? products : 0);
        return List.of(
                ResultRow.compare(NAME, label + ": API calls per product", (double) counts.total() / products,
                        (double) floor / products, 3, "run " + summary.status() + "; " + counts.describe()
                                + "; 1600200 answers: " + counts.rateLimited() + "; baseline = floor: listV2 pages"
                                + (first ? " + 1 product/query per product" : " only")),
                ResultRow.compare(NAME, label + ": wall time (s)", seconds, lowerBound, 1,
                        "lower bound = " + counts.total() + " calls / " + Format.number(qps, 0)
                                + " requests/s (simulator rate limit on); "
                                + ComponentPacing.describe(context))); // the account exists once a call was made
    }
}
