package io.camelcj.component.cj.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

import io.camelcj.component.cj.CjConsumerFactory;
import io.camelcj.component.cj.CjEndpoint;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;

/** Makes {@code from("cj:webhook?...")} create a {@link CjWebhookConsumer} (found via ServiceLoader). */
public final class CjWebhookConsumerFactory implements CjConsumerFactory {

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public Consumer createConsumer(CjEndpoint endpoint, Processor processor) {
        Map<String, Object> options = new LinkedHashMap<>(endpoint.getOperationParameters());
        CjWebhookConfiguration configuration = CjWebhookConfiguration.bind(endpoint.getCamelContext(), options);
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("cj:webhook does not know the option(s) " + options.keySet());
        }
        configuration.validate();
        return new CjWebhookConsumer(endpoint, processor, configuration);
    }
}
