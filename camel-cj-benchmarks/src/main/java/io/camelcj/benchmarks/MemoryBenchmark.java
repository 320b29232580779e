package io.camelcj.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.routes.catalogue.SyncTopics;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;

/**
 * Benchmark 4: a full catalogue sync of a large catalogue in a JVM of its own with {@code -Xmx256m}
 * ({@link MemoryChild}); the simulator and the Kafka broker stay in this JVM so that only the sync's own memory is
 * measured. The rate limit is set high: this benchmark is about memory, and a 1,000,000-product first run needs
 * about 2,000,000 calls.
 */
final class MemoryBenchmark {

    private static final String NAME = "4. Memory";
    private static final String HEAP = "256m";
    private static final double MIB = 1024.0 * 1024.0;
    /**
     * Bytes retained per product with the product states held as objects in the heap, as this benchmark measured it
     * in the full run of 2026-11-23 (100,000 products). Not re-measured: the old store is gone.
     */
    private static final double OLD_BYTES_PER_PRODUCT = 1215;

    private final BenchmarkMode mode;
    private final EmbeddedKafkaBroker kafka;

    MemoryBenchmark(BenchmarkMode mode, EmbeddedKafkaBroker kafka) {
        this.mode = mode;
        this.kafka = kafka;
    }

    List<ResultRow> run() throws Exception {
        int products = mode.memoryProducts();
        double qps = mode.memoryQps();
        String prefix = "bench-memory-" + System.currentTimeMillis();
        SyncTopics topics = SyncSetup.topics(prefix);
        SyncSetup.createTopics(kafka, topics);
        Path dir = Files.createTempDirectory("cj-bench-memory");
        try (CjSimulator sim = CjSimulator.builder().products(products).seed(42L)
                .account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).qps(qps).build()).start()) {
            JsonNode r = runChild(sim, prefix, qps, dir.resolve("sync.state"));
            RequestCounts counts = RequestCounts.snapshot(sim);
            return rows(r, counts, products, qps);
        } finally {
            BenchFiles.deleteTree(dir);
        }
    }

    private JsonNode runChild(CjSimulator sim, String prefix, double qps, Path stateFile) throws Exception {
        long limitSeconds = mode.memoryTimeLimit().toSeconds();
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(HEAP, ClassPath.ofThisModule(), MemoryChild.class,
                List.of(), List.of(sim.baseUrl(), kafka.bootstrapServers(), prefix, Double.toString(qps),
                        Long.toString(limitSeconds), stateFile.toString())));
        pb.environment().put(MemoryChild.API_KEY_ENV, sim.defaultApiKey());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process child = pb.start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(MemoryChild.RESULT_PREFIX)) {
                    result = line.substring(MemoryChild.RESULT_PREFIX.length());
                }
            }
        }
        if (!child.waitFor(limitSeconds + 120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
        }
        if (result == null) {
            throw new IllegalStateException("the -Xmx" + HEAP + " child JVM ended (exit "
                    + (child.isAlive() ? "none" : child.exitValue()) + ") without a result; see its output above");
        }
        return new ObjectMapper().readTree(result);
    }

    private static List<ResultRow> rows(JsonNode r, RequestCounts counts, int products, double qps) {
        boolean completed = r.path("completed").asBoolean();
        long inState = r.path("productsInState").asLong();
        double seconds = r.path("wallNanos").asLong() / 1e9;
        double limitMib = r.path("maxHeapBytes").asLong() / MIB;
        String label = Format.number(products, 0) + " products, -Xmx" + HEAP;
        List<ResultRow> rows = new ArrayList<>();
        rows.add(new ResultRow(NAME, label + ": sync completed",
                (completed ? "yes" : "no") + " (" + r.path("status").asText() + ")",
                Format.number(products, 0) + " products", Format.number((double) inState / products, 2),
                "products in the sync's state at the end: " + Format.number(inState, 0)
                        + (r.hasNonNull("failure") ? "; failure: " + r.path("failure").asText() : "")));
        rows.add(ResultRow.compare(NAME, label + ": peak heap used (MiB)", r.path("peakSampledBytes").asLong() / MIB,
                limitMib, 1, "baseline = the heap limit (JVM max heap); sampled every 20 ms; sum of the heap pools'"
                        + " peaks (upper bound): " + Format.number(r.path("peakPoolsBytes").asLong() / MIB, 1)
                        + " MiB; " + r.path("gcCount").asLong() + " GCs, " + r.path("gcMillis").asLong()
                        + " ms GC time"));
        rows.add(ResultRow.compare(NAME, label + ": peak heap after GC (MiB)", r.path("peakAfterGcBytes").asLong() / MIB,
                limitMib, 1, "baseline = the heap limit; the highest heap in use right after any collection during the"
                        + " sync (GC notifications): the live heap's peak, without the garbage the samples above see"));
        long before = r.path("liveBeforeBytes").asLong();
        long after = r.path("liveAfterBytes").asLong();
        double perProduct = inState == 0 ? Double.NaN : (double) (after - before) / inState;
        rows.add(ResultRow.compare(NAME, label + ": live heap after the sync (MiB, after GC)", after / MIB,
                before / MIB, 1, "baseline = live heap of the same JVM after Camel start, before the sync; "
                        + Format.number(perProduct, 0) + " bytes retained per synced product"
                        + (completed ? "" : "; linear projection for all " + Format.number(products, 0)
                        + " products (NOT measured): " + Format.number((before + perProduct * products) / MIB, 0)
                        + " MiB live")));
        if (r.has("milestoneLiveBytes") && products > MemoryChild.MILESTONE) {
            long at = r.path("milestoneLiveBytes").asLong();
            rows.add(ResultRow.compare(NAME, label + ": live heap at " + Format.number(MemoryChild.MILESTONE, 0)
                            + " products in the state (MiB, after GC)", at / MIB, before / MIB, 1,
                    "baseline = live heap before the sync; reached after "
                            + Format.number(r.path("milestoneNanos").asLong() / 1e9, 0) + " s; "
                            + Format.number((double) (at - before) / MemoryChild.MILESTONE, 0)
                            + " bytes retained per product at that point"));
        }
        rows.add(ResultRow.compare(NAME, label + ": bytes retained per synced product", perProduct,
                OLD_BYTES_PER_PRODUCT, 0, "baseline = " + Format.number(OLD_BYTES_PER_PRODUCT, 0) + " bytes, the"
                        + " in-heap state measured by this benchmark on 2026-11-23 (an earlier run, not this one);"
                        + " the file store now keeps product states on disk (H2 MVStore), so what remains is mostly"
                        + " a fixed cost (its 8 MB page cache) spread over " + Format.number(inState, 0)
                        + " products"));
        rows.add(ResultRow.compare(NAME, label + ": wall time (s)", seconds, counts.total() / qps, 1,
                "lower bound = " + counts.total() + " calls / " + Format.number(qps, 0)
                        + " requests/s (rate limit set high on purpose); 1600200 answers: " + counts.rateLimited()));
        return rows;
    }
}
