package io.camelcj.component.cj.client;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.component.cj.auth.CjTokens;
import io.camelcj.component.cj.auth.TokenApi;
import io.camelcj.component.cj.envelope.Envelope;

import java.time.Clock;
import java.util.Map;

/**
 * The authentication calls, sent through the same path as every other call ({@link RequestFactory}
 * validates the parameters against the catalogue, {@link RequestSender} takes a request permit so that a
 * refresh never pushes the account over its QPS). No retries here: the token manager decides when to
 * call (getAccessToken is limited to once per 5 minutes).
 */
final class CjAuthApi implements TokenApi {

    private final RequestSender sender;
    private final RequestFactory requests;
    private final Clock clock;

    CjAuthApi(RequestSender sender, RequestFactory requests, Clock clock) {
        this.sender = sender;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public CjTokens getAccessToken(String apiKey) {
        return tokens(CjOperation.GET_ACCESS_TOKEN, call(CjOperation.GET_ACCESS_TOKEN, Map.of("apiKey", apiKey), null));
    }

    @Override
    public CjTokens refreshAccessToken(String refreshToken) {
        return tokens(CjOperation.REFRESH_ACCESS_TOKEN, call(CjOperation.REFRESH_ACCESS_TOKEN, Map.of("refreshToken", refreshToken), null));
    }

    @Override
    public void logout(String accessToken) {
        call(CjOperation.LOGOUT, Map.of(), accessToken);
    }

    private Envelope call(CjOperation op, Map<String, Object> params, String accessToken) {
        RequestSender.Attempt attempt = sender.send(requests.prepare(CjRequest.of(op, params)), accessToken);
        if (!attempt.succeeded()) {
            throw attempt.failure();
        }
        return attempt.envelope();
    }

    private CjTokens tokens(CjOperation operation, Envelope env) {
        String op = operation.path();
        if (!(env.data() instanceof Map<?, ?> data)) {
            throw new CjApiException(op, env.httpStatus(), env.code(), "answer carries no token data",
                    env.requestId(), CjErrorCategory.PERMANENT, false, null, null);
        }
        try {
            @SuppressWarnings("unchecked") // parsed from a JSON object: its keys are strings
            Map<String, ?> fields = (Map<String, ?>) data;
            return CjTokens.fromAuthData(fields, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new CjApiException(op, env.httpStatus(), env.code(), e.getMessage(), env.requestId(),
                    CjErrorCategory.PERMANENT, false, null, null);
        }
    }
}
