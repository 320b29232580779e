package io.camelcj.routes.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;

import javax.management.ObjectName;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConfiguration;
import org.apache.camel.component.kafka.KafkaEndpoint;
import org.apache.camel.spi.ManagementAgent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires a {@link CatalogueSync} for a Camel context: {@code cj:} source, camel-kafka sink, state store (a bound
 * {@link CatalogueStateStore} bean if there is exactly one, else the configured file/memory store), rebuild from the
 * topics, statistics over JMX.
 */
public final class CatalogueSyncFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueSyncFactory.class);
    private static final Duration REBUILD_TIMEOUT = Duration.ofMinutes(5);

    private CatalogueSyncFactory() {
    }

    public static CatalogueSync create(CamelContext context, CatalogueSyncConfig config) {
        ProducerTemplate template = context.createProducerTemplate();
        CatalogueSource source = new CjCatalogueSource(context, template, config.cjOptions());
        KafkaCatalogueSink sink = new KafkaCatalogueSink(context, template, config.topics().products(),
                config.kafkaOptions());
        CatalogueStateStore store = stateStore(context, config);
        StateRebuilder rebuilder = config.rebuildStateFromTopics()
                ? new KafkaTopicStateLoader(consumerProperties(sink), config.topics(), REBUILD_TIMEOUT) : null;
        CatalogueSync sync = new CatalogueSync(config, source, sink, store, rebuilder, Clock.systemUTC());
        try {
            context.addService(new StateStoreLifecycle(store), true, true);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot register the catalogue sync state store with Camel", e);
        }
        registerMBean(context, sync.stats());
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

    private static void registerMBean(CamelContext context, CatalogueSyncStats stats) {
        ManagementAgent agent = context.getManagementStrategy().getManagementAgent();
        if (agent == null) {
            return; // JMX off: the statistics stay available from CatalogueSync.stats()
        }
        String contextName = context.getManagementName() != null ? context.getManagementName() : context.getName();
        if (!contextName.matches("[A-Za-z0-9_.-]+")) {
            contextName = ObjectName.quote(contextName);
        }
        try {
            ObjectName name = new ObjectName(agent.getMBeanObjectDomainName() + ":context=" + contextName
                    + ",type=services,name=CjCatalogueSync");
            agent.register(stats, name, true);
        } catch (Exception e) {
            LOG.warn("Catalogue sync statistics not registered over JMX: {}", e.getMessage());
        }
    }
}
