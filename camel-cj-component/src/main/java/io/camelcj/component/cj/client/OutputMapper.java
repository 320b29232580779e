package io.camelcj.component.cj.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;

import java.util.List;
import java.util.function.Function;

/**
 * Turns JSON from CJ into what a route receives: plain Java (Map, List, String, BigDecimal/Integer/Long,
 * Boolean) by default, or instances of an output class (a JSON array becomes a List of it).
 */
public final class OutputMapper {

    private final ObjectMapper mapper;
    private final Class<?> outputClass;
    private final String operation;

    /**
     * @param outputClass null for plain Java
     * @param operation   the operation's path, for messages
     */
    public OutputMapper(ObjectMapper mapper, Class<?> outputClass, String operation) {
        this.mapper = mapper;
        this.outputClass = outputClass;
        this.operation = operation;
    }

    /**
     * Converts a whole {@code data} node (or any JSON).
     *
     * @throws CjApiException (PERMANENT) when the answer does not fit the output class
     */
    public Object convert(JsonNode node) {
        try {
            return convertOrFail(node);
        } catch (IllegalArgumentException e) {
            // the call succeeded, its answer cannot be mapped: the same answer will not fit next time either
            throw new CjApiException(operation, 0, null, "the answer cannot be converted to "
                    + (outputClass == null ? "plain Java" : outputClass.getName()) + ": " + e.getMessage(), null,
                    CjErrorCategory.PERMANENT, false, null, e);
        }
    }

    private Object convertOrFail(JsonNode node) {
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
