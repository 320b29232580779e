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
 * {@code n = floor(qps)} requests per {@code n / qps} seconds (the simulator counts the same way, at arrival), so
 * a permit is granted when both hold:
 * <ul>
 * <li>it is one interval ({@code 1 / rate}) after the previous permit's <em>scheduled</em> time: a late wake-up
 * under CPU load does not push every later permit back (the lost time is caught up, by at most one interval);</li>
 * <li>it is {@code n} intervals after the permit {@code n} grants ago, as really granted (and as really sent, see
 * {@link #acquire()}): whatever the wake-ups did, CJ never sees more than {@code n} in its window.</li>
 * </ul>
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
    /** The real grant times of the last {@link AdaptiveRate#burst()} permits (a ring), and their grant numbers. */
    private long[] grantTimes;
    private long[] grantSeqs;
    /** Number of the next grant, and the first grant number of the current window ring. */
    private long nextSeq;
    private long windowSince;
    private long lastDueNanos;
    private long resumeAtNanos;
    private Instant blockedUntil;
    private CjErrorCategory blockCategory;
    private String blockReason;

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
        resetWindow();
    }

    /** A new allowed rate may change CJ's window: count it afresh. */
    private void resetWindow() {
        grantTimes = new long[pace.burst()];
        grantSeqs = new long[pace.burst()];
        windowSince = nextSeq;
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
        long seq;
        lock.lock();
        try {
            failIfBlocked();
            Condition turn = lock.newCondition();
            queue.addLast(turn);
            try {
                seq = awaitTurn(turn, start, maxWait);
            } finally {
                queue.remove(turn);
                signalHead();
            }
        } finally {
            lock.unlock();
        }
        AccountRateLimiter ip = ipLimit;
        SharedRateBudget budget = shared;
        if (ip == null && budget == null) {
            return;
        }
        if (ip != null) {
            ip.acquire(remaining(start));
        }
        if (budget != null) {
            acquireShared(budget, start);
        }
        restamp(seq);
    }

    /**
     * A permit within {@code wait} (the per-IP limiter's turn, inside an account's {@link #acquire()}); in
     * {@link #countOnly} mode it is taken at once, only counted.
     */
    private void acquire(Duration wait) {
        long start = ticker.nanoTime();
        lock.lock();
        try {
            if (countOnly) {
                grant(start, start, start);
                return;
            }
            Condition turn = lock.newCondition();
            queue.addLast(turn);
            try {
                awaitTurn(turn, start, wait);
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

    public boolean isCountOnly() {
        return countOnly;
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
            int slot = (int) (seq % grantTimes.length);
            if (grantSeqs[slot] == seq + 1) {
                grantTimes[slot] = Math.max(grantTimes[slot], ticker.nanoTime());
            }
        } finally {
            lock.unlock();
        }
    }

    /** After the local permit: the shared budget's turn; a block another sharer recorded is adopted here. */
    private void acquireShared(SharedRateBudget budget, long start) {
        try {
            // a stable rate for the shared bucket, not the adaptive rate of this node
            budget.acquire(accountId, sharedRate(), remaining(start));
        } catch (CjApiException e) {
            if (e.getResetAt() != null && (e.getCategory() == CjErrorCategory.DAILY_LIMIT
                    || e.getCategory() == CjErrorCategory.POINTS_EXHAUSTED)) {
                blockLocally(e.getResetAt(), e.getCategory(), "blocked by another node: " + e.getCategory());
            }
            throw e;
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
            long due = queue.peekFirst() == turn ? nextPermitAt(now, start) : Long.MAX_VALUE;
            if (due != Long.MAX_VALUE && due - now <= 0) {
                return grant(now, due, start);
            }
            long untilDeadline = maxWaitNanos - (now - start);
            if (untilDeadline <= 0) {
                timeouts++;
                throw new RateLimitWaitTimeoutException(accountId, queue.size(), rateNow(now), wait);
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
        long seq = nextSeq++;
        int slot = (int) (seq % grantTimes.length);
        grantTimes[slot] = now;
        grantSeqs[slot] = seq + 1; // 0 marks a free slot
        // catch up a late wake-up, by one interval at most; the window rule keeps CJ's count
        lastDueNanos = Math.max(due, now - intervalNanos(now));
        totalWaitNanos += now - start;
        return seq;
    }

    /** When the head (which arrived at {@code headStart}) may take its permit. */
    private long nextPermitAt(long now, long headStart) {
        long interval = intervalNanos(now);
        long due = Math.max(headStart, resumeAtNanos);
        if (nextSeq > 0) {
            due = Math.max(due, lastDueNanos + interval);
        }
        int n = grantTimes.length;
        if (nextSeq - windowSince >= n) {
            long oldest = grantTimes[(int) (nextSeq % n)]; // the permit n grants ago
            due = Math.max(due, oldest + n * interval);
        }
        return due;
    }

    private long intervalNanos(long now) {
        return Math.max(1L, Math.round(TimeUnit.SECONDS.toNanos(1) / pace.current(now)));
    }

    private double rateNow(long now) {
        return pace.current(now);
    }

    private void failIfBlocked() {
        if (blockedUntil == null) {
            return;
        }
        if (ticker.now().isBefore(blockedUntil)) {
            blockedRejections++;
            throw new CjApiException(null, 0, null,
                    "CJ account " + accountId + " is blocked: " + blockReason + "; requests resume at " + blockedUntil,
                    null, blockCategory, false, blockedUntil, null);
        }
        LOG.info("CJ account {} unblocked: {} reset at {}", accountId, blockReason, blockedUntil);
        blockedUntil = null;
        blockCategory = null;
        blockReason = null;
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
                resetWindow();
                rateCuts++;
            } else if (pace.decrease(now, grantTimes.length * intervalNanos(now))) {
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
                resetWindow();
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
            if (blockedUntil == null || resetAt.isAfter(blockedUntil)) {
                blockedUntil = resetAt;
                blockCategory = category;
                blockReason = reason == null || reason.isBlank() ? category.name().toLowerCase(java.util.Locale.ROOT) : reason;
                LOG.warn("CJ account {} blocked until {}: {}", accountId, resetAt, blockReason);
            }
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
        lock.lock();
        try {
            return pace.current(ticker.nanoTime());
        } finally {
            lock.unlock();
        }
    }

    /** The account's rate as known (explicit {@code qps}, or {@code setting/get}); pacing never exceeds it. */
    public double allowedRate() {
        lock.lock();
        try {
            return pace.allowedRate();
        } finally {
            lock.unlock();
        }
    }

    /** The allowed rate less the margin, see {@link AdaptiveRate#sharedRate()}. */
    private double sharedRate() {
        lock.lock();
        try {
            return pace.sharedRate();
        } finally {
            lock.unlock();
        }
    }

    /** When the account is blocked (daily limit, points), the instant it resets; empty otherwise. */
    public Optional<Instant> blockedUntil() {
        lock.lock();
        try {
            return blockedUntil != null && ticker.now().isBefore(blockedUntil) ? Optional.of(blockedUntil) : Optional.empty();
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
