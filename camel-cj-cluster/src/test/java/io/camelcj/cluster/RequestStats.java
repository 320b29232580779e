package io.camelcj.cluster;

import io.camelcj.simulator.SimRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** Figures over the simulator's request log (the simulator's own per-IP counters are not on main yet). */
final class RequestStats {

    private final List<SimRequest> requests;

    RequestStats(List<SimRequest> requests) {
        this.requests = List.copyOf(requests);
    }

    long count(Predicate<SimRequest> filter) {
        return requests.stream().filter(filter).count();
    }

    /** Requests per second matching {@code filter} within [from, from + window). */
    double rate(Predicate<SimRequest> filter, Instant from, Duration window) {
        Instant to = from.plus(window);
        long n = requests.stream().filter(filter).filter(r -> !r.at().isBefore(from) && r.at().isBefore(to)).count();
        return n / (window.toMillis() / 1000.0);
    }

    /** The largest number of matching requests within any sliding 1-second window. */
    int maxInAnySecond(Predicate<SimRequest> filter) {
        List<Instant> times = requests.stream().filter(filter).map(SimRequest::at).sorted().toList();
        int max = 0;
        int start = 0;
        for (int end = 0; end < times.size(); end++) {
            while (Duration.between(times.get(start), times.get(end)).toMillis() >= 1000) {
                start++;
            }
            max = Math.max(max, end - start + 1);
        }
        return max;
    }

    /**
     * For each 1600200 (jitter diagnosis): when it came, counted from the first request, and how long after each of
     * the three accepted calls before it.
     */
    List<String> rejections() {
        List<SimRequest> sorted = requests.stream().sorted(java.util.Comparator.comparing(SimRequest::at)).toList();
        List<String> out = new java.util.ArrayList<>();
        List<SimRequest> accepted = new java.util.ArrayList<>();
        Instant first = sorted.isEmpty() ? null : sorted.get(0).at();
        for (SimRequest r : sorted) {
            if (r.code() != null && r.code() == 1600200) {
                StringBuilder line = new StringBuilder("1600200 at +" + Duration.between(first, r.at()).toMillis()
                        + " ms, after the accepted calls before it by");
                for (int i = 1; i <= 3 && accepted.size() - i >= 0; i++) {
                    SimRequest before = accepted.get(accepted.size() - i);
                    line.append(' ').append(Duration.between(before.at(), r.at()).toMillis()).append(" ms (")
                            .append(before.operation()).append(')');
                }
                out.add(line.toString());
            } else if (r.account() != null) {
                accepted.add(r);
            }
        }
        return out;
    }

    static Predicate<SimRequest> operation(String op) {
        return r -> op.equals(r.operation());
    }

    static Predicate<SimRequest> code(int code) {
        return r -> r.code() != null && r.code() == code;
    }
}
