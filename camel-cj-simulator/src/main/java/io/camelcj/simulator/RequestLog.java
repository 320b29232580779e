package io.camelcj.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every request the simulator answered, for tests that assert exactly how a client behaved. */
public final class RequestLog {

    private final ConcurrentLinkedQueue<SimRequest> entries = new ConcurrentLinkedQueue<>();

    void add(SimRequest request) {
        entries.add(request);
    }

    public List<SimRequest> entries() {
        return new ArrayList<>(entries);
    }

    public long count(String operation) {
        return entries.stream().filter(e -> e.operation().equals(operation)).count();
    }

    public long count(String operation, int code) {
        return entries.stream().filter(e -> e.operation().equals(operation) && Objects.equals(e.code(), code)).count();
    }

    public long count() {
        return entries.size();
    }

    public void clear() {
        entries.clear();
    }
}
