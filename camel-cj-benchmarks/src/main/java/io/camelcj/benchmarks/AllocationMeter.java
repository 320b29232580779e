package io.camelcj.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated on the heap by the calling thread ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}),
 * and by the JDK HttpClient's own threads (selector and workers, named {@code HttpClient-...}), which do part of
 * every request's work for both the component and the hand-made client.
 */
final class AllocationMeter {

    private final com.sun.management.ThreadMXBean threads;

    AllocationMeter() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t)
                || !t.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM does not report per-thread allocations");
        }
        t.setThreadAllocatedMemoryEnabled(true);
        this.threads = t;
    }

    long callingThread() {
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    /** Sum over the live HttpClient threads (a worker that ended between two readings loses its share). */
    long httpClientThreads() {
        long[] ids = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("HttpClient-"))
                .mapToLong(Thread::getId)
                .toArray();
        long sum = 0;
        for (long bytes : threads.getThreadAllocatedBytes(ids)) {
            if (bytes > 0) {
                sum += bytes;
            }
        }
        return sum;
    }
}
