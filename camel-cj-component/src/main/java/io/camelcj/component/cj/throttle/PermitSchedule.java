package io.camelcj.component.cj.throttle;

/**
 * When an {@link AccountRateLimiter}'s next permit is due, given the permits granted so far. CJ allows
 * {@code n} requests per window of about a second; a permit is due when both hold:
 * <ul>
 * <li>one interval after the previous permit's <em>scheduled</em> time, so that a late wake-up is caught up (by
 * one interval at most) instead of pushing every later permit back;</li>
 * <li>{@code n} intervals after the permit {@code n} grants ago as <em>really</em> granted (or sent, see
 * {@link #restamp}), so that CJ never sees more than {@code n} in its window.</li>
 * </ul>
 * Not thread-safe: the limiter calls it under its lock. Times are monotonic nanoseconds.
 */
final class PermitSchedule {

    /** The real grant times of the last {@code n} permits (a ring), and their grant numbers + 1 (0: free). */
    private long[] grantTimes;
    private long[] grantSeqs;
    private long nextSeq;
    private long windowSince;
    private long lastDueNanos;

    PermitSchedule(int burst) {
        reset(burst);
    }

    /** A new allowed rate may change CJ's window ({@code burst} = n): count it afresh. */
    void reset(int burst) {
        grantTimes = new long[burst];
        grantSeqs = new long[burst];
        windowSince = nextSeq;
    }

    int burst() {
        return grantTimes.length;
    }

    /** When the next permit is due for a head that arrived at {@code headStart}, at {@code intervalNanos}. */
    long dueAt(long headStart, long resumeAtNanos, long intervalNanos) {
        long due = Math.max(headStart, resumeAtNanos);
        if (nextSeq > 0) {
            due = Math.max(due, lastDueNanos + intervalNanos);
        }
        int n = grantTimes.length;
        if (nextSeq - windowSince >= n) {
            long oldest = grantTimes[(int) (nextSeq % n)]; // the permit n grants ago
            due = Math.max(due, oldest + n * intervalNanos);
        }
        return due;
    }

    /** Records a permit granted at {@code now} that was due at {@code due}; returns its number. */
    long grant(long now, long due, long intervalNanos) {
        long seq = nextSeq++;
        int slot = (int) (seq % grantTimes.length);
        grantTimes[slot] = now;
        grantSeqs[slot] = seq + 1;
        lastDueNanos = Math.max(due, now - intervalNanos); // catch up a late wake-up, by one interval at most
        return seq;
    }

    /** Permit {@code seq} was really sent only at {@code now} (after other permits): its window counts from then. */
    void restamp(long seq, long now) {
        int slot = (int) (seq % grantTimes.length);
        if (grantSeqs[slot] == seq + 1) {
            grantTimes[slot] = Math.max(grantTimes[slot], now);
        }
    }
}
