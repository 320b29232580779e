package io.camelcj.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * CPU load added on purpose: one busy-looping daemon thread per core, for the runs that show the pacing holds when
 * the machine is saturated (threads wake late, requests arrive with more jitter).
 */
final class CpuLoad implements AutoCloseable {

    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    /** Read at the end so the JIT cannot drop the loop. */
    private volatile long sink;

    CpuLoad() {
        int cores = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < cores; i++) {
            Thread t = new Thread(this::spin, "cpu-load-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
    }

    int threads() {
        return threads.size();
    }

    private void spin() {
        long x = 0;
        while (running) {
            x += System.nanoTime() % 7;
        }
        sink = x;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(1000);
        }
    }
}
