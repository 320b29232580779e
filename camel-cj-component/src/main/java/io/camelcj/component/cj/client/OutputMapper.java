package io.camelcj.component.cj.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Turns JSON from CJ into what a route receives: plain Java (Map, List, String, BigDecimal/Integer/Long,
 * Boolean) by default, or instances of an output class (a JSON array becomes a List of it).
 */
public final class OutputMapper {

    private final Class<?> outputClass;
    private final String operation;
    /** Readers of the tree itself (no copy of it into a token buffer, as convertValue makes); made once. */
    private final ObjectReader single;
    private final ObjectReader list;

    /**
     * @param outputClass null for plain Java
     * @param operation   the operation's path, for messages
     */
    public OutputMapper(ObjectMapper mapper, Class<?> outputClass, String operation) {
        this.outputClass = outputClass;
        this.operation = operation;
        this.single = mapper.readerFor(outputClass == null ? Object.class : outputClass);
        this.list = outputClass == null ? null
                : mapper.readerFor(mapper.getTypeFactory().constructCollectionType(List.class, outputClass));
    }

    /**
     * Converts a whole {@code data} node (or any JSON).
     *
     * @throws CjApiException (PERMANENT) when the answer does not fit the output class
     */
    public Object convert(JsonNode node) {
        try {
            return convertOrFail(node);
        } catch (IOException | IllegalArgumentException e) {
            // the call succeeded, its answer cannot be mapped: the same answer will not fit next time either
            throw new CjApiException(operation, 0, null, "the answer cannot be converted to "
                    + (outputClass == null ? "plain Java" : outputClass.getName()) + ": " + e.getMessage(), null,
                    CjErrorCategory.PERMANENT, false, null, e);
        }
    }

    private Object convertOrFail(JsonNode node) throws IOException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (outputClass != null && node.isArray() && !outputClass.isAssignableFrom(List.class)
                && !outputClass.isArray()) {
            return list.readValue(node);
        }
        return single.readValue(node);
    }

    /** Converter for single items of a paged answer. */
    public Function<JsonNode, Object> itemConverter() {
        return this::convert;
    }
}
