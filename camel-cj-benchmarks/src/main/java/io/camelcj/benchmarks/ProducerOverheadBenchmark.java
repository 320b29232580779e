package io.camelcj.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelcj.component.cj.CjConstants;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Benchmark 1: what a {@code cj:} call costs on top of the HTTP request itself. The same requests (product/query of a
 * rotating pid, product/listV2 of a rotating page) go through a {@code cj:} endpoint via a ProducerTemplate and through
 * {@link HandMadeCjClient}, against one local simulator with throttling effectively off (100,000 requests/second on
 * both the component and the simulator accounts). Plain Java harness: warm-up calls first, then measured blocks that
 * alternate between the two sides (so that a load change on the shared machine hits both), one call at a time.
 */
final class ProducerOverheadBenchmark {

    private static final String NAME = "1. Producer overhead";
    private static final double NO_LIMIT = 100_000;
    private static final int BLOCK = 200;
    private static final String COMPONENT_KEY = "CJ1000001@api@00000000000000000000000000000001";
    private static final String HAND_KEY = "CJ1000002@api@00000000000000000000000000000002";

    private final BenchmarkMode mode;

    ProducerOverheadBenchmark(BenchmarkMode mode) {
        this.mode = mode;
    }

    /** One side of the comparison: performs call number {@code i}. */
    private interface Caller {
        void call(int i) throws Exception;
    }

    /** Latencies, and bytes allocated by {calling thread, HttpClient threads}. */
    private record Side(LatencySample latencies, long[] bytes) {
        Side(int calls) {
            this(new LatencySample(calls), new long[2]);
        }
    }

    List<ResultRow> run() throws Exception {
        try (CjSimulator sim = CjSimulator.builder().products(2000).seed(42L)
                .account(account(COMPONENT_KEY)).account(account(HAND_KEY)).start()) {
            List<String> pids = sim.catalogue().productIds().subList(0, 100);
            DefaultCamelContext context = CamelSetup.context(sim.baseUrl(), COMPONENT_KEY, NO_LIMIT, null, Map.of());
            context.start();
            try {
                ProducerTemplate template = context.createProducerTemplate();
                Endpoint query = context.getEndpoint("cj:product/query");
                Endpoint list = context.getEndpoint("cj:product/listV2");
                HandMadeCjClient hand = new HandMadeCjClient(sim.baseUrl(), HAND_KEY);
                List<ResultRow> rows = new ArrayList<>();
                rows.addAll(compare("product/query",
                        i -> template.requestBodyAndHeader(query, null, CjConstants.PARAMS, queryParams(pids, i)),
                        i -> hand.get("product/query", queryParams(pids, i))));
                rows.addAll(compare("product/listV2 (20 per page)",
                        i -> template.requestBodyAndHeader(list, null, CjConstants.PARAMS, listParams(i)),
                        i -> hand.get("product/listV2", listParams(i))));
                long limited = RequestCounts.snapshot(sim).rateLimited();
                if (limited > 0) {
                    rows.add(new ResultRow(NAME, "1600200 answers (should be none)", Long.toString(limited), "0",
                            "n/a", "throttling was meant to be off"));
                }
                return rows;
            } finally {
                context.stop();
            }
        }
    }

    private static SimAccount account(String apiKey) {
        return SimAccount.builder(apiKey).qps(NO_LIMIT).balance(new BigDecimal("10000.00")).build();
    }

    private static Map<String, Object> queryParams(List<String> pids, int i) {
        return Map.of("pid", pids.get(i % pids.size()));
    }

    private static Map<String, Object> listParams(int i) {
        return Map.of("page", 1 + i % 10, "size", 20);
    }

    private List<ResultRow> compare(String operation, Caller component, Caller hand) throws Exception {
        AllocationMeter meter = new AllocationMeter();
        for (int i = 0; i < mode.overheadWarmup(); i++) {
            component.call(i);
            hand.call(i);
        }
        int blocks = Math.max(1, mode.overheadCalls() / BLOCK);
        Side c = new Side(blocks * BLOCK);
        Side h = new Side(blocks * BLOCK);
        for (int b = 0; b < blocks; b++) {
            // alternate which side goes first, so neither always follows the other's garbage
            if (b % 2 == 0) {
                block(component, c, meter, b);
                block(hand, h, meter, b);
            } else {
                block(hand, h, meter, b);
                block(component, c, meter, b);
            }
        }
        int n = c.latencies().size();
        String calls = n + " calls per side after " + mode.overheadWarmup() + " warm-up calls";
        return List.of(
                ResultRow.compare(NAME, operation + ": median latency (ms)", c.latencies().quantileMillis(0.5),
                        h.latencies().quantileMillis(0.5), 3, "baseline: JDK HttpClient + Jackson by hand; " + calls),
                ResultRow.compare(NAME, operation + ": p99 latency (ms)", c.latencies().quantileMillis(0.99),
                        h.latencies().quantileMillis(0.99), 3, ""),
                ResultRow.compare(NAME, operation + ": allocated bytes per call, calling thread",
                        (double) c.bytes()[0] / n, (double) h.bytes()[0] / n, 0, "ThreadMXBean#getThreadAllocatedBytes"),
                ResultRow.compare(NAME, operation + ": allocated bytes per call, incl. HttpClient threads",
                        (double) (c.bytes()[0] + c.bytes()[1]) / n, (double) (h.bytes()[0] + h.bytes()[1]) / n, 0,
                        "adds the JDK HttpClient's selector/worker threads"));
    }

    private static void block(Caller caller, Side side, AllocationMeter meter, int b) throws Exception {
        // the HttpClient threads are read outside the calling thread's window: listing threads allocates
        long clientBefore = meter.httpClientThreads();
        long ownBefore = meter.callingThread();
        for (int i = 0; i < BLOCK; i++) {
            long t0 = System.nanoTime();
            caller.call(b * BLOCK + i);
            side.latencies().add(System.nanoTime() - t0);
        }
        long ownAfter = meter.callingThread();
        side.bytes()[0] += ownAfter - ownBefore;
        side.bytes()[1] += Math.max(0, meter.httpClientThreads() - clientBefore);
    }
}
