package io.camelcj.cluster;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Account-wide blocks (daily request limit, points exhausted) in {@code cj_account_blocks}: recorded by the node that
 * got CJ's answer, honoured by every node until the reset. Each node reads the table at most once per
 * {@link #REFRESH} per account, so another node's block stops this one within that time.
 */
final class AccountBlocks {

    static final Duration REFRESH = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(AccountBlocks.class);

    private record Block(Instant until, CjErrorCategory category, String reason) {
    }

    private record Cached(Block block, long readAtNanos) {
    }

    private static final Block NONE = new Block(Instant.EPOCH, CjErrorCategory.DAILY_LIMIT, "");

    private final ClusterDatabase db;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    AccountBlocks(ClusterDatabase db) {
        this.db = db;
    }

    void block(String accountId, Instant until, CjErrorCategory category, String reason) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO cj_account_blocks (account_id, blocked_until,"
                     + " category, reason) VALUES (?, ?, ?, ?) ON CONFLICT (account_id) DO UPDATE SET"
                     + " blocked_until = EXCLUDED.blocked_until, category = EXCLUDED.category, reason = EXCLUDED.reason"
                     + " WHERE cj_account_blocks.blocked_until < EXCLUDED.blocked_until")) {
            ps.setString(1, accountId);
            ps.setObject(2, until.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setString(3, category.name());
            ps.setString(4, reason == null ? category.name() : reason);
            ps.executeUpdate();
            cache.remove(accountId);
            LOG.warn("CJ account {} blocked on every node until {}: {}", accountId, until, reason);
        } catch (SQLException e) {
            throw new ClusterStoreException("cannot record the block of CJ account " + accountId, e);
        }
    }

    /** Throws DAILY_LIMIT / POINTS_EXHAUSTED with the reset instant while a node has recorded a block. */
    void failIfBlocked(String accountId) {
        Block b = current(accountId);
        if (Instant.now().isBefore(b.until())) {
            throw new CjApiException(null, 0, null, "CJ account " + accountId + " is blocked (recorded by a node of"
                    + " the cluster): " + b.reason() + "; requests resume at " + b.until(), null, b.category(), false,
                    b.until(), null);
        }
    }

    private Block current(String accountId) {
        long now = System.nanoTime();
        Cached cached = cache.get(accountId);
        if (cached != null && now - cached.readAtNanos() < REFRESH.toNanos()) {
            return cached.block();
        }
        Block read = read(accountId);
        cache.put(accountId, new Cached(read, now));
        return read;
    }

    private Block read(String accountId) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT blocked_until, category, reason FROM cj_account_blocks"
                     + " WHERE account_id = ?")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return NONE;
                }
                return new Block(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        CjErrorCategory.valueOf(rs.getString(2)), rs.getString(3));
            }
        } catch (SQLException e) {
            throw new ClusterStoreException("cannot read the block of CJ account " + accountId, e);
        }
    }
}
