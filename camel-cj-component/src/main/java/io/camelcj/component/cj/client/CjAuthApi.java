package io.camelcj.component.cj.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.api.CjHttpMethod;
import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.component.cj.auth.CjTokens;
import io.camelcj.component.cj.auth.TokenApi;
import io.camelcj.component.cj.envelope.Envelope;
import io.camelcj.component.cj.envelope.EnvelopeReader;
import io.camelcj.component.cj.http.CjHttpTransport;
import io.camelcj.component.cj.http.HttpResult;
import io.camelcj.component.cj.http.TransportException;
import io.camelcj.component.cj.throttle.AccountRateLimiter;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The raw authentication calls over HTTP. No retries here: the token manager decides when to call
 * (getAccessToken is limited to once per 5 minutes). Each call takes a request permit of the account
 * so a refresh never pushes the account over its QPS.
 */
final class CjAuthApi implements TokenApi {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final CjHttpTransport transport;
    private final AccountRateLimiter limiter;
    private final EnvelopeReader reader;
    private final ObjectMapper mapper;
    private final Clock clock;

    CjAuthApi(CjHttpTransport transport, AccountRateLimiter limiter, EnvelopeReader reader, ObjectMapper mapper,
              Clock clock) {
        this.transport = transport;
        this.limiter = limiter;
        this.reader = reader;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public CjTokens getAccessToken(String apiKey) {
        return tokens(CjOperation.GET_ACCESS_TOKEN, call(CjOperation.GET_ACCESS_TOKEN, Map.of("apiKey", apiKey), null));
    }

    @Override
    public CjTokens refreshAccessToken(String refreshToken) {
        return tokens(CjOperation.REFRESH_ACCESS_TOKEN,
                call(CjOperation.REFRESH_ACCESS_TOKEN, Map.of("refreshToken", refreshToken), null));
    }

    @Override
    public void logout(String accessToken) {
        call(CjOperation.LOGOUT, null, accessToken);
    }

    private Envelope call(CjOperation op, Map<String, Object> body, String accessToken) {
        Map<String, String> headers = new HashMap<>();
        byte[] bytes = null;
        if (body != null) {
            headers.put("Content-Type", "application/json");
            try {
                bytes = mapper.writeValueAsBytes(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot encode " + op.path() + " body", e);
            }
        }
        if (accessToken != null) {
            headers.put(CjApiClient.ACCESS_TOKEN_HEADER, accessToken);
        }
        limiter.acquire();
        HttpResult result;
        try {
            result = transport.send(CjHttpMethod.POST, transport.uri(op.path(), ""), headers, bytes);
        } catch (TransportException e) {
            throw new CjApiException(op.path(), 0, null, e.getMessage(), null, CjErrorCategory.TRANSIENT, true, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CjApiException(op.path(), CjErrorCategory.TRANSIENT, "interrupted");
        }
        Envelope env = reader.read(result.status(), result.body());
        if (!env.isSuccess()) {
            throw reader.failure(op.path(), env);
        }
        return env;
    }

    private CjTokens tokens(CjOperation op, Envelope env) {
        if (env.data() == null || !env.data().isObject()) {
            throw new CjApiException(op.path(), env.httpStatus(), env.code(), "answer carries no token data",
                    env.requestId(), CjErrorCategory.PERMANENT, false, null, null);
        }
        try {
            return CjTokens.fromAuthData(mapper.convertValue(env.data(), MAP), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new CjApiException(op.path(), env.httpStatus(), env.code(), e.getMessage(), env.requestId(),
                    CjErrorCategory.PERMANENT, false, null, null);
        }
    }
}
