package io.camelcj.component.cj.webhook;

import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;

/** A bare endpoint that creates the webhook consumer, so the consumer can be tested on its own. */
final class WebhookTestEndpoint extends DefaultEndpoint {

    private final CjWebhookConfiguration configuration;
    CjWebhookConsumer consumer;

    WebhookTestEndpoint(String uri, CjWebhookConfiguration configuration) {
        super(uri, null);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("consumer only");
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        consumer = new CjWebhookConsumer(this, processor, configuration);
        return consumer;
    }
}
