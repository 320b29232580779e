package io.camelcj.cluster;

import io.camelcj.component.cj.throttle.CjRateWindow;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * CJ's own counting rule kept across nodes: when each of the last {@code n} requests of an account (key
 * {@code qps:<id>}) or of an egress-IP group ({@code ip:<group>}) left, on the database server's clock
 * ({@code cj_rate_sends}), so that no request leaves while {@code n} others left within the window.
 * <p>
 * Why beside the token buckets: a bucket spaces <em>reserved slots</em>, and a node that wakes late for its slot
 * (a GC pause, a starved CPU) sends late, closer to the slots after it; CJ counts arrivals, so that late call and
 * the on-time calls after it can fall into one window and one of them is answered 1600200. Bucket4j cannot see
 * when a reserved token is really spent. This check can: it runs just before the send, under the rows' locks, and
 * delays a request that would be the {@code n+1}-th in a window until the oldest of the {@code n} is a window (plus a
 * guard for the jitter after the check) old. On time, slots are spaced wider than that, so the check passes at once
 * and costs one short transaction. A send found late afterwards ({@link #correct}) is moved to its later time.
 */
final class SharedSendWindow {

    /** No send recorded: {@link #admit} gave up at its deadline. */
    static final long REFUSED = -1;

    /**
     * One window a send must fit in.
     *
     * @param key        {@code qps:<account id>} or {@code ip:<egress group>}
     * @param window     how CJ counts it
     * @param guardNanos added to the window's length
     */
    record Limit(String key, CjRateWindow window, long guardNanos) {

        long spanMicros() {
            return TimeUnit.NANOSECONDS.toMicros(window.nanos() + guardNanos);
        }
    }

    private final ClusterDatabase db;

    SharedSendWindow(ClusterDatabase db) {
        this.db = db;
    }

    /**
     * Waits until the send fits in every one of {@code limits}, then records it in all of them at once.
     *
     * @return the send's recorded time (server clock, microseconds), for {@link #correct}; {@link #REFUSED} when
     * that moment is after {@code deadlineNanos} (nothing recorded)
     */
    long admit(List<Limit> limits, long deadlineNanos) throws InterruptedException {
        // rows locked in one order by every node: two sends of different accounts in one group cannot deadlock
        List<Limit> ordered = limits.stream().sorted(Comparator.comparing(Limit::key)).toList();
        while (true) {
            Check check = tryRecord(ordered);
            if (check.waitMicros() == 0) {
                return check.recordedMicros();
            }
            long until = System.nanoTime() + TimeUnit.MICROSECONDS.toNanos(check.waitMicros());
            if (until - deadlineNanos > 0) {
                return REFUSED;
            }
            long left;
            while ((left = until - System.nanoTime()) > 0) {
                LockSupport.parkNanos(left);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        }
    }

    /**
     * A send found to have left later than recorded (its answer came late): moves its record under each of
     * {@code keys} to {@code laterMicros}, so that the sends after it keep CJ's window from when it really arrived.
     * Nothing happens under a key where the record has already left the last n.
     */
    void correct(List<String> keys, long recordedMicros, long laterMicros) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("UPDATE cj_rate_sends SET sent_at = array_replace(sent_at,"
                     + " ?::BIGINT, ?::BIGINT) WHERE id = ANY (?)")) {
            ps.setLong(1, recordedMicros);
            ps.setLong(2, laterMicros);
            ps.setArray(3, c.createArrayOf("varchar", keys.toArray()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new ClusterStoreException("cannot correct the shared send window of " + keys, e);
        }
    }

    /**
     * What one check found: the send recorded at {@code recordedMicros} (wait 0), or how long until every window
     * has room.
     */
    private record Check(long waitMicros, long recordedMicros) {
    }

    /** Records a send now if every window allows it, or says how many microseconds until they will. */
    private Check tryRecord(List<Limit> limits) {
        try {
            return db.inTransaction(c -> tryRecord(c, limits));
        } catch (SQLException e) {
            throw new ClusterStoreException("cannot check the shared send window of " + keys(limits), e);
        }
    }

    private static Check tryRecord(Connection c, List<Limit> limits) throws SQLException {
        long[][] sent = new long[limits.size()][];
        long now = 0;
        for (int i = 0; i < limits.size(); i++) {
            long[] locked = lockAndRead(c, limits.get(i).key());
            if (locked == null) { // the key's first send in this database
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO cj_rate_sends (id, sent_at)"
                        + " VALUES (?, '{}') ON CONFLICT (id) DO NOTHING")) {
                    insert.setString(1, limits.get(i).key());
                    insert.executeUpdate();
                }
                locked = lockAndRead(c, limits.get(i).key());
            }
            now = locked[locked.length - 1]; // read once this row is locked: the last is after every lock
            sent[i] = Arrays.copyOf(locked, locked.length - 1);
            Arrays.sort(sent[i]); // a corrected record may have moved past a later one
        }
        long wait = 0;
        for (int i = 0; i < limits.size(); i++) {
            Limit limit = limits.get(i);
            wait = Math.max(wait, waitMicros(sent[i], limit.window().requests(), limit.spanMicros(), now));
        }
        if (wait > 0) {
            return new Check(wait, 0);
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE cj_rate_sends SET sent_at = ? WHERE id = ?")) {
            for (int i = 0; i < limits.size(); i++) {
                int keep = limits.get(i).window().requests() - 1;
                long[] kept = Arrays.copyOfRange(sent[i], Math.max(0, sent[i].length - keep), sent[i].length + 1);
                kept[kept.length - 1] = now;
                Array array = c.createArrayOf("bigint", Arrays.stream(kept).boxed().toArray());
                update.setArray(1, array);
                update.setString(2, limits.get(i).key());
                update.addBatch();
            }
            update.executeBatch();
        }
        return new Check(0, now);
    }

    /**
     * Locks the key's row and reads its recorded sends followed by the server's clock (microseconds); null when the
     * key has no row. An UPDATE takes the row lock before RETURNING reads the clock, so a wait for the lock does not
     * make "now" stale (a SELECT ... FOR UPDATE may evaluate it before the lock).
     */
    private static long[] lockAndRead(Connection c, String key) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("UPDATE cj_rate_sends SET sent_at = sent_at"
                + " WHERE id = ? RETURNING sent_at, (EXTRACT(EPOCH FROM clock_timestamp()) * 1000000)::BIGINT")) {
            lock.setString(1, key);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Long[] stored = (Long[]) rs.getArray(1).getArray();
                long[] out = new long[stored.length + 1];
                for (int i = 0; i < stored.length; i++) {
                    out[i] = stored[i];
                }
                out[stored.length] = rs.getLong(2);
                return out;
            }
        }
    }

    /**
     * 0 when fewer than {@code requests} of the recorded sends (sorted, oldest first) are within {@code spanMicros}
     * of {@code now}; otherwise the microseconds until the oldest of the last {@code requests} is that far back.
     */
    static long waitMicros(long[] sent, int requests, long spanMicros, long now) {
        if (sent.length < requests) {
            return 0;
        }
        long nthPrevious = sent[sent.length - requests];
        return Math.max(0, nthPrevious + spanMicros - now);
    }

    private static List<String> keys(List<Limit> limits) {
        return limits.stream().map(Limit::key).toList();
    }
}
