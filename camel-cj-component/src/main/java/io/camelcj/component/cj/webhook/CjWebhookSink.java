package io.camelcj.component.cj.webhook;

import java.util.concurrent.CompletionStage;

/** Where the receiver hands verified, first-seen messages to (normally the consumer's route threads). */
@FunctionalInterface
public interface CjWebhookSink {

    /**
     * Starts processing the event without waiting for it.
     *
     * @return a stage that completes normally when the event has been processed (for the Kafka route: the
     *         record acknowledged), exceptionally when processing failed
     * @throws java.util.concurrent.RejectedExecutionException when there is no room for it now (the receiver
     *         answers 503 so that CJ delivers it again later)
     */
    CompletionStage<?> deliver(CjWebhookEvent event);
}
