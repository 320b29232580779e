package io.camelcj.component.cj.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.function.Function;

/**
 * Turns JSON from CJ into what a route receives: plain Java (Map, List, String, BigDecimal/Integer/Long,
 * Boolean) by default, or instances of an output class (a JSON array becomes a List of it).
 */
public final class OutputMapper {

    private final ObjectMapper mapper;
    private final Class<?> outputClass;

    /** @param outputClass null for plain Java */
    public OutputMapper(ObjectMapper mapper, Class<?> outputClass) {
        this.mapper = mapper;
        this.outputClass = outputClass;
    }

    /** Converts a whole {@code data} node (or any JSON). */
    public Object convert(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (outputClass == null) {
            return mapper.convertValue(node, Object.class);
        }
        if (node.isArray() && !outputClass.isAssignableFrom(List.class) && !outputClass.isArray()) {
            JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, outputClass);
            return mapper.convertValue(node, listType);
        }
        return mapper.convertValue(node, outputClass);
    }

    /** Converter for single items of a paged answer. */
    public Function<JsonNode, Object> itemConverter() {
        return this::convert;
    }
}
