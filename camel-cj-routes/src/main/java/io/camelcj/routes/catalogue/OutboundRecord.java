package io.camelcj.routes.catalogue;

import java.util.Map;

/**
 * One Kafka record the sync publishes: a complete JSON document, or a tombstone ({@code value == null}).
 *
 * @param headers Kafka headers (run id, source operation, observed-at, schema)
 */
public record OutboundRecord(String topic, String key, String value, Map<String, String> headers) {

    public OutboundRecord {
        if (topic == null || key == null) {
            throw new IllegalArgumentException("A record needs a topic and a key");
        }
        headers = Map.copyOf(headers);
    }

    public boolean isTombstone() {
        return value == null;
    }
}
