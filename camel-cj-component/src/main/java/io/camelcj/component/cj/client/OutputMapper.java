package io.camelcj.component.cj.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;

import java.util.List;
import java.util.function.Function;

/**
 * Turns an answer's plain Java (as {@link io.camelcj.component.cj.envelope.EnvelopeReader} parsed it) into what a
 * route receives: the plain Java itself (Map, List, String, BigDecimal/Integer/Long, Boolean) by default, with no
 * copy, or instances of an output class (a JSON array becomes a List of it).
 */
public final class OutputMapper {

    private final ObjectMapper mapper;
    private final Class<?> outputClass;
    private final String operation;
    private final JavaType single;
    private final JavaType list;

    /**
     * @param outputClass null for plain Java
     * @param operation   the operation's path, for messages
     */
    public OutputMapper(ObjectMapper mapper, Class<?> outputClass, String operation) {
        this.mapper = mapper;
        this.outputClass = outputClass;
        this.operation = operation;
        this.single = outputClass == null ? null : mapper.constructType(outputClass);
        this.list = outputClass == null ? null
                : mapper.getTypeFactory().constructCollectionType(List.class, outputClass);
    }

    /**
     * Converts a whole {@code data} value (or any plain Java read from JSON).
     *
     * @throws CjApiException (PERMANENT) when the answer does not fit the output class
     */
    public Object convert(Object value) {
        if (value == null || outputClass == null) {
            return value;
        }
        try {
            boolean array = value instanceof List<?>;
            return mapper.convertValue(value, array && !outputClass.isAssignableFrom(List.class)
                    && !outputClass.isArray() ? list : single);
        } catch (IllegalArgumentException e) {
            // the call succeeded, its answer cannot be mapped: the same answer will not fit next time either
            throw new CjApiException(operation, 0, null, "the answer cannot be converted to " + outputClass.getName()
                    + ": " + e.getMessage(), null, CjErrorCategory.PERMANENT, false, null, e);
        }
    }

    /** Converter for single items of a paged answer. */
    public Function<Object, Object> itemConverter() {
        return this::convert;
    }
}
