package io.camelcj.observability.metrics;

/**
 * The names of every camel-cj meter (Micrometer's dotted form; Prometheus shows {@code cj.calls} as
 * {@code cj_calls_seconds_count} etc.). Listed with their tags in src/docs/metrics.md.
 */
public final class CjMeterNames {

    /** Timer: CJ calls made through cj: endpoints; tags account, operation, code, category. */
    public static final String CALLS = "cj.calls";
    /** Function counter: 1600200 "too many requests" answers (each pauses the account); tag account. */
    public static final String RATE_LIMITED = "cj.rate.limited";
    /** Function timer: time calls waited for a permit of the account's rate limiter; tag account. */
    public static final String LIMITER_WAIT = "cj.limiter.wait";
    /** Gauge: threads waiting for a permit right now; tag account. */
    public static final String LIMITER_QUEUE = "cj.limiter.queue";
    /** Gauge: the limiter's current rate in permits per second; tag account. */
    public static final String LIMITER_RATE = "cj.limiter.rate";
    /** Function counter: permit requests that gave up after maxPermitWait; tag account. */
    public static final String LIMITER_TIMEOUTS = "cj.limiter.timeouts";
    /** Function counter: permit requests refused at once because the account was blocked; tag account. */
    public static final String LIMITER_BLOCKED = "cj.limiter.blocked.rejections";
    /** Gauge: epoch seconds until which the account is blocked (daily limit, points), 0 when not blocked. */
    public static final String BLOCKED_UNTIL = "cj.blocked.until";
    /** Gauge: pointsInfo.remaining of the latest answer that carried one, NaN before; tag account. */
    public static final String POINTS_REMAINING = "cj.points.remaining";
    /** Function counter: token renewals; tags account, kind (refresh = refreshAccessToken, obtain = getAccessToken). */
    public static final String TOKEN_RENEWALS = "cj.token.renewals";
    /** Gauge: seconds until the access token expires (negative once expired, NaN without a token); tag account. */
    public static final String TOKEN_EXPIRY = "cj.token.access.expires.in";

    /** Gauge: 1 while a catalogue sync run is in progress, else 0. */
    public static final String SYNC_RUNNING = "cj.sync.running";
    /** Gauge: products seen by the run in progress (0 between runs). */
    public static final String SYNC_PRODUCTS = "cj.sync.products.seen";
    /** Gauge: listing pages walked by the run in progress. */
    public static final String SYNC_PAGES_DONE = "cj.sync.pages.done";
    /** Gauge: listing pages known to the run in progress. */
    public static final String SYNC_PAGES_KNOWN = "cj.sync.pages.known";
    /** Gauge: estimated seconds left for the run in progress (pages left at the pace so far), NaN if unknown. */
    public static final String SYNC_ETA = "cj.sync.eta";
    /** Function counter: CJ calls made by the catalogue sync since start-up. */
    public static final String SYNC_CALLS = "cj.sync.calls";
    /** Gauge: products in the sync state. */
    public static final String SYNC_STATE_PRODUCTS = "cj.sync.state.products";
    /** Function counter: finished runs; tag status (SUCCEEDED, PARTIAL, FAILED, SKIPPED). */
    public static final String SYNC_RUNS = "cj.sync.runs";

    /** Counter: order records handled by the order push; tag outcome (placed, dead_lettered). */
    public static final String ORDERS = "cj.orders";
    /** Function counter: answers of the webhook receiver; tags route, status (ACCEPTED, DUPLICATE, FORGED, ...). */
    public static final String WEBHOOK_ANSWERS = "cj.webhook.answers";

    private CjMeterNames() {
    }
}
