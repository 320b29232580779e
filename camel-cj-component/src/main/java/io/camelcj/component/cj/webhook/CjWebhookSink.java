package io.camelcj.component.cj.webhook;

/** Where the receiver hands accepted messages off to, so that CJ gets its answer at once. */
@FunctionalInterface
public interface CjWebhookSink {

    /**
     * Queue the event for processing without waiting for it to be processed.
     *
     * @return false when the queue is full (the receiver then answers 503 so that CJ retries later)
     */
    boolean offer(CjWebhookEvent event);
}
