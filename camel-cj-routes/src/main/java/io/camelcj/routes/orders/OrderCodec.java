package io.camelcj.routes.orders;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.camelcj.routes.orders.model.OrderRequest;
import io.camelcj.routes.orders.model.OrderResult;

/**
 * Reads order records and writes result records (JSON, amounts as BigDecimal, never through double).
 */
public final class OrderCodec {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    // integers stay integers: by default Jackson truncates 1.5 to 1 for an int field (issue 16, finding 5)
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    /** Reads one input record; a record that is not an order object says which field is wrong. */
    public OrderRequest parse(String json) throws MalformedOrderException {
        if (json == null || json.isBlank()) {
            throw new MalformedOrderException("$", "the record is empty", null);
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedOrderException("$", "not valid JSON (" + e.getOriginalMessage() + ")", null);
        }
        if (!tree.isObject()) {
            throw new MalformedOrderException("$", "must be a JSON object, got " + tree.getNodeType(), null);
        }
        JsonNode number = tree.get("orderNumber");
        String orderNumber = number != null && number.isValueNode() ? number.asText() : null;
        try {
            return mapper.treeToValue(tree, OrderRequest.class);
        } catch (MismatchedInputException e) {
            JsonNode value = valueAt(tree, e);
            if (isWholeNumberType(e.getTargetType()) && value != null && value.isNumber()) {
                throw new MalformedOrderException(path(e), "must be a whole number (got " + value + ")",
                        orderNumber);
            }
            throw new MalformedOrderException(path(e), "cannot be read as "
                    + (e.getTargetType() == null ? "this field's type" : e.getTargetType().getSimpleName()),
                    orderNumber);
        } catch (JsonProcessingException e) {
            throw new MalformedOrderException(e instanceof JsonMappingException m ? path(m) : "$",
                    e.getOriginalMessage(), orderNumber);
        }
    }

    /** The create-order request body: the order's known and unknown fields, nulls left out. */
    public Map<String, Object> toRequestBody(OrderRequest order) {
        return mapper.convertValue(order, MAP);
    }

    public String write(OrderResult result) {
        try {
            return mapper.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write result of order " + result.orderNumber(), e);
        }
    }

    public OrderResult readResult(String json) throws JsonProcessingException {
        return mapper.readValue(json, OrderResult.class);
    }

    private static boolean isWholeNumberType(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class;
    }

    /** The offending value as written in the record, or null. */
    private static JsonNode valueAt(JsonNode tree, JsonMappingException e) {
        JsonNode node = tree;
        for (JsonMappingException.Reference r : e.getPath()) {
            node = node == null ? null : r.getFieldName() != null ? node.get(r.getFieldName()) : node.get(r.getIndex());
        }
        return node;
    }

    private static String path(JsonMappingException e) {
        List<JsonMappingException.Reference> refs = e.getPath();
        if (refs.isEmpty()) {
            return "$";
        }
        return refs.stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .substring(1);
    }
}
