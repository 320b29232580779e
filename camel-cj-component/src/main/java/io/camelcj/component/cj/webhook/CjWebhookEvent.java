package io.camelcj.component.cj.webhook;

import java.util.Map;

/**
 * A verified, not yet seen webhook message handed from the HTTP side to the processing side.
 *
 * @param messageId   CJ's message id (the dedupe key)
 * @param type        the {@code type} field as sent (PRODUCT, VARIANT, STOCK, ORDER, ...)
 * @param messageType the {@code messageType} field as sent (INSERT, UPDATE, DELETE, ...), may be null
 * @param entityId    the id of the entity the message is about, or null when it names none
 * @param rawJson     the body exactly as received and verified
 * @param message     the body parsed into plain Java (maps, lists, strings, numbers as BigDecimal/Long)
 */
public record CjWebhookEvent(String messageId, String type, String messageType, String entityId,
                             String rawJson, Map<String, Object> message) {
}
