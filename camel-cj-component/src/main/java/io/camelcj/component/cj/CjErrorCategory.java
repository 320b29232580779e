package io.camelcj.component.cj;

/**
 * What kind of failure a CJ call ended with. Every CJ error code maps to exactly one category
 * (see {@code io.camelcj.component.cj.envelope.CjErrorCodes}); routes use it in {@code onException}.
 */
public enum CjErrorCategory {
    /** Bad/expired API key or token, account not authorised (1600001..1600031, 1601000). */
    AUTHENTICATION(false, true),
    /** Per-second QPS limit hit (1600200 "Too Many Requests"). Retried by the producer with back-off. */
    RATE_LIMIT(true, false),
    /** Daily request quota used up (1600200 "...daily...", 1600201). Not retried until it resets. */
    DAILY_LIMIT(false, true),
    /** Daily API points budget used up (16900500). Not retried until it resets. */
    POINTS_EXHAUSTED(false, true),
    /** The request was rejected as invalid (1600300, 169002xx, local validation). */
    INVALID_PARAMETER(false, false),
    /** The product, variant, order or logistic does not exist (1602000, 1602001, 1603100...). */
    NOT_FOUND(false, false),
    /** An order with this orderNumber already exists (1603003). */
    DUPLICATE_ORDER(false, false),
    /** The account balance cannot pay (1604000). */
    INSUFFICIENT_BALANCE(false, false),
    /** Temporary server or network trouble (I/O, time-outs, 5xx, 1600000, 1600301). */
    TRANSIENT(true, false),
    /** Any other failure that will fail again if repeated unchanged. */
    PERMANENT(false, false);

    private final boolean retryable;
    private final boolean accountWide;

    CjErrorCategory(boolean retryable, boolean accountWide) {
        this.retryable = retryable;
        this.accountWide = accountWide;
    }

    /** Whether a failure of this category may succeed when the same request is sent again later. */
    public boolean isRetryable() {
        return retryable;
    }

    /**
     * Whether every call of the account would fail the same way until the account is fixed or its quota
     * resets ({@link CjApiException#getResetAt()}): a job should stop or pause, not give up on its data.
     * A per-second {@link #RATE_LIMIT} is not account-wide: it only asks to wait.
     */
    public boolean isAccountWide() {
        return accountWide;
    }
}
