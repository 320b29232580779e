package io.camelcj.component.cj.client;

import io.camelcj.component.cj.api.ApiOperation;
import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.component.cj.api.RetrySafety;
import io.camelcj.component.cj.envelope.CjErrorCodes;
import io.camelcj.component.cj.throttle.RetryBackoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Performs CJ calls for one account; knows nothing of Camel. The component's one retry layer:
 * <ol>
 * <li>take a valid access token (token manager); send once ({@link RequestSender}: permit, HTTP, envelope);</li>
 * <li>1600001: renew the token once and replay;</li>
 * <li>1600200 per second: pause the whole account ({@link RetryBackoff#forRateLimit()}) and retry, at most
 * {@code maxRetries} times;</li>
 * <li>daily limit / points: block the account until the reset and fail at once;</li>
 * <li>transient failures (I/O, time-out, 5xx, 1600000, 1600301): retry after the endpoint's back-off, at most
 * {@code maxRetries} times, when the operation is safe to repeat or the request certainly never reached CJ;
 * a write that may have reached CJ fails with {@link CjApiException#isOutcomeUnknown()};</li>
 * <li>order creation after an ambiguous failure: look the order up by orderNumber (even with no retry left)
 * and re-send only if it does not exist.</li>
 * </ol>
 * Every failure is a {@link CjApiException}.
 */
public final class CjApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(CjApiClient.class);

    private final CjAccount account;
    private final RequestSender sender;
    private final RequestFactory requests;
    private final RetryBackoff rateLimitBackoff = RetryBackoff.forRateLimit();

    CjApiClient(CjAccount account, RequestSender sender, RequestFactory requests) {
        this.account = account;
        this.sender = sender;
        this.requests = requests;
    }

    /**
     * Calls a (non-authentication) operation.
     *
     * @throws io.camelcj.component.cj.CjValidationException before sending, when a parameter is invalid
     * @throws CjApiException                                when the call failed for good
     */
    public CjResponse execute(CjRequest request, RetrySettings retry) {
        if (request.operation().isAuthentication()) {
            throw new IllegalArgumentException(request.operation().path()
                    + " is performed by the account's token manager, not as a plain call");
        }
        try {
            account.quotas().failIfBlocked(request.operation().path(), account.clock().instant());
            AccountRateSource rateSource = account.rateSource();
            if (rateSource != null && request.operation() != CjOperation.SETTING_GET) {
                rateSource.refresh(() -> readSettings(retry)); // qps not given: the account tells it
            }
            PreparedRequest prepared = requests.prepare(request);
            CjResponse response = new Call(prepared, retry, request).run();
            account.status().success(account.clock().instant(), response.envelope().pointsRemaining());
            return response;
        } catch (CjApiException e) {
            account.status().failure(account.clock().instant(), e);
            throw e;
        }
    }

    /** The state of one call: its attempts so far and the token in use. */
    private final class Call {
        private final PreparedRequest prepared;
        private final RetrySettings retry;
        private final CjRequest request;
        private final ApiOperation op;
        private int transientRetries;
        private int rateLimitRetries;
        private boolean tokenRenewed;
        private String token;
        /** The token CJ rejected (1600001), while its renewal is still to be done. */
        private String rejectedToken;

        Call(PreparedRequest prepared, RetrySettings retry, CjRequest request) {
            this.prepared = prepared;
            this.retry = retry;
            this.request = request;
            this.op = prepared.operation();
        }

        CjResponse run() {
            while (true) {
                if (op.tokenRequired() && token == null && !takeToken()) {
                    continue;
                }
                RequestSender.Attempt attempt = sender.send(prepared, token);
                if (attempt.succeeded()) {
                    return new CjResponse(op, attempt.envelope(), false);
                }
                CjApiException failure = attempt.failure();
                if (op.tokenRequired() && !tokenRenewed && CjErrorCodes.isAccessTokenRejected(failure.getCjCode())) {
                    tokenRenewed = true;
                    LOG.info("CJ {} rejected the access token of account {}: renewing and replaying",
                            op.path(), account.accountId());
                    rejectedToken = token;
                    token = null;
                    continue;
                }
                switch (failure.getCategory()) {
                    case RATE_LIMIT:
                        pauseAccountOrGiveUp(failure, attempt.envelope());
                        continue;
                    case DAILY_LIMIT:
                    case POINTS_EXHAUSTED:
                        throw blockUntilReset(failure);
                    case TRANSIENT:
                        CjResponse recovered = handleTransient(failure, attempt.mayHaveReachedServer());
                        if (recovered != null) {
                            return recovered;
                        }
                        continue;
                    default:
                        throw failure;
                }
            }
        }

        /**
         * Takes a valid access token (renewing the rejected one if there is one). A transient failure of the token
         * call (getAccessToken, refreshAccessToken: 5xx, reset, time-out) is retried like one of the call itself,
         * with the same count and back-off: this call was not sent, so repeating it is safe. Returns false when
         * the caller should try again; throws any other failure, or the transient one when no retry is left.
         */
        private boolean takeToken() {
            try {
                token = rejectedToken == null ? account.tokens().accessToken()
                        : account.tokens().renewAfterRejection(rejectedToken);
                rejectedToken = null;
                return true;
            } catch (CjApiException e) {
                if (e.getCategory() != CjErrorCategory.TRANSIENT) {
                    throw e;
                }
                handleTransient(e, false);
                return false;
            }
        }

        /**
         * A used-up quota or budget: blocks the account, or for a quota of one URL only this operation,
         * until the reset. A 1600201 is matched with the account's quotas (setting/get), whose window tells
         * the reset; otherwise (daily limit, points) the next midnight in China time.
         */
        private CjApiException blockUntilReset(CjApiException failure) {
            CjApiException blocked = failure;
            String reason = failure.getCategory() == CjErrorCategory.DAILY_LIMIT
                    ? "daily request limit reached" : "API points exhausted";
            if (CjErrorCodes.isQuotaUsedUp(failure.getCjCode()) && op != CjOperation.SETTING_GET) {
                Optional<AccountQuotas.Quota> quota = account.quotas().quotaFor(op.path(), () -> readSettings(retry));
                if (quota.isPresent()) {
                    blocked = failure.withResetAt(quota.get().window().nextReset(account.clock().instant()));
                    reason = "request quota " + quota.get().url() + " per " + quota.get().window() + " used up";
                    if (!quota.get().coversEveryOperation()) {
                        LOG.warn("CJ {}: its quota ({} per {}) is used up; this operation is blocked until {}",
                                op.path(), quota.get().url(), quota.get().window(), blocked.getResetAt());
                        account.quotas().block(op.path(), blocked);
                        return blocked;
                    }
                }
            }
            account.limiter().blockUntil(blocked.getResetAt(), blocked.getCategory(), reason);
            return blocked;
        }


        /**
         * 1600200 per second: CJ refused the request, so repeating it is safe for every operation. The pacing slows
         * down (to the limit CJ's message states, when it states one and qps was not given) before the pause.
         */
        private void pauseAccountOrGiveUp(CjApiException failure, io.camelcj.component.cj.envelope.Envelope env) {
            Duration pause = rateLimitBackoff.delay(rateLimitRetries + 1);
            LOG.warn("CJ {} answered 'too many requests' for account {}: pausing the account {} ms",
                    op.path(), account.accountId(), pause.toMillis());
            // the limit CJ's message states refines a learnt rate; an explicit qps wins over it
            double stated = account.settings().qpsGiven() ? 0
                    : CjErrorCodes.statedQpsLimit(failure.getCjCode(), env == null ? null : env.message());
            // also when this call gives up: the account's other calls must not run into the same refusal, and the
            // 1600200 is counted (cj.rate.limited) like every other
            account.limiter().rateLimited(pause, stated);
            if (rateLimitRetries >= retry.maxRetries()) {
                throw failure;
            }
            rateLimitRetries++;
        }

        /** Decides about a transient failure: returns a recovered order, or null to send again; else throws. */
        private CjResponse handleTransient(CjApiException failure, boolean mayHaveReachedServer) {
            boolean ambiguous = mayHaveReachedServer && op.safety() != RetrySafety.SAFE;
            if (ambiguous && op.safety() == RetrySafety.UNSAFE) {
                throw failure.withOutcomeUnknown(); // CJ may have done it: repeating could do it twice
            }
            if (ambiguous) {
                // an order may have been created: find out even when no retry is left
                CjResponse existing = lookUpOrder(failure);
                if (existing != null) {
                    return existing;
                }
            }
            if (transientRetries >= retry.maxRetries()) {
                throw failure;
            }
            transientRetries++;
            Duration pause = retry.transientBackoff().delay(transientRetries);
            LOG.warn("CJ {} failed transiently ({}); retry {}/{} in {} ms", op.path(), failure.getMessage(),
                    transientRetries, retry.maxRetries(), pause.toMillis());
            sleep(pause);
            return null;
        }

        /**
         * After an ambiguous create-order failure: the order exists if getOrderDetail finds its
         * orderNumber. Returns that answer, null when it does not exist; throws the original failure,
         * marked outcome-unknown, when the look-up itself cannot tell.
         */
        private CjResponse lookUpOrder(CjApiException failure) {
            Object orderNumber = request.params().get("orderNumber");
            LOG.warn("CJ {} ended ambiguously ({}); looking order {} up before sending it again", op.path(),
                    failure.getMessage(), orderNumber);
            try {
                CjResponse found = execute(CjRequest.of(CjOperation.ORDER_DETAIL,
                        Map.of("orderId", String.valueOf(orderNumber))), retry);
                if (found.envelope().data() != null) {
                    LOG.info("order {} exists at CJ: not sending it again", orderNumber);
                    return new CjResponse(op, found.envelope(), true);
                }
                return null;
            } catch (CjApiException lookup) {
                if (lookup.getCategory() == CjErrorCategory.NOT_FOUND) {
                    return null;
                }
                CjApiException unknown = failure.withOutcomeUnknown();
                unknown.addSuppressed(lookup);
                throw unknown;
            }
        }
    }

    /** setting/get's data, tried once (the account's tier and quotas; see {@link AccountSettingCache}). */
    private Object readSettings(RetrySettings retry) {
        return execute(CjRequest.of(CjOperation.SETTING_GET, Map.of()),
                new RetrySettings(0, retry.transientBackoff())).envelope().data();
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CjApiException(null, CjErrorCategory.TRANSIENT, "interrupted while waiting to retry");
        }
    }
}
