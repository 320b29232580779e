package io.camelcj.routes.support;

import java.util.Objects;

import org.apache.camel.Message;

/**
 * CloudEvents 1.0 attributes as Kafka headers, in the Kafka protocol binding's binary content mode: the record's
 * value stays the event data as it is, each attribute is a header {@code ce_<name>} (UTF-8 text), and
 * {@code datacontenttype} is the header {@code content-type}. Switched on per route family by
 * {@link CloudEventOptions}.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /**
     * The binding maps {@code datacontenttype} to this header, lower case, without the {@code ce_} prefix. Camel 4.22
     * writes it to Kafka as {@code Content-Type}; {@link CloudEventContentTypeInterceptor} restores the name.
     */
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    /**
     * The attributes of one event besides {@code specversion}, {@code source} and {@code datacontenttype}.
     *
     * @param id      stable for the same event, so a consumer can drop a redelivered copy by (source, id)
     * @param type    reverse-DNS event type, e.g. {@code com.cjdropshipping.order.status}
     * @param subject what the event is about (order number, pid...), may be null
     * @param time    RFC 3339 time of the occurrence, may be null
     */
    public record Event(String id, String type, String subject, String time) {
        public Event {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
        }
    }

    /** Sets the headers of {@code event} from {@code source} on a message whose body is JSON. */
    public static void set(Message message, String source, Event event) {
        message.setHeader(SPEC_VERSION, "1.0");
        message.setHeader(ID, event.id());
        message.setHeader(SOURCE, source);
        message.setHeader(TYPE, event.type());
        if (event.time() != null) {
            message.setHeader(TIME, event.time());
        }
        if (event.subject() != null) {
            message.setHeader(SUBJECT, event.subject());
        }
        // Camel's headers ignore case and keep the first spelling: drop an HTTP "Content-Type" so the
        // record carries the binding's lower-case name
        message.removeHeader(CONTENT_TYPE);
        message.setHeader(CONTENT_TYPE, "application/json");
    }
}
