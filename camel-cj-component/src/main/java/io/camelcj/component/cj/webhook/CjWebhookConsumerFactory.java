package io.camelcj.component.cj.webhook;

import io.camelcj.component.cj.CjConsumerFactory;
import io.camelcj.component.cj.CjEndpoint;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.support.CamelContextHelper;

/**
 * Makes {@code from("cj:webhook?...")} create a {@link CjWebhookConsumer} (found via ServiceLoader). Its
 * options are the endpoint's {@link CjEndpoint#getWebhookConfiguration()}; any other URI option is a mistake.
 */
public final class CjWebhookConsumerFactory implements CjConsumerFactory {

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public Consumer createConsumer(CjEndpoint endpoint, Processor processor) {
        if (!endpoint.getOperationParameters().isEmpty()) {
            throw new IllegalArgumentException("cj:webhook does not know the option(s) "
                    + endpoint.getOperationParameters().keySet());
        }
        CjWebhookConfiguration configuration = endpoint.getWebhookConfiguration();
        String openId = configuration.getOpenId();
        if (openId != null && openId.startsWith("#") && !openId.startsWith("#bean:")) {
            // the documented short form openId=#beanName (Camel resolves #bean:name itself, not #name for a String)
            configuration.setOpenId(CamelContextHelper.mandatoryLookup(endpoint.getCamelContext(),
                    openId.substring(1), String.class));
        }
        configuration.validate();
        return new CjWebhookConsumer(endpoint, processor, configuration);
    }
}
