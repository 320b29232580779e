package io.camelcj.component.cj.webhook;

/** The body of the exchanges the webhook consumer creates. */
public enum CjWebhookOutput {
    /** The message as plain Java: {@code Map<String, Object>} with maps, lists, strings, numbers. */
    MAP,
    /** A {@link CjWebhookMessage}. */
    TYPED,
    /** The JSON text exactly as CJ sent it (and as it was verified). */
    JSON
}
