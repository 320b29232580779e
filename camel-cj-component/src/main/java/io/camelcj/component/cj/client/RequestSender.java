package io.camelcj.component.cj.client;

import io.camelcj.component.cj.api.ApiOperation;
import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.api.RetrySafety;
import io.camelcj.component.cj.envelope.Envelope;
import io.camelcj.component.cj.envelope.EnvelopeReader;
import io.camelcj.component.cj.http.CjHttpTransport;
import io.camelcj.component.cj.http.HttpResult;
import io.camelcj.component.cj.http.TransportException;
import io.camelcj.component.cj.throttle.AccountRateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

/**
 * Sends one prepared request once: takes a request permit of the account, sets the headers, sends, and
 * reads the envelope with the success rule. The one send path of every CJ call, the token manager's
 * authentication calls included; deciding whether to try again is {@link CjApiClient}'s job.
 */
final class RequestSender {

    static final String ACCESS_TOKEN_HEADER = "CJ-Access-Token";
    static final String PLATFORM_TOKEN_HEADER = "platformToken";
    private static final Logger LOG = LoggerFactory.getLogger(RequestSender.class);

    private final CjHttpTransport transport;
    private final EnvelopeReader reader;
    private final AccountRateLimiter limiter;

    RequestSender(CjHttpTransport transport, EnvelopeReader reader, AccountRateLimiter limiter) {
        this.transport = transport;
        this.reader = reader;
        this.limiter = limiter;
    }

    /**
     * @param accessToken the {@code CJ-Access-Token} to send, null for the calls that take none
     * @throws CjApiException when no permit is granted (blocked account, queue time-out) or the thread is interrupted
     */
    Attempt send(PreparedRequest prepared, String accessToken) {
        ApiOperation op = prepared.operation();
        limiter.acquire();
        Map<String, String> headers = new HashMap<>();
        if (accessToken != null) {
            headers.put(ACCESS_TOKEN_HEADER, accessToken);
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
            // no answer: TRANSIENT, with the transport's cause
            return Attempt.failed(new CjApiException(op.path(), 0, null, e.getMessage(), null,
                    CjErrorCategory.TRANSIENT, true, null, e), e.mayHaveReachedServer());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CjApiException interrupted = new CjApiException(op.path(), CjErrorCategory.TRANSIENT,
                    "interrupted while calling CJ");
            // a write cut off mid-send may have been processed
            throw op.safety() == RetrySafety.SAFE ? interrupted : interrupted.withOutcomeUnknown();
        } finally {
            limiter.answered(op.path());
        }
        Envelope env = reader.read(result.status(), result.body());
        if (LOG.isDebugEnabled()) {
            LOG.debug("CJ {} {} -> HTTP {} code {} requestId {} in {} ms", op.method(), op.path(), result.status(),
                    env.code(), env.requestId(), (System.nanoTime() - start) / 1_000_000);
        }
        return env.isSuccess() ? Attempt.ok(env) : Attempt.failed(env, reader.failure(op.path(), env));
    }

    /**
     * What one attempt produced: a successful envelope, or a failure (with the envelope when CJ answered).
     *
     * @param mayHaveReachedServer false only when the request certainly never reached CJ
     */
    record Attempt(Envelope envelope, CjApiException failure, boolean mayHaveReachedServer) {

        static Attempt ok(Envelope env) {
            return new Attempt(env, null, true);
        }

        /** A failed answer: CJ received the request and refused it. */
        static Attempt failed(Envelope env, CjApiException failure) {
            return new Attempt(env, failure, true);
        }

        static Attempt failed(CjApiException failure, boolean mayHaveReachedServer) {
            return new Attempt(null, failure, mayHaveReachedServer);
        }

        boolean succeeded() {
            return failure == null;
        }
    }
}
