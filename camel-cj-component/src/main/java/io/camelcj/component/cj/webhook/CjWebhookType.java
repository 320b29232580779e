package io.camelcj.component.cj.webhook;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The message types CJ pushes, each with the field of {@code params} that identifies the entity it
 * is about (used e.g. as Kafka key so that messages about one entity stay in order).
 */
public enum CjWebhookType {
    PRODUCT(params -> text(params, "pid")),
    VARIANT(params -> text(params, "vid")),
    /** params is a map vid -> list of warehouse stock rows; the entity is the vid when there is one. */
    STOCK(params -> params.size() == 1 ? params.keySet().iterator().next() : null),
    ORDER(params -> firstText(params, "orderNumber", "orderNum", "cjOrderId")),
    ORDERSPLIT(params -> text(params, "originalOrderId")),
    SOURCINGCREATE(params -> firstText(params, "cjSourcingId", "cjProductId")),
    LOGISTIC(params -> firstText(params, "orderId", "trackingNumber"));

    private final Function<Map<String, Object>, String> entityId;

    CjWebhookType(Function<Map<String, Object>, String> entityId) {
        this.entityId = entityId;
    }

    /** The type named by a message's {@code type} field, case-insensitively; empty for unknown types. */
    public static Optional<CjWebhookType> of(String type) {
        if (type == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(type.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The id of the entity the message is about, or null when {@code params} does not name one. */
    public String entityId(Map<String, Object> params) {
        return params == null ? null : entityId.apply(params);
    }

    private static String firstText(Map<String, Object> params, String... fields) {
        for (String field : fields) {
            String value = text(params, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    // ids arrive as strings or as numbers (cjOrderId, orderId): always handle them as strings
    private static String text(Map<String, Object> params, String field) {
        Object value = params.get(field);
        if (value == null) {
            return null;
        }
        String s = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        return s.isBlank() ? null : s;
    }
}
