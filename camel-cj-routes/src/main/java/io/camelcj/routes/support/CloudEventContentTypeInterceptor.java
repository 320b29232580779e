package io.camelcj.routes.support;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Gives a CloudEvents record the binding's lower-case {@code content-type} header. Kafka header names are
 * case-sensitive, and Camel 4.22 writes the message header as {@code Content-Type} whatever spelling the route
 * set (Camel 4.14 keeps it), so the name is fixed here, in the Kafka client, after Camel. Records without
 * {@code ce_specversion} are left alone. Set on the routes' Kafka endpoints when CloudEvents are on
 * ({@link #ENDPOINT_OPTION}).
 */
public final class CloudEventContentTypeInterceptor implements ProducerInterceptor<Object, Object> {

    /** The camel-kafka endpoint option that installs this interceptor. */
    public static final String ENDPOINT_OPTION = "interceptorClasses=" + CloudEventContentTypeInterceptor.class.getName();

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        Headers headers = record.headers();
        if (headers.lastHeader(CloudEventHeaders.SPEC_VERSION) == null) {
            return record;
        }
        byte[] value = null;
        for (Header header : headers.toArray()) {
            if (header.key().equalsIgnoreCase(CloudEventHeaders.CONTENT_TYPE)
                    && !header.key().equals(CloudEventHeaders.CONTENT_TYPE)) {
                value = header.value();
                headers.remove(header.key());
            }
        }
        if (value != null && headers.lastHeader(CloudEventHeaders.CONTENT_TYPE) == null) {
            headers.add(CloudEventHeaders.CONTENT_TYPE, value);
        }
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        // nothing to do on acknowledgement
    }

    @Override
    public void close() {
        // holds nothing
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // no settings
    }
}
