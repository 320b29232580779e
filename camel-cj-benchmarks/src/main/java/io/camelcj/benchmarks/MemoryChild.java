package io.camelcj.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import io.camelcj.routes.catalogue.CatalogueSync;
import io.camelcj.routes.catalogue.RunStatus;
import io.camelcj.routes.catalogue.RunSummary;
import io.camelcj.routes.catalogue.SyncMode;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The child JVM of benchmark 4 (started by {@link MemoryBenchmark} with {@code -Xmx256m}): runs one full catalogue
 * sync through the route against the parent's simulator and Kafka broker and prints one line
 * {@code RESULT <json>} with what it measured. The API key comes from the environment (never the command line).
 * <p>
 * Arguments: baseUrl brokers topicPrefix qps timeLimitSeconds stateFile
 */
public final class MemoryChild {

    static final String RESULT_PREFIX = "RESULT ";
    static final String API_KEY_ENV = "CJ_BENCH_API_KEY";
    /** Products in the state at which a large run also measures the live heap. */
    static final long MILESTONE = 100_000;

    private MemoryChild() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String brokers = args[1];
        String topicPrefix = args[2];
        double qps = Double.parseDouble(args[3]);
        Duration limit = Duration.ofSeconds(Long.parseLong(args[4]));
        Path stateFile = Path.of(args[5]);
        String apiKey = System.getenv(API_KEY_ENV);

        Map<String, Object> result = Collections.synchronizedMap(new LinkedHashMap<>()); // the milestone thread writes too
        result.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        AfterGcPeak afterGc = new AfterGcPeak();
        afterGc.start();
        DefaultCamelContext context = SyncSetup.start(baseUrl, apiKey, qps, brokers, SyncSetup.topics(topicPrefix),
                stateFile);
        CatalogueSync sync = SyncSetup.sync(context);
        result.put("liveBeforeBytes", liveHeap());
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler.reset();
        afterGc.reset();
        long gcCountBefore = gcCount();
        long gcTimeBefore = gcTime();

        long t0 = System.nanoTime();
        CompletableFuture<RunSummary> run = CompletableFuture.supplyAsync(() -> sync.run(SyncMode.FULL));
        Thread milestone = watchMilestone(sync, result, run);
        boolean completed;
        try {
            RunSummary summary = run.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            completed = summary.status() == RunStatus.SUCCEEDED;
            result.put("status", summary.status().name());
            result.put("productsSeen", summary.counters().productsSeen());
            result.put("failure", summary.failure());
        } catch (TimeoutException e) {
            completed = false;
            result.put("status", "STOPPED_AT_TIME_LIMIT");
        } catch (ExecutionException e) {
            completed = false;
            result.put("status", "ERROR");
            result.put("failure", String.valueOf(e.getCause()));
        }
        result.put("wallNanos", System.nanoTime() - t0);
        milestone.interrupt();
        result.put("completed", completed);
        result.put("productsInState", sync.stats().getProductsInState());
        result.put("peakSampledBytes", sampler.peak());
        result.put("peakPoolsBytes", heapPoolPeaks());
        result.put("peakAfterGcBytes", afterGc.peak());
        result.put("gcCount", gcCount() - gcCountBefore);
        result.put("gcMillis", gcTime() - gcTimeBefore);
        result.put("liveAfterBytes", liveHeap()); // the sync's state is still held by the running context here
        sampler.stop();
        System.out.println(RESULT_PREFIX + new ObjectMapper().writeValueAsString(result));
        System.out.flush();
        context.stop();
        System.exit(0);
    }

    /**
     * Once the sync's state holds {@link #MILESTONE} products (in a larger catalogue), records the live heap then and
     * the time it took, so that a large run shows how the heap grows with the state.
     */
    private static Thread watchMilestone(CatalogueSync sync, Map<String, Object> result,
                                         CompletableFuture<RunSummary> run) {
        long t0 = System.nanoTime();
        Thread t = new Thread(() -> {
            try {
                while (!run.isDone()) {
                    if (sync.stats().getProductsInState() >= MILESTONE) {
                        result.put("milestoneNanos", System.nanoTime() - t0);
                        result.put("milestoneLiveBytes", liveHeap());
                        return;
                    }
                    Thread.sleep(200);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "memory-milestone");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Heap in use after a full collection: what is really retained. */
    private static long liveHeap() throws InterruptedException {
        System.gc();
        Thread.sleep(200);
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Sum of each heap pool's peak: an upper bound (the pools may peak at different moments). */
    private static long heapPoolPeaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcTime() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /**
     * The highest heap in use right after a collection, over every collection (GC notifications): the live heap's
     * peak, without the garbage that the 20 ms samples also see.
     */
    private static final class AfterGcPeak {

        private final AtomicLong peak = new AtomicLong();

        void start() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener((n, handback) -> {
                        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                            GcInfo info = GarbageCollectionNotificationInfo.from(
                                    (CompositeData) n.getUserData()).getGcInfo();
                            long used = info.getMemoryUsageAfterGc().entrySet().stream()
                                    .filter(e -> isHeap(e.getKey()))
                                    .mapToLong(e -> e.getValue().getUsed()).sum();
                            peak.accumulateAndGet(used, Math::max);
                        }
                    }, null, null);
                }
            }
        }

        private static boolean isHeap(String pool) {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .anyMatch(p -> p.getName().equals(pool) && p.getType() == MemoryType.HEAP);
        }

        void reset() {
            peak.set(0);
        }

        long peak() {
            return peak.get();
        }
    }

    /** Samples the heap in use every 20 ms and keeps the highest value. */
    private static final class HeapSampler {

        private final AtomicLong peak = new AtomicLong();
        private final Thread thread = new Thread(this::loop, "heap-sampler");
        private volatile boolean running = true;

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        private void loop() {
            while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                peak.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void reset() {
            peak.set(0);
        }

        long peak() {
            return peak.get();
        }

        void stop() {
            running = false;
        }
    }
}
