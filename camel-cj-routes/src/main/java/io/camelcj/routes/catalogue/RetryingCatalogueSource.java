package io.camelcj.routes.catalogue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.throttle.RetryBackoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue sync's one retry layer (issue 16, finding 4): a sync must not fail on weather. A retryable
 * failure is tried again against a run-level time budget instead of a per-call count — a per-second 1600200 after
 * {@code rate-limit-pause}, a transient failure (5xx, I/O, system busy) after the component's back-off formula
 * from {@code retry-pause} up to {@code retry-pause-max} — until the run has spent {@code retry-budget} waiting;
 * only then, or on an account-wide or permanent failure, is the failure passed on. The sync's {@code cj:} endpoints
 * run with {@code maxRetries=0} by default ({@code camel.cj.sync.cj.max-retries}), so no call is retried twice.
 */
final class RetryingCatalogueSource implements CatalogueSource {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingCatalogueSource.class);
    private static final double RATE_LIMIT_JITTER = 0.5;

    private final CatalogueSource delegate;
    private final Duration budget;
    private final RetryBackoff transientBackoff;
    private final RetryBackoff rateLimitBackoff;
    /** Waiting spent by the current run, summed over its threads. */
    private final AtomicLong spentNanos = new AtomicLong();

    RetryingCatalogueSource(CatalogueSource delegate, Duration budget, Duration retryPause, Duration retryPauseMax,
                            Duration rateLimitPause) {
        this.delegate = delegate;
        this.budget = budget;
        this.transientBackoff = RetryBackoff.forTransientFailures(retryPause, retryPauseMax);
        // a per-second limit clears within the second: wait as long each time, never longer
        this.rateLimitBackoff = new RetryBackoff(rateLimitPause, rateLimitPause, RATE_LIMIT_JITTER,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** A new run gets the whole budget. */
    void startRun() {
        spentNanos.set(0);
    }

    /** Time the current run has spent waiting to retry. */
    Duration spent() {
        return Duration.ofNanos(spentNanos.get());
    }

    @Override
    public List<Map<String, Object>> categoryTree() {
        return retry(delegate::categoryTree);
    }

    @Override
    public ListingPage listing(Map<String, String> params, int page, int size) {
        return retry(() -> delegate.listing(params, page, size));
    }

    @Override
    public Optional<Map<String, Object>> product(String pid) {
        return retry(() -> delegate.product(pid));
    }

    @Override
    public List<Map<String, Object>> variants(String pid) {
        return retry(() -> delegate.variants(pid));
    }

    @Override
    public Map<String, Object> inventory(String pid) {
        return retry(() -> delegate.inventory(pid));
    }

    private <T> T retry(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (CjApiException e) {
                if (!e.isRetryable() || e.getCategory().isAccountWide()) {
                    throw e;
                }
                Duration pause = (e.getCategory() == CjErrorCategory.RATE_LIMIT ? rateLimitBackoff : transientBackoff)
                        .delay(attempt);
                if (spentNanos.addAndGet(pause.toNanos()) > budget.toNanos()) {
                    LOG.warn("Catalogue sync retry budget ({}) spent: giving up on {}", budget, e.getMessage());
                    throw e;
                }
                LOG.debug("Catalogue sync: {} failed ({}); retry {} in {} ms", e.getOperation(), e.getCategory(),
                        attempt, pause.toMillis());
                sleep(pause);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogueSyncException("Interrupted while waiting to retry a CJ call", e);
        }
    }
}
