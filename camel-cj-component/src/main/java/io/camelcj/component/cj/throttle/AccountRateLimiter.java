package io.camelcj.component.cj.throttle;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Hands out request permits for one CJ account, strictly first come, first served, at a rate that follows CJ.
 * <p>
 * Callers queue in arrival order; only the head of the queue watches the clock. CJ allows
 * {@code n = floor(qps)} requests per {@code n / qps} seconds (the simulator counts the same way, at arrival);
 * {@link PermitSchedule} says when the next permit is due so that CJ never sees one too many.
 * The rate is an {@link AdaptiveRate}: a small relative safety below the allowed rate (arrival jitter), cut on a
 * 1600200 ({@link #rateLimited}) and probed back up, never above the allowed rate.
 * A waiter gives up with {@link RateLimitWaitTimeoutException} after {@code maxWait}.
 */
public final class AccountRateLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(AccountRateLimiter.class);
    /**
     * Share of the allowed rate an account's pacing leaves unused: CJ's window is about a second, so 2% lets each
     * request's arrival wobble by ~20 ms (network, a loaded CPU) without a 1600200, and uses 0.98 of the budget.
     */
    public static final double SAFETY = 0.02;

    private final String accountId;
    private final Duration maxWait;
    private final Ticker ticker;
    private final ReentrantLock lock = new ReentrantLock();
    /** One condition per waiting thread, in arrival order; the first is the one whose turn is next. */
    private final ArrayDeque<Condition> queue = new ArrayDeque<>();

    // all fields below are guarded by lock
    private final AdaptiveRate pace;
    private final PermitSchedule schedule;
    private long resumeAtNanos;
    private final AccountBlock block;

    private long permitsGranted;
    private long totalWaitNanos;
    private long backOffs;
    private long timeouts;
    private long blockedRejections;
    private long rateCuts;
    /** Null unless a shared budget (cluster mode, per-IP limit) was bound; see {@link #share}. */
    private volatile SharedRateBudget shared;
    /** Null unless several accounts of this process share one egress IP; see {@link #alsoAcquire}. */
    private volatile AccountRateLimiter ipLimit;
    /** As a per-IP limiter: count the permits of its accounts without making them wait; see {@link #countOnly}. */
    private volatile boolean countOnly;

    /**
     * A limiter at exactly {@code permitsPerSecond} (no safety share, no margin).
     *
     * @param accountId        shown in messages and logs: the {@code CjAccountId}, never the API key
     * @param permitsPerSecond the account's QPS (fractions allowed: 0.5 = one request every 2 s)
     * @param maxWait          how long {@link #acquire()} may wait before failing (zero: only if free now)
     * @param ticker           time source, {@link Ticker#system()} outside tests
     */
    public AccountRateLimiter(String accountId, double permitsPerSecond, Duration maxWait, Ticker ticker) {
        this(accountId, permitsPerSecond, 0, Duration.ZERO, maxWait, ticker);
    }

    /**
     * @param allowedRate the account's QPS as known (explicit {@code qps}, or {@code setting/get}); never exceeded
     * @param safety      share of it left unused against arrival jitter, e.g. 0.02
     * @param margin      absolute spacing added per CJ window ({@code rateLimitMargin}), zero for none
     */
    public AccountRateLimiter(String accountId, double allowedRate, double safety, Duration margin, Duration maxWait,
                              Ticker ticker) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must not be negative, was " + maxWait);
        }
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.resumeAtNanos = ticker.nanoTime();
        this.pace = new AdaptiveRate(allowedRate, safety, Objects.requireNonNull(margin, "margin"));
        this.schedule = new PermitSchedule(pace.burst());
        this.block = new AccountBlock(accountId);
    }

    /**
     * Waits for this caller's turn and takes a permit.
     *
     * @throws RateLimitWaitTimeoutException when no permit came within {@code maxWait}
     * @throws CjApiException                with category DAILY_LIMIT or POINTS_EXHAUSTED while the account
     *                                       is blocked (see {@link #blockUntil(Instant, CjErrorCategory, String)}),
     *                                       or TRANSIENT when the waiting thread is interrupted
     */
    public void acquire() {
        long start = ticker.nanoTime();
        long seq = takePermit(start, maxWait);
        AccountRateLimiter ip = ipLimit;
        SharedRateBudget budget = shared;
        if (ip == null && budget == null) {
            return;
        }
        if (ip != null) {
            ip.takePermit(ticker.nanoTime(), remaining(start));
        }
        if (budget != null) {
            acquireShared(budget, start);
        }
        restamp(seq);
    }

    /** A permit within {@code wait}; in {@link #countOnly} mode (a per-IP limiter) taken at once, only counted. */
    private long takePermit(long start, Duration wait) {
        lock.lock();
        try {
            failIfBlocked();
            if (countOnly) {
                return grant(start, start, start);
            }
            Condition turn = lock.newCondition();
            queue.addLast(turn);
            try {
                return awaitTurn(turn, start, wait);
            } finally {
                queue.remove(turn);
                signalHead();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * As the per-IP limiter of {@link #alsoAcquire}: {@code true} counts every permit without making anyone wait
     * (one account alone, whose own QPS is below the IP's), so that when a second account arrives the window
     * already holds what the first one sent; {@code false} makes them queue.
     */
    public void countOnly(boolean countOnly) {
        this.countOnly = countOnly;
        lock.lock();
        try {
            signalHead();
        } finally {
            lock.unlock();
        }
    }

    private Duration remaining(long start) {
        Duration left = maxWait.minusNanos(ticker.nanoTime() - start);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * The request goes out only now, after the per-IP and shared permits: CJ counts its arrival from now on, so
     * the window counts from now too (unless later grants have already taken the slot).
     */
    private void restamp(long seq) {
        lock.lock();
        try {
            schedule.restamp(seq, ticker.nanoTime());
        } finally {
            lock.unlock();
        }
    }

    /** After the local permit: the shared budget's turn; a block another sharer recorded is adopted here. */
    private void acquireShared(SharedRateBudget budget, long start) {
        try {
            // a stable rate for the shared bucket, not the adaptive rate of this node
            budget.acquire(accountId, sharedRate(), window(), remaining(start));
        } catch (CjApiException e) {
            if (e.getResetAt() != null && (e.getCategory() == CjErrorCategory.DAILY_LIMIT
                    || e.getCategory() == CjErrorCategory.POINTS_EXHAUSTED)) {
                blockLocally(e.getResetAt(), e.getCategory(), "blocked by another node: " + e.getCategory());
            }
            throw e;
        }
    }

    /** The request of this thread's last permit was answered (or failed): see {@link SharedRateBudget#answered}. */
    public void answered(String operation) {
        SharedRateBudget budget = shared;
        if (budget != null) {
            budget.answered(accountId, operation);
        }
    }

    /** Shares this account's budget (and what CJ tells about it) with {@code budget}; null stops sharing. */
    public void share(SharedRateBudget budget) {
        this.shared = budget;
    }

    /**
     * Every permit of this account also takes one of {@code ip} (the per-IP limit several accounts of this
     * process share, FIFO across them); null stops it.
     */
    public void alsoAcquire(AccountRateLimiter ip) {
        this.ipLimit = ip;
    }

    /** @return the grant's number (for {@link #restamp}) */
    private long awaitTurn(Condition turn, long start, Duration wait) {
        long maxWaitNanos = wait.toNanos();
        while (true) {
            failIfBlocked();
            long now = ticker.nanoTime();
            long due = queue.peekFirst() == turn ? schedule.dueAt(start, resumeAtNanos, intervalNanos(now))
                    : Long.MAX_VALUE;
            if (due != Long.MAX_VALUE && due - now <= 0) {
                return grant(now, due, start);
            }
            long untilDeadline = maxWaitNanos - (now - start);
            if (untilDeadline <= 0) {
                timeouts++;
                throw new RateLimitWaitTimeoutException(accountId, queue.size(), pace.current(now), wait);
            }
            try {
                ticker.awaitNanos(turn, due == Long.MAX_VALUE ? untilDeadline : Math.min(due - now, untilDeadline));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CjApiException(null, CjErrorCategory.TRANSIENT,
                        "interrupted while waiting for a request permit of CJ account " + accountId);
            }
        }
    }

    private long grant(long now, long due, long start) {
        permitsGranted++;
        totalWaitNanos += now - start;
        return schedule.grant(now, due, intervalNanos(now));
    }

    private long intervalNanos(long now) {
        return Math.max(1L, Math.round(TimeUnit.SECONDS.toNanos(1) / pace.current(now)));
    }

    private void failIfBlocked() {
        try {
            block.failIfBlocked(ticker.now());
        } catch (CjApiException e) {
            blockedRejections++;
            throw e;
        }
    }

    private void signalHead() {
        Condition head = queue.peekFirst();
        if (head != null) {
            head.signal();
        }
    }

    /**
     * CJ answered 1600200 (per second): the rate is cut (see {@link AdaptiveRate}), or, when CJ's message states the
     * account's limit and it is lower than the allowed rate, the allowed rate becomes that limit; then the account
     * pauses for {@code pause} ({@link #backOff}).
     *
     * @param statedRate the limit CJ's message gives ("QPS limit is 1 time/1second"), 0 when it gives none
     */
    public void rateLimited(Duration pause, double statedRate) {
        lock.lock();
        try {
            long now = ticker.nanoTime();
            if (statedRate > 0 && statedRate < pace.allowedRate()) {
                LOG.warn("CJ account {}: CJ states a limit of {}/s, below the {}/s assumed; pacing at that from now on",
                        accountId, statedRate, pace.allowedRate());
                pace.setAllowedRate(statedRate);
                schedule.reset(pace.burst());
                rateCuts++;
            } else if (pace.decrease(now, schedule.burst() * intervalNanos(now))) {
                rateCuts++;
                LOG.info("CJ account {}: 1600200, pacing slows to {}/s (allowed {}/s)", accountId,
                        String.format(java.util.Locale.ROOT, "%.3f", pace.current(now)), pace.allowedRate());
            }
        } finally {
            lock.unlock();
        }
        backOff(pause);
    }

    /**
     * The account's allowed rate as learnt ({@code setting/get}'s {@code qpsLimit}): pacing restarts from its
     * ceiling and adapts from there.
     */
    public void setAllowedRate(double allowedRate) {
        lock.lock();
        try {
            if (allowedRate != pace.allowedRate()) {
                pace.setAllowedRate(allowedRate);
                schedule.reset(pace.burst());
                signalHead();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Pauses the whole account: no permit (waiting or future) is granted before now + {@code pause}.
     * Called after a 1600200 per-second answer, with the pause from {@link RetryBackoff#forRateLimit()}. Overlapping
     * back-offs do not add up: the later end wins.
     */
    public void backOff(Duration pause) {
        Objects.requireNonNull(pause, "pause");
        if (pause.isNegative()) {
            throw new IllegalArgumentException("pause must not be negative, was " + pause);
        }
        SharedRateBudget budget = shared;
        if (budget != null) {
            budget.backOff(accountId, pause);
        }
        lock.lock();
        try {
            long resumeAt = ticker.nanoTime() + pause.toNanos();
            if (resumeAt - resumeAtNanos > 0) {
                resumeAtNanos = resumeAt;
            }
            backOffs++;
            LOG.debug("CJ account {} backs off for {} ms ({} waiting)", accountId, pause.toMillis(), queue.size());
            signalHead();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks the account until {@code resetAt}: every waiting and new {@link #acquire()} fails at once with a
     * {@link CjApiException} of {@code category} carrying the reset instant, instead of retrying every second.
     * {@code category} is DAILY_LIMIT (1600200 "daily", 1600201) or POINTS_EXHAUSTED (16900500).
     * {@code reason} ends up in messages: no secrets.
     */
    public void blockUntil(Instant resetAt, CjErrorCategory category, String reason) {
        Objects.requireNonNull(resetAt, "resetAt");
        Objects.requireNonNull(category, "category");
        if (category != CjErrorCategory.DAILY_LIMIT && category != CjErrorCategory.POINTS_EXHAUSTED) {
            throw new IllegalArgumentException("category must be DAILY_LIMIT or POINTS_EXHAUSTED, was " + category);
        }
        SharedRateBudget budget = shared;
        if (budget != null) {
            budget.block(accountId, resetAt, category, reason);
        }
        blockLocally(resetAt, category, reason);
    }

    private void blockLocally(Instant resetAt, CjErrorCategory category, String reason) {
        lock.lock();
        try {
            block.extend(resetAt, category, reason);
            // every waiter must see the block, not only the head
            for (Condition waiter : queue) {
                waiter.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The rate paced at now (adaptive, at most {@link #allowedRate()}). */
    public double rate() {
        return underLock(() -> pace.current(ticker.nanoTime()));
    }

    /** The account's rate as known (explicit {@code qps}, or {@code setting/get}); pacing never exceeds it. */
    public double allowedRate() {
        return underLock(pace::allowedRate);
    }

    /** The allowed rate less the safety share and the margin, see {@link AdaptiveRate#sharedRate()}. */
    private double sharedRate() {
        return underLock(pace::sharedRate);
    }

    private CjRateWindow window() {
        lock.lock();
        try {
            return pace.window();
        } finally {
            lock.unlock();
        }
    }

    private double underLock(java.util.function.DoubleSupplier value) {
        lock.lock();
        try {
            return value.getAsDouble();
        } finally {
            lock.unlock();
        }
    }

    /** When the account is blocked (daily limit, points), the instant it resets; empty otherwise. */
    public Optional<Instant> blockedUntil() {
        lock.lock();
        try {
            return block.until(ticker.now());
        } finally {
            lock.unlock();
        }
    }

    public LimiterStats stats() {
        lock.lock();
        try {
            return new LimiterStats(permitsGranted, Duration.ofNanos(totalWaitNanos), backOffs, timeouts,
                    blockedRejections, queue.size(), pace.current(ticker.nanoTime()), pace.allowedRate(), rateCuts);
        } finally {
            lock.unlock();
        }
    }
}
