package io.camelcj.cluster;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.auth.CjTokenStore;
import io.camelcj.component.cj.auth.CjTokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Tokens shared by every node of an account, in PostgreSQL (tables {@code cj_tokens}, {@code cj_token_requests},
 * {@code cj_token_locks}; see {@code schema.sql}).
 * <ul>
 * <li>Renewal is single-flight across processes: {@link #underRenewalLock} holds {@code SELECT ... FOR UPDATE} on the
 * account's row of {@code cj_token_locks} (waiting at most {@code lockTimeout}), and {@code TokenManager} reloads the
 * tokens inside it, so a node that waited adopts what the other one saved instead of calling CJ.</li>
 * <li>The lock lives in its own table so that tokens and the getAccessToken record are written and committed the
 * moment CJ answers (autocommit, another connection): a node dying mid-renewal loses neither a rotated refresh
 * token nor the cool-down record.</li>
 * <li>The getAccessToken cool-down is shared: {@code cj_token_requests} outlives {@link #delete}.</li>
 * <li>No token ever appears in a message or log: failures name the account and the action only.</li>
 * </ul>
 */
public final class JdbcTokenStore implements CjTokenStore {

    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(30);

    private final ClusterDatabase db;
    private final Duration lockTimeout;
    private final ConcurrentMap<String, ReentrantLock> localLocks = new ConcurrentHashMap<>();

    public JdbcTokenStore(ClusterDatabase db) {
        this(db, DEFAULT_LOCK_TIMEOUT);
    }

    /** @param lockTimeout longest wait for another node's renewal of the same account before failing (TRANSIENT) */
    public JdbcTokenStore(ClusterDatabase db, Duration lockTimeout) {
        this.db = Objects.requireNonNull(db, "db");
        this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout");
        if (lockTimeout.isNegative() || lockTimeout.isZero()) {
            throw new IllegalArgumentException("lockTimeout must be positive, was " + lockTimeout);
        }
    }

    @Override
    public Optional<CjTokens> load(String accountId) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT access_token, access_token_expiry, refresh_token,"
                     + " refresh_token_expiry, obtained_at FROM cj_tokens WHERE account_id = ?")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CjTokens(rs.getString(1), instant(rs, 2), rs.getString(3), instant(rs, 4),
                        instant(rs, 5)));
            }
        } catch (SQLException e) {
            throw new ClusterStoreException("cannot load the tokens of CJ account " + accountId, e);
        }
    }

    @Override
    public void save(String accountId, CjTokens tokens) {
        Objects.requireNonNull(tokens, "tokens");
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO cj_tokens (account_id, access_token,"
                     + " access_token_expiry, refresh_token, refresh_token_expiry, obtained_at, updated_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, now()) ON CONFLICT (account_id) DO UPDATE SET"
                     + " access_token = EXCLUDED.access_token, access_token_expiry = EXCLUDED.access_token_expiry,"
                     + " refresh_token = EXCLUDED.refresh_token, refresh_token_expiry = EXCLUDED.refresh_token_expiry,"
                     + " obtained_at = EXCLUDED.obtained_at, updated_at = now()")) {
            ps.setString(1, accountId);
            ps.setString(2, tokens.accessToken());
            setInstant(ps, 3, tokens.accessTokenExpiry());
            ps.setString(4, tokens.refreshToken());
            setInstant(ps, 5, tokens.refreshTokenExpiry());
            setInstant(ps, 6, tokens.obtainedAt());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new ClusterStoreException("cannot save the tokens of CJ account " + accountId, e);
        }
    }

    @Override
    public void delete(String accountId) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM cj_tokens WHERE account_id = ?")) {
            ps.setString(1, accountId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new ClusterStoreException("cannot delete the tokens of CJ account " + accountId, e);
        }
    }

    @Override
    public Optional<Instant> lastAccessTokenRequest(String accountId) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT last_access_token_request FROM cj_token_requests WHERE account_id = ?")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(instant(rs, 1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ClusterStoreException("cannot read the last getAccessToken time of CJ account " + accountId, e);
        }
    }

    @Override
    public void recordAccessTokenRequest(String accountId, Instant at) {
        Objects.requireNonNull(at, "at");
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO cj_token_requests (account_id,"
                     + " last_access_token_request) VALUES (?, ?) ON CONFLICT (account_id) DO UPDATE SET"
                     + " last_access_token_request = GREATEST(cj_token_requests.last_access_token_request,"
                     + " EXCLUDED.last_access_token_request)")) {
            ps.setString(1, accountId);
            setInstant(ps, 2, at);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new ClusterStoreException("cannot record a getAccessToken call of CJ account " + accountId, e);
        }
    }

    /**
     * Runs {@code renewal} while holding the account's row lock. Throws a TRANSIENT {@link CjApiException} when
     * another node holds it longer than the lock time-out (its renewal hangs): the call fails and is retried like any
     * transient failure, instead of waiting forever.
     */
    @Override
    public <T> T underRenewalLock(String accountId, Supplier<T> renewal) {
        // threads of this process queue here, not in the database: each holds a pooled connection while it waits
        ReentrantLock local = localLocks.computeIfAbsent(accountId, k -> new ReentrantLock());
        local.lock();
        try {
            return underRowLock(accountId, renewal);
        } finally {
            local.unlock();
        }
    }

    private <T> T underRowLock(String accountId, Supplier<T> renewal) {
        try (Connection c = db.connection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO cj_token_locks (account_id) VALUES (?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, accountId);
                ps.executeUpdate();
            }
            c.setAutoCommit(false);
            try {
                lock(c, accountId);
                T result = renewal.get();
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new ClusterStoreException("cannot take the token renewal lock of CJ account " + accountId, e);
        }
    }

    private void lock(Connection c, String accountId) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL lock_timeout = " + lockTimeout.toMillis());
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT account_id FROM cj_token_locks WHERE account_id = ? FOR UPDATE")) {
            ps.setString(1, accountId);
            ps.executeQuery().close();
        } catch (SQLException e) {
            if ("55P03".equals(e.getSQLState())) { // lock_not_available
                throw new CjApiException(null, CjErrorCategory.TRANSIENT, "CJ account " + accountId
                        + ": another node has been renewing its tokens for more than " + lockTimeout.toMillis()
                        + " ms (token renewal lock time-out)");
            }
            throw e;
        }
    }

    private static void setInstant(PreparedStatement ps, int index, Instant at) throws SQLException {
        ps.setObject(index, at == null ? null : at.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    @Override
    public String toString() {
        return "JdbcTokenStore[lockTimeout=" + lockTimeout + "]";
    }
}
