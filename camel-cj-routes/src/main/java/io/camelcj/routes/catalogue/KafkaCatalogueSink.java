package io.camelcj.routes.catalogue;

import io.camelcj.routes.support.KafkaHeaders;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultMessage;

/**
 * Publishes a batch of records through one camel-kafka endpoint: the batch is sent as a list of messages, each with
 * its own topic ({@code kafka.OVERRIDE_TOPIC}), key and headers; camel-kafka returns once every record is
 * acknowledged (or fails the exchange), so the caller may then commit its state.
 */
public final class KafkaCatalogueSink implements CatalogueSink {

    private final CamelContext context;
    private final ProducerTemplate template;
    private final Endpoint endpoint;

    /**
     * @param defaultTopic  topic of the endpoint URI (every record overrides it)
     * @param kafkaOptions  camel-kafka endpoint options, e.g. {@code brokers=host:9092}; may be empty
     */
    public KafkaCatalogueSink(CamelContext context, ProducerTemplate template, String defaultTopic,
                              String kafkaOptions) {
        this.context = context;
        this.template = template;
        // batchWithIndividualHeaders: each record of a batch carries its own headers (run id, schema...)
        this.endpoint = context.getEndpoint("kafka:" + defaultTopic + "?batchWithIndividualHeaders=true"
                + (kafkaOptions.isEmpty() ? "" : "&" + kafkaOptions));
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public void publish(List<OutboundRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        List<Message> messages = new ArrayList<>(records.size());
        for (OutboundRecord r : records) {
            Message m = new DefaultMessage(context);
            m.setHeader(KafkaHeaders.OVERRIDE_TOPIC, r.topic());
            m.setHeader(KafkaHeaders.KEY, r.key());
            r.headers().forEach(m::setHeader);
            m.setBody(r.value()); // null value = tombstone
            messages.add(m);
        }
        Exchange result = template.send(endpoint, exchange -> exchange.getIn().setBody(messages));
        if (result.getException() != null) {
            throw new CatalogueSyncException("Publishing " + records.size() + " records to Kafka failed: "
                    + result.getException().getMessage(), result.getException());
        }
    }
}
