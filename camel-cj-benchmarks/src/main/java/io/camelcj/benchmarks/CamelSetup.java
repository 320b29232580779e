package io.camelcj.benchmarks;

import java.util.Map;
import java.util.Properties;

import io.camelcj.component.cj.CjComponent;
import io.camelcj.component.cj.CjConfiguration;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.impl.DefaultCamelContext;

/** A Camel context (not started) with the cj: component pointed at one account, as an application would set it up. */
final class CamelSetup {

    private CamelSetup() {
    }

    /**
     * @param qps      the component's requests/second for the account
     * @param brokers  Kafka bootstrap servers for the kafka component, or null
     * @param properties Camel properties (e.g. {@code camel.cj.sync.*}); may be empty
     */
    static DefaultCamelContext context(String baseUrl, String apiKey, double qps, String brokers,
                                       Map<String, String> properties) {
        DefaultCamelContext context = new DefaultCamelContext();
        Properties initial = new Properties();
        initial.putAll(properties);
        context.getPropertiesComponent().setInitialProperties(initial);
        CjConfiguration cj = context.getComponent("cj", CjComponent.class).getConfiguration();
        cj.setApiKey(apiKey);
        cj.setBaseUrl(baseUrl);
        cj.setQps(qps);
        if (brokers != null) {
            context.getComponent("kafka", KafkaComponent.class).getConfiguration().setBrokers(brokers);
        }
        return context;
    }
}
