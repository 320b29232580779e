package io.camelcj.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every request the simulator answered, for tests that assert exactly how a client behaved. The counters are
 * exact; {@link #entries()} keeps the most recent entries only (100,000 by default), so long benchmark runs do
 * not fill the heap.
 */
public final class RequestLog {

    private final int limit;
    private final ConcurrentLinkedDeque<SimRequest> entries = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final Map<String, LongAdder> byOperation = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byOperationAndCode = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    RequestLog(int limit) {
        this.limit = limit;
    }

    synchronized void add(SimRequest request) {
        entries.addLast(request);
        if (size.incrementAndGet() > limit) {
            entries.pollFirst();
            size.decrementAndGet();
        }
        total.increment();
        byOperation.computeIfAbsent(request.operation(), k -> new LongAdder()).increment();
        byOperationAndCode.computeIfAbsent(request.operation() + '#' + request.code(), k -> new LongAdder()).increment();
    }

    /** The most recent requests, oldest first. */
    public List<SimRequest> entries() {
        return new ArrayList<>(entries);
    }

    public long count(String operation) {
        LongAdder n = byOperation.get(operation);
        return n == null ? 0 : n.sum();
    }

    /** Requests of the operation whose answer carried this code (200 also for success bodies without code). */
    public long count(String operation, int code) {
        LongAdder n = byOperationAndCode.get(operation + '#' + code);
        return n == null ? 0 : n.sum();
    }

    public long count() {
        return total.sum();
    }

    public synchronized void clear() {
        entries.clear();
        size.set(0);
        byOperation.clear();
        byOperationAndCode.clear();
        total.reset();
    }
}
