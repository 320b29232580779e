package io.camelcj.routes.support;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjConstants;
import io.camelcj.component.cj.api.CjOperation;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RuntimeCamelException;

/**
 * Calls CJ operations from route code through the {@code cj:} component, so every call shares the account's
 * token, rate budget and retry policy with every other route of the context. Created from a family's
 * {@link CjEndpointOptions}.
 * <p>
 * Each call is a fresh exchange sent straight to the endpoint, outside any route's error handler: Camel
 * redelivery can never repeat a call (which matters for order creation), and the component stays the only layer
 * that retries. A CJ failure surfaces as the component's {@link CjApiException}; anything else (a bad endpoint
 * option, a bug) is rethrown as it is.
 */
public final class CjCaller {

    /** The envelope's data and the reply headers the routes use. */
    public record Reply(Object data, String requestId, boolean orderRecovered) {
    }

    /** One page of a paged operation, its items read by the component's {@code Pages}. */
    public record Page(List<Map<String, Object>> items, Long total, Long totalPages) {
    }

    private final ProducerTemplate template;
    private final String component;
    private final String endpointOptions;
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

    /**
     * @param component       the cj component's name, normally {@code cj}
     * @param endpointOptions options for every endpoint URI (e.g. {@code maxRetries=5}), or empty
     */
    public CjCaller(ProducerTemplate template, String component, String endpointOptions) {
        this.template = Objects.requireNonNull(template, "template");
        this.component = Objects.requireNonNull(component, "component");
        this.endpointOptions = endpointOptions == null ? "" : endpointOptions;
    }

    /**
     * @param body   the JSON body for body operations, or null
     * @param params query parameters (a {@code List} value is sent as repeated keys), or null
     */
    public Reply call(CjOperation operation, Object body, Map<String, Object> params) {
        Exchange reply = send(endpoint(operation, ""), body, params);
        return new Reply(reply.getMessage().getBody(),
                reply.getMessage().getHeader(CjConstants.REQUEST_ID, String.class),
                Boolean.TRUE.equals(reply.getMessage().getHeader(CjConstants.ORDER_RECOVERED, Boolean.class)));
    }

    /** One page of a paged operation, with the totals of the component's page headers. */
    @SuppressWarnings("unchecked")
    public Page page(CjOperation operation, Map<String, Object> params) {
        if (!operation.paging().isPaged()) {
            throw new IllegalArgumentException(operation.path() + " is not a paged operation");
        }
        // outputClass: the component hands over the page's items (Pages.items) as maps
        Exchange reply = send(endpoint(operation, "outputClass=java.util.Map"), null, params);
        Object body = reply.getMessage().getBody();
        List<Map<String, Object>> items = body instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
        return new Page(items, reply.getMessage().getHeader(CjConstants.TOTAL, Long.class),
                reply.getMessage().getHeader(CjConstants.TOTAL_PAGES, Long.class));
    }

    private Exchange send(Endpoint endpoint, Object body, Map<String, Object> params) {
        Exchange reply = template.send(endpoint, exchange -> {
            exchange.getIn().setBody(body);
            if (params != null) {
                exchange.getIn().setHeader(CjConstants.PARAMS, params);
            }
        });
        Exception failure = reply.getException();
        if (failure == null) {
            return reply;
        }
        if (failure instanceof CjApiException cj) {
            throw cj;
        }
        if (failure.getCause() instanceof CjApiException cj) {
            throw cj;
        }
        throw failure instanceof RuntimeException r ? r : new RuntimeCamelException(failure);
    }

    private Endpoint endpoint(CjOperation operation, String extra) {
        String query = endpointOptions.isEmpty() ? extra
                : extra.isEmpty() ? endpointOptions : endpointOptions + "&" + extra;
        String uri = component + ":" + operation.path() + (query.isEmpty() ? "" : "?" + query);
        return endpoints.computeIfAbsent(uri, u -> template.getCamelContext().getEndpoint(u));
    }
}
