package io.camelcj.cluster;

import io.github.bucket4j.TimeMeter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The PostgreSQL server's clock, as Bucket4j's clock for the shared buckets: every node then computes token refills
 * on one time line, so a skew between the nodes' own clocks does not bring two nodes' requests closer together.
 * <p>
 * The offset to the local {@code System.nanoTime()} is measured with {@code clock_timestamp()} at the midpoint of a
 * round trip (error at most half the round trip) and re-measured every {@link #RECALIBRATE}; the time it gives never
 * goes backwards, so a re-measurement never refills a bucket twice.
 */
final class DatabaseClock implements TimeMeter {

    static final Duration RECALIBRATE = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseClock.class);

    private final ClusterDatabase db;
    private volatile long offsetNanos;
    private volatile long calibratedAt;
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

    DatabaseClock(ClusterDatabase db) {
        this.db = db;
        calibrate();
    }

    @Override
    public long currentTimeNanos() {
        long now = System.nanoTime();
        if (now - calibratedAt > RECALIBRATE.toNanos()) {
            calibrate();
        }
        long t = now + offsetNanos;
        return last.accumulateAndGet(t, Math::max);
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }

    private synchronized void calibrate() {
        long before = System.nanoTime();
        if (before - calibratedAt <= RECALIBRATE.toNanos() && last.get() != Long.MIN_VALUE) {
            return; // another thread just did
        }
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (extract(epoch from clock_timestamp()) * 1000000)::bigint")) {
            rs.next();
            long serverMicros = rs.getLong(1);
            long after = System.nanoTime();
            offsetNanos = serverMicros * 1000 - (before + (after - before) / 2);
            calibratedAt = after;
            LOG.debug("cluster clock: database time measured within {} µs", (after - before) / 2000);
        } catch (SQLException e) {
            if (last.get() == Long.MIN_VALUE) {
                throw new ClusterStoreException("cannot read the cluster database's clock", e);
            }
            calibratedAt = before; // keep the last offset; try again after RECALIBRATE
            LOG.warn("cluster clock: cannot re-read the database's clock, keeping the last offset: {}", e.getMessage());
        }
    }
}
