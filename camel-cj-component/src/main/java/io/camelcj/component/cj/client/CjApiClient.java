package io.camelcj.component.cj.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.component.cj.api.RetrySafety;
import io.camelcj.component.cj.envelope.CjErrorCodes;
import io.camelcj.component.cj.envelope.Envelope;
import io.camelcj.component.cj.envelope.EnvelopeReader;
import io.camelcj.component.cj.http.CjHttpTransport;
import io.camelcj.component.cj.http.HttpResult;
import io.camelcj.component.cj.http.TransportException;
import io.camelcj.component.cj.throttle.JitteredBackoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Performs CJ calls for one account; knows nothing of Camel. The one place where the call flow and
 * retry policy live:
 * <ol>
 * <li>take a valid access token (token manager) and a request permit (rate limiter);</li>
 * <li>send; read the envelope with the success rule;</li>
 * <li>1600001: renew the token once and replay; 1600200 per second: pause the whole account with
 * jitter and retry; daily limit / points: block the account until the reset and fail;</li>
 * <li>transient failures (I/O, time-out, 5xx, 1600000, 1600301): retry with exponential back-off when
 * the operation is safe to repeat, or when the request certainly never reached CJ;</li>
 * <li>order creation after an ambiguous failure: look the order up by orderNumber and re-send only
 * if it does not exist.</li>
 * </ol>
 */
public final class CjApiClient {

    public static final String ACCESS_TOKEN_HEADER = "CJ-Access-Token";
    static final String PLATFORM_TOKEN_HEADER = "platformToken";
    private static final Logger LOG = LoggerFactory.getLogger(CjApiClient.class);

    private final CjAccount account;
    private final CjHttpTransport transport;
    private final EnvelopeReader reader;
    private final RequestFactory requests;
    private final JitteredBackoff rateLimitBackoff = JitteredBackoff.forRateLimit();

    CjApiClient(CjAccount account, CjHttpTransport transport, EnvelopeReader reader, ObjectMapper mapper) {
        this.account = account;
        this.transport = transport;
        this.reader = reader;
        this.requests = new RequestFactory(mapper);
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
        PreparedRequest prepared = requests.prepare(request);
        try {
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
        private final CjOperation op;
        private int transientRetries;
        private int rateLimitRetries;
        private boolean tokenRenewed;
        private String token;

        Call(PreparedRequest prepared, RetrySettings retry, CjRequest request) {
            this.prepared = prepared;
            this.retry = retry;
            this.request = request;
            this.op = prepared.operation();
        }

        CjResponse run() {
            while (true) {
                Outcome outcome = attempt();
                if (outcome.envelope != null && outcome.envelope.isSuccess()) {
                    return new CjResponse(op, outcome.envelope, false);
                }
                CjApiException failure = outcome.failure;
                if (isTokenRejection(outcome) && op.tokenRequired() && !tokenRenewed) {
                    // 1600001: the token was rejected (revoked, logged out elsewhere): renew once and replay
                    tokenRenewed = true;
                    LOG.info("CJ {} rejected the access token of account {}: renewing and replaying",
                            op.path(), account.accountId());
                    token = account.tokens().renewAfterRejection(token);
                    continue;
                }
                switch (failure.getCategory()) {
                    case RATE_LIMIT:
                        if (rateLimitRetries++ < retry.maxRetries()) {
                            Duration pause = rateLimitBackoff.delay(rateLimitRetries);
                            LOG.warn("CJ {} answered 'too many requests' for account {}: pausing the account {} ms",
                                    op.path(), account.accountId(), pause.toMillis());
                            account.limiter().backOff(pause);
                            continue;
                        }
                        throw failure;
                    case DAILY_LIMIT:
                    case POINTS_EXHAUSTED:
                        account.limiter().blockUntil(failure.getResetAt(), failure.getCategory(),
                                failure.getCategory() == CjErrorCategory.DAILY_LIMIT
                                        ? "daily request limit reached" : "API points exhausted");
                        throw failure;
                    case TRANSIENT:
                        CjResponse recovered = handleTransient(failure, outcome.mayHaveReachedServer);
                        if (recovered != null) {
                            return recovered;
                        }
                        continue;
                    default:
                        throw failure;
                }
            }
        }

        private boolean isTokenRejection(Outcome outcome) {
            return outcome.envelope != null && Integer.valueOf(CjErrorCodes.TOKEN_INVALID).equals(outcome.envelope.code());
        }

        /** Decides about a transient failure: returns a recovered order, or null to send again; else throws. */
        private CjResponse handleTransient(CjApiException failure, boolean mayHaveReachedServer) {
            boolean safe = op.safety() == RetrySafety.SAFE || !mayHaveReachedServer;
            if (!safe && op.safety() == RetrySafety.UNSAFE) {
                throw failure; // CJ may have done it: repeating could do it twice
            }
            if (!safe) {
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
            Duration pause = retry.backoff(transientRetries);
            LOG.warn("CJ {} failed transiently ({}); retry {}/{} in {} ms", op.path(), failure.getMessage(),
                    transientRetries, retry.maxRetries(), pause.toMillis());
            sleep(jittered(pause));
            return null;
        }

        /**
         * After an ambiguous create-order failure: the order exists if getOrderDetail finds its
         * orderNumber. Returns that answer, null when it does not exist; throws the original failure
         * when the look-up itself cannot tell.
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
                failure.addSuppressed(lookup);
                throw failure;
            }
        }

        private Outcome attempt() {
            if (op.tokenRequired() && token == null) {
                token = account.tokens().accessToken();
            }
            account.limiter().acquire();
            Map<String, String> headers = new HashMap<>();
            if (token != null) {
                headers.put(ACCESS_TOKEN_HEADER, token);
            }
            if (prepared.contentType() != null) {
                headers.put("Content-Type", prepared.contentType());
            }
            if (prepared.platformToken() != null && !prepared.platformToken().isEmpty()) {
                headers.put(PLATFORM_TOKEN_HEADER, prepared.platformToken());
            }
            long start = System.nanoTime();
            HttpResult result;
            try {
                result = transport.send(op.method(), transport.uri(op.path(), prepared.query()), headers, prepared.body());
            } catch (TransportException e) {
                return Outcome.failed(new CjApiException(op.path(), 0, null, e.getMessage(), null,
                        CjErrorCategory.TRANSIENT, true, null, e), e.mayHaveReachedServer());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CjApiException(op.path(), CjErrorCategory.TRANSIENT, "interrupted while calling CJ");
            }
            Envelope env = reader.read(result.status(), result.body());
            if (LOG.isDebugEnabled()) {
                LOG.debug("CJ {} {} -> HTTP {} code {} requestId {} in {} ms", op.method(), op.path(), result.status(),
                        env.code(), env.requestId(), (System.nanoTime() - start) / 1_000_000);
            }
            return env.isSuccess() ? Outcome.ok(env) : Outcome.failed(env, reader.failure(op.path(), env));
        }
    }

    /** What one attempt produced: a successful envelope, or a failure (with or without envelope). */
    private static final class Outcome {
        final Envelope envelope;
        final CjApiException failure;
        final boolean mayHaveReachedServer;

        private Outcome(Envelope envelope, CjApiException failure, boolean mayHaveReachedServer) {
            this.envelope = envelope;
            this.failure = failure;
            this.mayHaveReachedServer = mayHaveReachedServer;
        }

        static Outcome ok(Envelope env) {
            return new Outcome(env, null, true);
        }

        /** A failed answer: CJ received the request. */
        static Outcome failed(Envelope env, CjApiException failure) {
            return new Outcome(env, failure, true);
        }

        static Outcome failed(CjApiException failure, boolean mayHaveReachedServer) {
            return new Outcome(null, failure, mayHaveReachedServer);
        }
    }


    private static Duration jittered(Duration pause) {
        long extra = (long) (pause.toMillis() * 0.2 * ThreadLocalRandom.current().nextDouble());
        return pause.plusMillis(extra);
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
