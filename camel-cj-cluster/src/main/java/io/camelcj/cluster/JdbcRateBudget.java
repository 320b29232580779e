package io.camelcj.cluster;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.throttle.CjRateWindow;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The account QPS and the per-IP limit shared by every node, as Bucket4j token buckets in PostgreSQL
 * ({@code cj_rate_buckets}, row-locked by Bucket4j's {@code SELECT ... FOR UPDATE} proxy manager).
 * <ul>
 * <li>One bucket per account ({@code qps:<id>}): capacity 1, refilled greedily one token per 1/qps, so that two
 * requests of the account, from whichever nodes, are never closer than 1/qps. CJ counts n = floor(qps) calls in a
 * sliding window of n/qps seconds: with this spacing calls k and k+n are a whole window apart, and the component's
 * pacing's safety share and margin (it passes its ceiling rate) are the slack that absorbs arrival jitter.</li>
 * <li><b>Reserve ahead.</b> A node reserves its slot on the bucket's time line (Bucket4j's blocking consume: one
 * round trip that takes a future token and says how long to wait) and sleeps until it. The database round trip
 * happens while the slot is still in the future, so it does not idle the budget, and no node races the others for a
 * token the moment it appears (the winner's lateness would be lost to everyone).</li>
 * <li><b>Equal shares.</b> Within a node, requests of one account queue on a fair lock held until their slot, so a
 * node has at most one reservation per account outstanding: slots are handed out round robin over the nodes that
 * have work.</li>
 * <li>Buckets run on the database server's clock ({@link DatabaseClock}), not on each node's, so a skew between
 * the nodes' clocks does not bring their requests closer.</li>
 * <li>One bucket per egress-IP group ({@code ip:<group>}, CJ: 10 requests/second per IP across accounts), taken
 * only while the group's accounts together may exceed it; a request then needs a token of both buckets at the same
 * moment, see {@link #takeBoth}.</li>
 * <li><b>Late senders.</b> A node that wakes late for its slot would send closer to the slots after it than CJ's
 * window allows; {@link SharedSendWindow} holds such a request back until CJ's window has room (on time, it passes
 * at once).</li>
 * <li>An account-wide block ({@link #block}) is kept by {@link AccountBlocks} and honoured before each permit.</li>
 * </ul>
 * Bucket4j owns the token arithmetic and the bucket rows' locks. The send window is hand-written SQL because a token
 * bucket cannot say when a reserved token was really spent (see {@link SharedSendWindow}).
 */
public final class JdbcRateBudget implements SharedRateBudget {

    /** CJ's "no more than 10 requests/second per IP address" (reference, Base Frequency). */
    public static final double CJ_IP_LIMIT = 10;
    /** Added to the per-IP spacing (1/ipQps) so that arrival jitter does not put an 11th request into a second. */
    public static final Duration DEFAULT_IP_MARGIN = Duration.ofMillis(5);
    /** An answer later than the baseline by less than this does not move its send record (the guard covers it). */
    static final Duration CORRECTION_THRESHOLD = Duration.ofMillis(3);
    /** How long an answer time counts towards the on-time baseline (two periods). */
    static final Duration BASELINE_PERIOD = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(JdbcRateBudget.class);

    private final ProxyManager<String> buckets;
    private final AccountBlocks blocks;
    private final String ipGroup;
    private final double ipQps;
    private final Duration ipMargin;
    private final Map<String, ReentrantLock> queues = new ConcurrentHashMap<>();
    private final Map<String, BucketProxy> proxies = new ConcurrentHashMap<>();
    private final IpGroupDemand demand;
    private final SharedSendWindow sends;
    /** The send this thread's last permit recorded, until its answer ({@link #answered}). */
    private final ThreadLocal<RecordedSend> lastSend = new ThreadLocal<>();
    /** Per account and operation, this node's shortest time from a permit to its answer lately: the baseline. */
    private final Map<String, AnswerTimes> answerTimes = new ConcurrentHashMap<>();

    private record RecordedSend(String accountId, List<String> keys, long recordedMicros, long permittedNanos) {
    }

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
                .clientClock(new DatabaseClock(db))
                .build();
        this.blocks = new AccountBlocks(db);
        this.sends = new SharedSendWindow(db);
        this.ipGroup = ipGroup;
        this.demand = ipGroup == null ? null : new IpGroupDemand(db, ipGroup, ipQps);
        this.ipQps = ipQps;
        this.ipMargin = Objects.requireNonNull(ipMargin, "ipMargin");
    }

    @Override
    public void acquire(String accountId, double permitsPerSecond, CjRateWindow window, Duration maxWait) {
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
            blocks.failIfBlocked(accountId);
            BucketProxy account = bucket("qps:" + accountId, permitsPerSecond);
            boolean ipBinding = ipGroup != null && demand.mayExceed(accountId, permitsPerSecond);
            boolean taken = ipBinding ? takeBoth(accountId, account, deadline)
                    : reserve(account, deadline - System.nanoTime());
            SharedSendWindow.Limit own = new SharedSendWindow.Limit("qps:" + accountId, window,
                    guardNanos(permitsPerSecond, window));
            List<SharedSendWindow.Limit> limits = ipBinding ? List.of(own, ipLimit()) : List.of(own);
            long recorded = taken ? sends.admit(limits, deadline) : SharedSendWindow.REFUSED;
            if (recorded == SharedSendWindow.REFUSED) {
                throw timeout(accountId, queue, permitsPerSecond, maxWait);
            }
            lastSend.set(new RecordedSend(accountId, limits.stream().map(SharedSendWindow.Limit::key).toList(),
                    recorded, System.nanoTime()));
        } catch (InterruptedException e) {
            throw interrupted(accountId);
        } finally {
            queue.unlock();
        }
    }

    /**
     * The slack on-time slots leave against CJ's window ({@code n} slots span more than the window when the spacing
     * rate is below the allowed rate), halved: the send window ({@link SharedSendWindow}) then never delays an
     * on-time request, and still keeps half the slack for the jitter between its check and CJ's arrival.
     */
    static long guardNanos(double permitsPerSecond, CjRateWindow window) {
        double slotsSpan = window.requests() * 1e9 / permitsPerSecond;
        return Math.max(0, Math.round((slotsSpan - window.nanos()) / 2));
    }

    /**
     * Reserves the bucket's next slot if it is at most {@code maxWaitNanos} away and sleeps until it; false when it
     * is further.
     * <p>
     * Bucket4j reads the clock when it builds the request, before the database round trip, and returns the wait
     * from that instant; sleeping that long after the round trip would be late by the round trip (and by any wait
     * for the row lock), lost to the budget. So the sleep ends at call start + wait: early by at most the time
     * before Bucket4j reads its clock (microseconds), which the rate margin covers.
     */
    private static boolean reserve(BucketProxy bucket, long maxWaitNanos) throws InterruptedException {
        if (maxWaitNanos <= 0) {
            return false;
        }
        long start = System.nanoTime();
        return bucket.asBlocking().tryConsume(1, maxWaitNanos, nanos -> {
            long left;
            while ((left = start + nanos - System.nanoTime()) > 0) { // parkNanos may return early
                LockSupport.parkNanos(left);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        });
    }

    /** The egress group's spacing: {@code 1/ipQps} plus the margin. */
    private double ipSpacingRate() {
        return 1 / (1 / ipQps + ipMargin.toNanos() / 1e9);
    }

    /** CJ's per-IP window for the send window, guarded like an account's ({@link #guardNanos}). */
    private SharedSendWindow.Limit ipLimit() {
        CjRateWindow window = CjRateWindow.of(ipQps);
        return new SharedSendWindow.Limit("ip:" + ipGroup, window, guardNanos(ipSpacingRate(), window));
    }

    /**
     * A token of the account's bucket and of the IP group's at the same moment, while the group's accounts together
     * may exceed its limit ({@link IpGroupDemand}; otherwise the account's reservation alone is taken). Two
     * independent buckets cannot be reserved together (Bucket4j has no transaction over two keys; a token held while
     * waiting for the other's would go late and bunch with the requests behind it), so both tokens are taken at
     * once or neither, trying again when the bucket that lacked one says its next token is there. The nodes race for
     * each token: the IP budget is kept busy, but not shared evenly between nodes.
     */
    private boolean takeBoth(String accountId, BucketProxy account, long deadline) throws InterruptedException {
        BucketProxy ip = bucket("ip:" + ipGroup, ipSpacingRate());
        while (true) {
            long wait = tryBoth(account, ip);
            if (wait == 0) {
                return true;
            }
            if (System.nanoTime() + wait - deadline > 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.sleep(wait);
            blocks.failIfBlocked(accountId);
        }
    }

    /** Takes a token from both buckets, or from neither: 0, or the nanoseconds until it is worth trying again. */
    private static long tryBoth(BucketProxy account, BucketProxy ip) {
        ConsumptionProbe a = account.tryConsumeAndReturnRemaining(1);
        if (!a.isConsumed()) {
            return Math.max(1, a.getNanosToWaitForRefill());
        }
        ConsumptionProbe i = ip.tryConsumeAndReturnRemaining(1);
        if (i.isConsumed()) {
            return 0;
        }
        // not sent: give the account's token back (capped at the capacity of 1). Safe while no node reserves this
        // account's slots, which holds when all its nodes see the group binding (see the class comment)
        account.addTokens(1);
        return Math.max(1, i.getNanosToWaitForRefill());
    }

    private BucketProxy bucket(String key, double perSecond) {
        long intervalNanos = Math.max(1, Math.round(TimeUnit.SECONDS.toNanos(1) / perSecond));
        return proxies.compute(key + "@" + intervalNanos, (k, existing) -> existing != null ? existing
                : buckets.builder()
                // the interval is the configuration's version and Bucket4j replaces a stored configuration only by a
                // higher version: the slowest rate any node asks for is the one all nodes keep (safe in a rolling change)
                .withImplicitConfigurationReplacement(intervalNanos, TokensInheritanceStrategy.RESET)
                .build(key, () -> BucketConfiguration.builder()
                        .addLimit(limit -> limit.capacity(1).refillGreedy(1, Duration.ofNanos(intervalNanos)))
                        .build()));
    }

    /**
     * An answer that took longer than this node's on-time baseline says its request may have left that much later
     * than recorded (a pause between the permit and the send: GC, a starved CPU, a cold first call), so the record
     * is moved by the excess and the calls after it keep CJ's window from the later time. Conservative: the excess
     * also holds the answer's own extra time (so the baseline is per operation: CJ takes longer over a listV2 page
     * than over a product). Small excesses are left to the guard.
     */
    @Override
    public void answered(String accountId, String operation) {
        RecordedSend send = lastSend.get();
        lastSend.remove();
        if (send == null || !send.accountId().equals(accountId)) {
            return;
        }
        long nanos = System.nanoTime() - send.permittedNanos();
        long excess = answerTimes.computeIfAbsent(accountId + " " + operation, k -> new AnswerTimes())
                .excessOver(nanos);
        if (excess > CORRECTION_THRESHOLD.toNanos()) {
            sends.correct(send.keys(), send.recordedMicros(),
                    send.recordedMicros() + TimeUnit.NANOSECONDS.toMicros(excess));
            LOG.debug("CJ account {}: answer {} ms later than on time; its send record moved", accountId,
                    excess / 1_000_000);
        }
    }

    /**
     * The shortest permit-to-answer time of recent answers (this period's and the last, periods of
     * {@link #BASELINE_PERIOD}, so that a slower network becomes the baseline). Until one is known, the baseline is 0:
     * a node's first answers count whole (a cold first call is the likeliest to leave late).
     */
    static final class AnswerTimes {
        private long periodStart = System.nanoTime();
        private long current = Long.MAX_VALUE;
        private long previous = Long.MAX_VALUE;

        synchronized long excessOver(long nanos) {
            long now = System.nanoTime();
            if (now - periodStart > BASELINE_PERIOD.toNanos()) {
                previous = current;
                current = Long.MAX_VALUE;
                periodStart = now;
            }
            long baseline = Math.min(current, previous);
            current = Math.min(current, nanos);
            return baseline == Long.MAX_VALUE ? nanos : Math.max(0, nanos - baseline);
        }
    }

    @Override
    public void block(String accountId, Instant resetAt, CjErrorCategory category, String reason) {
        blocks.block(accountId, resetAt, category, reason);
    }

    /** Spends the pause's worth of tokens ahead of time: every node waits it out before its next request. */
    @Override
    public void backOff(String accountId, Duration pause) {
        proxies.entrySet().stream().filter(e -> e.getKey().startsWith("qps:" + accountId + "@"))
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
