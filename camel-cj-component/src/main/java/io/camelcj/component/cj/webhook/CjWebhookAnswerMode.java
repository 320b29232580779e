package io.camelcj.component.cj.webhook;

/** When {@code cj:webhook} answers CJ's POST. */
public enum CjWebhookAnswerMode {
    /**
     * 200 only once the route has completed the exchange (for the Kafka route: the record acknowledged),
     * within {@code responseTimeout}; 5xx otherwise, so that CJ delivers the message again. Nothing
     * answered 200 is lost when the JVM stops or dies.
     */
    AFTER_ROUTE,
    /**
     * 200 as soon as the message is verified and queued in memory; the route runs afterwards. Faster to
     * answer, but messages still queued are lost if the JVM dies (CJ was told they arrived), and a route
     * failure after the answer is only logged.
     */
    ON_RECEIPT
}
