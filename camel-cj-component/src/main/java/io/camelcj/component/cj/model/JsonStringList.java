package io.camelcj.component.cj.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CJ's "JSON array inside a string" fields ({@code productName: "[\"a\",\"b\"]"}) as a list.
 * Also accepts a real JSON array, and a plain string (one element, e.g. {@code variantKey: "Black"}).
 */
public final class JsonStringList extends StdDeserializer<List<String>> {

    private static final ObjectMapper PARSER = new ObjectMapper();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    public JsonStringList() {
        super(List.class);
    }

    @Override
    public List<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = p.readValueAsTree();
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return PARSER.convertValue(node, LIST);
        }
        String text = node.asText().trim();
        if (text.startsWith("[")) {
            try {
                return PARSER.readValue(text, LIST);
            } catch (IOException e) {
                // not really JSON: keep the text as it is
            }
        }
        List<String> single = new ArrayList<>();
        if (!text.isEmpty()) {
            single.add(text);
        }
        return single;
    }
}
