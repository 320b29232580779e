package io.camelcj.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;

/**
 * Runs the benchmarks of issue 8, prints the results table and writes it into {@code src/docs/benchmarks.md}.
 * <p>
 * Arguments: {@code --mode=full|quick} (or {@code --full} / {@code --quick}), {@code --out=<file>} (default
 * {@code src/docs/benchmarks.md}), {@code --only=1,3} (a subset; its table is printed, never written),
 * {@code --memory-minutes=N} (time limit of the memory benchmark's sync; 0 = the mode's own),
 * {@code --memory-products=N} (catalogue size of the memory benchmark; 0 = the mode's own).
 */
public final class BenchmarkMain {

    private static final int BENCHMARKS = 5;
    /** Set in the JVM that really runs the benchmarks. */
    private static final String FORKED = "camelcj.benchmarks.forked";

    private BenchmarkMain() {
    }

    /** One benchmark of the harness. */
    private interface Benchmark {
        List<ResultRow> run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty(FORKED) == null) {
            fork(args);
            return;
        }
        // The simulator runs on the JDK's HttpServer, which leaves Nagle's algorithm on unless told otherwise: every
        // answer then waits ~40 ms for the client's delayed ACK (measured: 46 ms median per call instead of ~1 ms),
        // which would hide everything this harness measures. Must be set before the first HttpServer is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        BenchmarkMode mode = BenchmarkMode.full();
        Path out = null;
        Set<Integer> only = new LinkedHashSet<>();
        Duration memoryLimit = null;
        int memoryProducts = 0;
        for (String arg : args) {
            if (arg.equals("--quick") || arg.equals("--full")) {
                mode = BenchmarkMode.parse(arg.substring(2));
            } else if (arg.startsWith("--mode=")) {
                mode = BenchmarkMode.parse(arg.substring("--mode=".length()));
            } else if (arg.startsWith("--out=")) {
                out = Path.of(arg.substring("--out=".length()));
            } else if (arg.startsWith("--memory-minutes=")) {
                long minutes = Long.parseLong(arg.substring("--memory-minutes=".length()));
                memoryLimit = minutes > 0 ? Duration.ofMinutes(minutes) : null; // 0: the mode's own limit
            } else if (arg.startsWith("--memory-products=")) {
                memoryProducts = Integer.parseInt(arg.substring("--memory-products=".length()));
                if (memoryProducts < 0) {
                    throw new IllegalArgumentException("--memory-products takes a catalogue size >= 0 (0: the mode's"
                            + " own), got " + memoryProducts);
                }
            } else if (arg.startsWith("--only=")) {
                for (String n : arg.substring("--only=".length()).split(",")) {
                    int number = Integer.parseInt(n.trim());
                    if (number < 1 || number > BENCHMARKS) {
                        throw new IllegalArgumentException("--only takes benchmark numbers 1 to " + BENCHMARKS
                                + ", got " + number);
                    }
                    only.add(number);
                }
            } else {
                throw new IllegalArgumentException("unknown argument '" + arg + "': expected --mode=full|quick,"
                        + " --quick, --out=<file>, --only=1,2,..., --memory-minutes=N, --memory-products=N");
            }
        }
        if (memoryLimit != null) {
            mode = mode.withMemoryTimeLimit(memoryLimit);
        }
        if (memoryProducts > 0) {
            mode = mode.withMemoryProducts(memoryProducts);
        }
        if (only.size() == BENCHMARKS) {
            only.clear(); // all of them
        }
        if (!only.isEmpty()) {
            out = null; // a subset never replaces the table of a whole run
        } else if (out == null) {
            out = Path.of("src", "docs", "benchmarks.md");
        }
        System.exit(run(mode, only, out) ? 0 : 1);
    }

    /**
     * Runs the harness in a JVM of its own, on a private copy of the class path: a run takes many minutes, and other
     * builds in the same tree may rebuild the module jars meanwhile.
     */
    private static void fork(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("cj-bench-classpath");
        try {
            List<String> cmd = ChildJvm.command("3g", ClassPath.snapshot(dir), BenchmarkMain.class,
                    List.of(FORKED + "=true"), List.of(args));
            int exit = new ProcessBuilder(cmd).inheritIO().start().waitFor();
            if (exit != 0) {
                // an exception, not System.exit: under exec:java this runs inside Maven's JVM
                throw new IllegalStateException("the benchmarks failed (exit " + exit + "); see the output above");
            }
        } finally {
            BenchFiles.deleteTree(dir);
        }
    }

    private static boolean run(BenchmarkMode mode, Set<Integer> only, Path out) throws Exception {
        MachineInfo machine = MachineInfo.current();
        System.out.println("camel-cj benchmarks, " + mode.name() + " mode, on " + machine.cores() + " cores");
        long t0 = System.nanoTime();
        List<ResultRow> rows = new ArrayList<>();
        boolean allRan = true;
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start()) {
            List<Benchmark> benchmarks = List.of(
                    new ProducerOverheadBenchmark(mode)::run,
                    new RateBudgetBenchmark(mode)::run,
                    new CatalogueSyncBenchmark(mode, kafka)::run,
                    new MemoryBenchmark(mode, kafka)::run,
                    new OrderPushBenchmark(mode, kafka)::run);
            for (int i = 0; i < benchmarks.size(); i++) {
                int number = i + 1;
                if (!only.isEmpty() && !only.contains(number)) {
                    continue;
                }
                long start = System.nanoTime();
                System.out.println("[" + number + "/" + benchmarks.size() + "] running...");
                try {
                    List<ResultRow> result = benchmarks.get(i).run();
                    rows.addAll(result);
                    result.forEach(r -> System.out.println("    " + r.figure() + ": " + r.measured() + " vs "
                            + r.baseline() + " (ratio " + r.ratio() + ")"));
                } catch (Exception | Error e) {
                    allRan = false;
                    rows.add(new ResultRow(number + ". (failed)", "benchmark did not complete", "n/a", "n/a", "n/a",
                            e.toString()));
                    System.out.println("    FAILED: " + e);
                    e.printStackTrace();
                }
                System.out.println("    (" + Format.seconds(System.nanoTime() - start) + ")");
            }
        }
        String results = ResultsDocument.render(mode, machine, MachineInfo.loadAverage(), System.nanoTime() - t0,
                rows);
        System.out.println();
        System.out.println(results);
        if (out != null) {
            ResultsDocument.write(out, results);
            System.out.println("Written to " + out.toAbsolutePath().normalize());
        }
        return allRan;
    }
}
