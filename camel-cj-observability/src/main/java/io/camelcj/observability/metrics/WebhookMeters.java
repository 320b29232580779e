package io.camelcj.observability.metrics;

import io.camelcj.component.cj.webhook.CjWebhookReceiver;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

/** Answers of one webhook receiver, by reason; a reason's counter appears with its first answer. */
final class WebhookMeters {

    private WebhookMeters() {
    }

    /** Registers the reasons answered since the last call (each once: Micrometer warns of a second registration). */
    static void bind(MeterRegistry registry, String routeId, CjWebhookReceiver receiver) {
        for (String reason : receiver.answerCounts().keySet()) {
            if (registry.find(CjMeterNames.WEBHOOK_ANSWERS).tag("route", routeId).tag("status", reason).meter() != null) {
                continue;
            }
            FunctionCounter.builder(CjMeterNames.WEBHOOK_ANSWERS, receiver,
                            r -> r.answerCounts().getOrDefault(reason, 0L))
                    .description("Answers of the CJ webhook receiver").tag("route", routeId).tag("status", reason)
                    .register(registry);
        }
    }
}
