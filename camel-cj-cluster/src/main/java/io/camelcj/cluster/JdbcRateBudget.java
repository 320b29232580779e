package io.camelcj.cluster;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.throttle.RateLimitWaitTimeoutException;
import io.camelcj.component.cj.throttle.SharedRateBudget;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The account QPS and the per-IP limit shared by every node, as Bucket4j token buckets in PostgreSQL
 * ({@code cj_rate_buckets}, row-locked by Bucket4j's {@code SELECT ... FOR UPDATE} proxy manager).
 * <ul>
 * <li>One bucket per account ({@code account:<id>}): capacity 1, refilled greedily one token per 1/qps, so that two
 * requests of the account, from whichever nodes, are never closer than 1/qps (CJ counts in a sliding window on its
 * side: a burst would earn 1600200). Every node must configure the same qps; a change replaces the configuration.</li>
 * <li>One bucket per egress-IP group ({@code ip:<group>}, CJ: 10 requests/second per IP across accounts), taken at
 * the same moment as the account's: a request goes only when both have a token, so neither limit is bunched by
 * the other. Nodes behind one NAT/egress IP share one group name.</li>
 * <li>Within a node, requests of one account queue on a fair lock, so only one thread per account and node polls
 * the database; a missing token is waited for exactly as long as Bucket4j says.</li>
 * <li>An account-wide block ({@link #block}) is kept by {@link AccountBlocks} and honoured before each permit.</li>
 * </ul>
 * Bucket4j computes with the client's clock: nodes need synchronised clocks (NTP); a skew adds to or takes from the
 * spacing of requests from different nodes, which the component's {@code rateLimitMargin} absorbs.
 * Hand-written SQL was not needed: Bucket4j owns the token arithmetic and the row lock.
 */
public final class JdbcRateBudget implements SharedRateBudget {

    /** CJ's "no more than 10 requests/second per IP address" (reference, Base Frequency). */
    public static final double CJ_IP_LIMIT = 10;
    /** Added to the per-IP spacing (1/ipQps) so that arrival jitter does not put an 11th request into a second. */
    public static final Duration DEFAULT_IP_MARGIN = Duration.ofMillis(5);
    private static final Logger LOG = LoggerFactory.getLogger(JdbcRateBudget.class);

    private final ProxyManager<String> buckets;
    private final AccountBlocks blocks;
    private final String ipGroup;
    private final double ipQps;
    private final Duration ipMargin;
    private final Map<String, ReentrantLock> queues = new ConcurrentHashMap<>();
    private final Map<String, BucketProxy> proxies = new ConcurrentHashMap<>();

    /**
     * @param ipGroup the egress-IP group this node sends from (nodes behind one IP share a name); null: no per-IP limit
     * @param ipQps   requests/second allowed per IP group ({@link #CJ_IP_LIMIT})
     * @param ipMargin added to the spacing of requests of one IP group
     */
    public JdbcRateBudget(ClusterDatabase db, String ipGroup, double ipQps, Duration ipMargin) {
        Objects.requireNonNull(db, "db");
        if (ipGroup != null && !(ipQps > 0)) {
            throw new IllegalArgumentException("ipQps must be positive, was " + ipQps);
        }
        try {
            db.ensureSchema();
        } catch (SQLException e) {
            throw new ClusterStoreException("cannot create the rate budget tables", e);
        }
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(db.dataSource())
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("cj_rate_buckets")
                .build();
        this.blocks = new AccountBlocks(db);
        this.ipGroup = ipGroup;
        this.ipQps = ipQps;
        this.ipMargin = Objects.requireNonNull(ipMargin, "ipMargin");
    }

    @Override
    public void acquire(String accountId, double permitsPerSecond, Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        ReentrantLock queue = queues.computeIfAbsent(accountId, k -> new ReentrantLock(true));
        try {
            if (!queue.tryLock(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw timeout(accountId, queue, permitsPerSecond, maxWait);
            }
        } catch (InterruptedException e) {
            throw interrupted(accountId);
        }
        try {
            BucketProxy account = bucket("account:" + accountId, permitsPerSecond);
            BucketProxy ip = ipGroup == null ? null
                    : bucket("ip:" + ipGroup, 1 / (1 / ipQps + ipMargin.toNanos() / 1e9));
            while (true) {
                blocks.failIfBlocked(accountId);
                long wait = tryTake(account, ip);
                if (wait == 0) {
                    return;
                }
                if (System.nanoTime() + wait - deadline > 0) {
                    throw timeout(accountId, queue, permitsPerSecond, maxWait);
                }
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException e) {
            throw interrupted(accountId);
        } finally {
            queue.unlock();
        }
    }

    /** Takes a token from both buckets, or from neither: 0, or the nanoseconds until it is worth trying again. */
    private static long tryTake(BucketProxy account, BucketProxy ip) {
        ConsumptionProbe a = account.tryConsumeAndReturnRemaining(1);
        if (!a.isConsumed()) {
            return Math.max(1, a.getNanosToWaitForRefill());
        }
        if (ip == null) {
            return 0;
        }
        ConsumptionProbe i = ip.tryConsumeAndReturnRemaining(1);
        if (i.isConsumed()) {
            return 0;
        }
        account.addTokens(1); // not sent: give the account's token back (capped at the capacity of 1)
        return Math.max(1, i.getNanosToWaitForRefill());
    }

    private BucketProxy bucket(String key, double perSecond) {
        long intervalNanos = Math.max(1, Math.round(TimeUnit.SECONDS.toNanos(1) / perSecond));
        return proxies.compute(key + "@" + intervalNanos, (k, existing) -> existing != null ? existing
                : buckets.builder()
                // the interval is the configuration's version: a node with a new rate replaces the old one
                .withImplicitConfigurationReplacement(intervalNanos, TokensInheritanceStrategy.RESET)
                .build(key, () -> BucketConfiguration.builder()
                        .addLimit(limit -> limit.capacity(1).refillGreedy(1, Duration.ofNanos(intervalNanos)))
                        .build()));
    }

    @Override
    public void block(String accountId, Instant resetAt, CjErrorCategory category, String reason) {
        blocks.block(accountId, resetAt, category, reason);
    }

    /** Spends the pause's worth of tokens ahead of time: every node waits it out before its next request. */
    @Override
    public void backOff(String accountId, Duration pause) {
        proxies.entrySet().stream().filter(e -> e.getKey().startsWith("account:" + accountId + "@"))
                .forEach(e -> {
                    long interval = Long.parseLong(e.getKey().substring(e.getKey().indexOf('@') + 1));
                    long tokens = Math.max(1, pause.toNanos() / interval);
                    e.getValue().consumeIgnoringRateLimits(tokens);
                    LOG.debug("CJ account {}: shared budget paused for {} ms", accountId, pause.toMillis());
                });
    }

    private static RateLimitWaitTimeoutException timeout(String accountId, ReentrantLock queue, double qps,
                                                         Duration maxWait) {
        return new RateLimitWaitTimeoutException(accountId, queue.getQueueLength() + 1, qps, maxWait);
    }

    private static CjApiException interrupted(String accountId) {
        Thread.currentThread().interrupt();
        return new CjApiException(null, CjErrorCategory.TRANSIENT,
                "interrupted while waiting for the shared request budget of CJ account " + accountId);
    }

    @Override
    public String toString() {
        return "JdbcRateBudget[ipGroup=" + ipGroup + ", ipQps=" + ipQps + ", ipMargin=" + ipMargin + "]";
    }
}
