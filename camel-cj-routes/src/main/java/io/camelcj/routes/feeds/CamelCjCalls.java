package io.camelcj.routes.feeds;

import java.util.Map;
import java.util.Objects;

import io.camelcj.component.cj.CjConstants;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;

/**
 * {@link CjCalls} through the {@code cj:} component, so the feeds share the account's token and rate
 * budget with every other route of the context.
 */
public final class CamelCjCalls implements CjCalls {

    private final ProducerTemplate template;
    private final String uriPrefix;

    /**
     * @param uriPrefix the endpoint before the operation, normally {@code cj:} (component-level options
     *                  such as apiKey then apply)
     */
    public CamelCjCalls(ProducerTemplate template, String uriPrefix) {
        this.template = Objects.requireNonNull(template, "template");
        this.uriPrefix = Objects.requireNonNull(uriPrefix, "uriPrefix");
    }

    @Override
    public Object call(String operation, Map<String, Object> params) {
        try {
            return template.requestBodyAndHeader(uriPrefix + operation, null, CjConstants.PARAMS, params);
        } catch (CamelExecutionException e) {
            // let callers see the component's CjApiException (category, code) rather than Camel's wrapper
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
