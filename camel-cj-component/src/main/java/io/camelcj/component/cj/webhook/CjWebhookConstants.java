package io.camelcj.component.cj.webhook;

/** Headers set on every exchange created by the {@code cj:webhook} consumer. */
public final class CjWebhookConstants {

    /** CJ's message id (also the dedupe key). */
    public static final String MESSAGE_ID = "CamelCjWebhookMessageId";
    /** The message's {@code type}: PRODUCT, VARIANT, STOCK, ORDER, ORDERSPLIT, SOURCINGCREATE, LOGISTIC. */
    public static final String TYPE = "CamelCjWebhookType";
    /** The message's {@code messageType}: INSERT, UPDATE, DELETE, ORDER_CONNNECTED (sic, CJ's spelling). */
    public static final String MESSAGE_TYPE = "CamelCjWebhookMessageType";
    /** The id of the entity the message is about (pid, vid, order number, ...); absent when none. */
    public static final String ENTITY_ID = "CamelCjWebhookEntityId";

    private CjWebhookConstants() {
    }
}
