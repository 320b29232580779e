package io.camelcj.component.cj;

import org.apache.camel.Consumer;
import org.apache.camel.Processor;

/**
 * Extension point for cj: endpoints whose path is not a catalogue operation, such as {@code cj:webhook}.
 * Implementations are found with {@link java.util.ServiceLoader} (file
 * {@code META-INF/services/io.camelcj.component.cj.CjConsumerFactory}) or registered with
 * {@link CjComponent#addConsumerFactory(CjConsumerFactory)}. Such endpoints are consumer-only; their
 * unknown URI options are available from {@link CjEndpoint#getOperationParameters()}.
 */
public interface CjConsumerFactory {

    /** The path after {@code cj:} that selects this factory, e.g. {@code webhook}. */
    String name();

    Consumer createConsumer(CjEndpoint endpoint, Processor processor) throws Exception;
}
