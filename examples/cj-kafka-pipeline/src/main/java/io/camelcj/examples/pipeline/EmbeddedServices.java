package io.camelcj.examples.pipeline;

import java.util.Optional;
import java.util.Properties;

import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.simulator.CjSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stand-ins for what is not configured: the CJ simulator when there is no API key, the in-JVM broker when
 * there are no Kafka bootstrap servers. {@link #close()} stops whatever was started.
 */
final class EmbeddedServices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServices.class);

    private final CjSimulator simulator;
    private final EmbeddedKafkaBroker kafka;

    private EmbeddedServices(CjSimulator simulator, EmbeddedKafkaBroker kafka) {
        this.simulator = simulator;
        this.kafka = kafka;
    }

    static EmbeddedServices startFor(PipelineSettings settings) {
        CjSimulator simulator = null;
        EmbeddedKafkaBroker kafka = null;
        try {
            if (settings.embeddedCj()) {
                simulator = CjSimulator.builder().products(settings.simulatorProducts()).seed(42L).start();
                // the demo account is an "Advanced" one: 6 requests/second, CJ's highest tier
                simulator.admin().setQps(simulator.defaultApiKey(), 6);
                LOG.info("CJ simulator started at {} with {} products (6 requests/second)", simulator.baseUrl(),
                        settings.simulatorProducts());
            }
            if (settings.embeddedKafka()) {
                kafka = EmbeddedKafkaBroker.start();
            }
            return new EmbeddedServices(simulator, kafka);
        } catch (RuntimeException e) {
            if (simulator != null) {
                simulator.close();
            }
            if (kafka != null) {
                kafka.close();
            }
            throw e;
        }
    }

    /** Camel properties that point the routes at the stand-ins (nothing when real services are configured). */
    Properties camelProperties() {
        Properties p = new Properties();
        if (simulator != null) {
            p.setProperty(PipelineSettings.API_KEY, simulator.defaultApiKey());
            p.setProperty(PipelineSettings.BASE_URL, simulator.baseUrl());
            p.setProperty("camel.component.cj.qps", "6");
        }
        if (kafka != null) {
            p.setProperty(PipelineSettings.BROKERS, kafka.bootstrapServers());
        }
        return p;
    }

    Optional<CjSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    @Override
    public void close() {
        try {
            if (simulator != null) {
                simulator.close();
            }
        } finally {
            if (kafka != null) {
                kafka.close();
            }
        }
    }
}
