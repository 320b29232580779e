package io.camelcj.routes.support;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjConstants;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Calls CJ operations from route code through the {@code cj:} component, so every call shares the account's
 * token, rate budget and retry rules with every other route of the context.
 * <p>
 * Each call is a fresh exchange sent straight to the endpoint, outside any route's error handler: Camel
 * redelivery can never repeat a call (which matters for order creation). A failure surfaces as the component's
 * {@link CjApiException}, or as {@link CjCallFailedException} when there was no classified CJ answer.
 */
public final class CjCaller {

    /** The envelope's data and the reply headers the routes use. */
    public record Reply(Object data, String requestId, boolean orderRecovered) {
    }

    private final ProducerTemplate template;
    private final String uriPrefix;
    private final String endpointOptions;
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

    /**
     * @param uriPrefix       the endpoint before the operation, normally {@code cj:}
     * @param endpointOptions options appended to every endpoint URI (e.g. {@code qps=2}), or empty
     */
    public CjCaller(ProducerTemplate template, String uriPrefix, String endpointOptions) {
        this.template = Objects.requireNonNull(template, "template");
        this.uriPrefix = Objects.requireNonNull(uriPrefix, "uriPrefix");
        this.endpointOptions = endpointOptions == null ? "" : endpointOptions;
    }

    public CjCaller(ProducerTemplate template) {
        this(template, "cj:", "");
    }

    /**
     * @param operation a {@code cj:} operation, e.g. {@code shopping/order/list}
     * @param body      the JSON body for body operations, or null
     * @param params    query parameters (a {@code List} value is sent as repeated keys), or null
     */
    public Reply call(String operation, Object body, Map<String, Object> params) {
        Exchange reply = template.send(endpoint(operation), exchange -> {
            exchange.getIn().setBody(body);
            if (params != null) {
                exchange.getIn().setHeader(CjConstants.PARAMS, params);
            }
        });
        Exception failure = reply.getException();
        if (failure != null) {
            if (failure instanceof CjApiException cj) {
                throw cj;
            }
            if (failure.getCause() instanceof CjApiException cj) {
                throw cj;
            }
            throw new CjCallFailedException(operation, failure);
        }
        return new Reply(reply.getMessage().getBody(),
                reply.getMessage().getHeader(CjConstants.REQUEST_ID, String.class),
                Boolean.TRUE.equals(reply.getMessage().getHeader(CjConstants.ORDER_RECOVERED, Boolean.class)));
    }

    private Endpoint endpoint(String operation) {
        return endpoints.computeIfAbsent(operation, op -> template.getCamelContext()
                .getEndpoint(uriPrefix + op + (endpointOptions.isEmpty() ? "" : "?" + endpointOptions)));
    }

    /** A call that failed without a classified CJ answer: its outcome at CJ is unknown. */
    public static final class CjCallFailedException extends RuntimeException {

        private final String operation;

        CjCallFailedException(String operation, Throwable cause) {
            super("CJ call " + operation + " failed: " + cause.getMessage(), cause);
            this.operation = operation;
        }

        public String getOperation() {
            return operation;
        }
    }
}
