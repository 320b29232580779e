package io.camelcj.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The JSON Schemas shipped in camel-cj-routes ({@code schemas/*.json}), by topic, and a check of one record. */
final class KafkaRecordSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final Map<String, JsonSchema> byTopic = new LinkedHashMap<>();

    KafkaRecordSchemas(Map<String, String> schemaByTopic) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        schemaByTopic.forEach((topic, file) -> {
            try (InputStream in = KafkaRecordSchemas.class.getClassLoader().getResourceAsStream("schemas/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("schemas/" + file + " is not on the class path");
                }
                byTopic.put(topic, FACTORY.getSchema(JSON.readTree(in), config));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    boolean covers(String topic) {
        return byTopic.containsKey(topic);
    }

    /** The violations of one record value (empty when it is valid); a tombstone (null) has none. */
    Set<String> violations(String topic, String value) {
        if (value == null) {
            return Set.of();
        }
        JsonNode node;
        try {
            node = JSON.readTree(value);
        } catch (IOException e) {
            return Set.of("not JSON: " + e.getMessage());
        }
        return byTopic.get(topic).validate(node).stream().map(ValidationMessage::getMessage)
                .collect(Collectors.toSet());
    }
}
