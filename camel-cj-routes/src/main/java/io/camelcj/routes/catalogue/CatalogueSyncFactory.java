package io.camelcj.routes.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;


import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConfiguration;
import org.apache.camel.component.kafka.KafkaEndpoint;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * Wires a {@link CatalogueSync} for a Camel context: {@code cj:} source, camel-kafka sink, state store (a bound
 * {@link CatalogueStateStore} bean if there is exactly one, else the configured file/memory store), rebuild from the
 * topics, statistics over JMX (see {@link CatalogueSyncLifecycle}).
 */
public final class CatalogueSyncFactory {

    private static final Duration REBUILD_TIMEOUT = Duration.ofMinutes(5);

    private CatalogueSyncFactory() {
    }

    public static CatalogueSync create(CamelContext context, CatalogueSyncConfig config) {
        ProducerTemplate template = context.createProducerTemplate();
        CatalogueSource source = new CjCatalogueSource(config.cj().caller(template));
        KafkaCatalogueSink sink = new KafkaCatalogueSink(context, template, config.topics().products(),
                config.kafkaOptions());
        CatalogueStateStore store = stateStore(context, config);
        StateRebuilder rebuilder = config.rebuildStateFromTopics()
                ? new KafkaTopicStateLoader(consumerProperties(sink), config.topics(), REBUILD_TIMEOUT) : null;
        CatalogueSync sync = new CatalogueSync(config, source, sink, store, rebuilder, Clock.systemUTC());
        try {
            context.addService(new CatalogueSyncLifecycle(context, sync), true, true);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot tie the catalogue sync to the Camel context", e);
        }
        return sync;
    }

    private static CatalogueStateStore stateStore(CamelContext context, CatalogueSyncConfig config) {
        Set<CatalogueStateStore> bound = context.getRegistry().findByType(CatalogueStateStore.class);
        if (bound.size() == 1) {
            return bound.iterator().next();
        }
        if (bound.size() > 1) {
            throw new IllegalStateException("More than one CatalogueStateStore bean is bound; bind exactly one");
        }
        return switch (config.stateType()) {
            case FILE -> new FileCatalogueStateStore(config.stateFile(), config.stateFsync());
            case MEMORY -> new InMemoryCatalogueStateStore();
        };
    }

    private static Properties consumerProperties(KafkaCatalogueSink sink) {
        KafkaConfiguration kafka = ((KafkaEndpoint) sink.endpoint()).getConfiguration();
        Properties props = kafka.createConsumerProperties();
        if (kafka.getBrokers() != null) {
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokers());
        }
        return props;
    }
}
