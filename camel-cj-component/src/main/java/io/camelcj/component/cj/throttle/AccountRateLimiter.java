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
 * Hands out request permits for one CJ account at {@code permitsPerSecond}, strictly first come,
 * first served.
 * <p>
 * Callers queue in arrival order; only the head of the queue watches the clock, and it takes its
 * permit once the interval since the previous permit has passed (and any back-off pause is over).
 * The next permit is spaced from the moment the previous one was really granted, so a late wake-up
 * never lets two requests through closer than the interval: CJ counts per second on its side.
 * A waiter gives up with {@link RateLimitWaitTimeoutException} after {@code maxWait}.
 */
public final class AccountRateLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(AccountRateLimiter.class);

    private final String accountId;
    private final Duration maxWait;
    private final Ticker ticker;
    private final ReentrantLock lock = new ReentrantLock();
    /** One condition per waiting thread, in arrival order; the first is the one whose turn is next. */
    private final ArrayDeque<Condition> queue = new ArrayDeque<>();

    private final double permitsPerSecond;
    private final long intervalNanos;

    // all fields below are guarded by lock
    private boolean anyGranted;
    private long lastGrantNanos;
    private long resumeAtNanos;
    private Instant blockedUntil;
    private CjErrorCategory blockCategory;
    private String blockReason;

    private long permitsGranted;
    private long totalWaitNanos;
    private long backOffs;
    private long timeouts;
    private long blockedRejections;
    /** Null unless a shared budget (cluster mode, per-IP limit) was bound; see {@link #share}. */
    private volatile SharedRateBudget shared;

    /**
     * @param accountId        shown in messages and logs: the {@code CjAccountId}, never the API key
     * @param permitsPerSecond the account's QPS (fractions allowed: 0.5 = one request every 2 s)
     * @param maxWait          how long {@link #acquire()} may wait before failing (zero: only if free now)
     * @param ticker           time source, {@link Ticker#system()} outside tests
     */
    public AccountRateLimiter(String accountId, double permitsPerSecond, Duration maxWait, Ticker ticker) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must not be negative, was " + maxWait);
        }
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.resumeAtNanos = ticker.nanoTime();
        if (!(permitsPerSecond > 0) || Double.isInfinite(permitsPerSecond)) {
            throw new IllegalArgumentException("permitsPerSecond must be a positive finite number, was " + permitsPerSecond);
        }
        this.permitsPerSecond = permitsPerSecond;
        this.intervalNanos = Math.max(1L, Math.round(TimeUnit.SECONDS.toNanos(1) / permitsPerSecond));
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
        lock.lock();
        try {
            failIfBlocked();
            Condition turn = lock.newCondition();
            queue.addLast(turn);
            try {
                awaitTurn(turn, start);
            } finally {
                queue.remove(turn);
                signalHead();
            }
        } finally {
            lock.unlock();
        }
        SharedRateBudget budget = shared;
        if (budget != null) {
            acquireShared(budget, start);
        }
    }

    /** After the local permit: the shared budget's turn; a block another sharer recorded is adopted here. */
    private void acquireShared(SharedRateBudget budget, long start) {
        Duration left = maxWait.minusNanos(ticker.nanoTime() - start);
        try {
            budget.acquire(accountId, rate(), left.isNegative() ? Duration.ZERO : left);
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

    private void awaitTurn(Condition turn, long start) {
        long maxWaitNanos = maxWait.toNanos();
        while (true) {
            failIfBlocked();
            long now = ticker.nanoTime();
            long untilPermit = queue.peekFirst() == turn ? nanosUntilNextPermit(now) : Long.MAX_VALUE;
            if (untilPermit <= 0) {
                anyGranted = true;
                lastGrantNanos = now;
                permitsGranted++;
                totalWaitNanos += now - start;
                return;
            }
            long untilDeadline = maxWaitNanos - (now - start);
            if (untilDeadline <= 0) {
                timeouts++;
                throw new RateLimitWaitTimeoutException(accountId, queue.size(), permitsPerSecond, maxWait);
            }
            try {
                ticker.awaitNanos(turn, Math.min(untilPermit, untilDeadline));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CjApiException(null, CjErrorCategory.TRANSIENT,
                        "interrupted while waiting for a request permit of CJ account " + accountId);
            }
        }
    }

    private long nanosUntilNextPermit(long now) {
        long untilInterval = anyGranted ? lastGrantNanos + intervalNanos - now : 0;
        return Math.max(untilInterval, resumeAtNanos - now);
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

    public double rate() {
        return permitsPerSecond;
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
                    blockedRejections, queue.size(), permitsPerSecond);
        } finally {
            lock.unlock();
        }
    }
}
