package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;

/** Waits, then answers normally (longer than the client's read timeout = a time-out). Admin JSON: {"type":"latency","millis":..}. */
final class LatencyFault extends Fault {

    private final Duration delay;

    LatencyFault(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        this.delay = delay;
    }

    static LatencyFault fromJson(JsonNode json) {
        return new LatencyFault(Duration.ofMillis(json.path("millis").asLong()));
    }

    @Override
    void apply(FaultExchange call) throws IOException, InterruptedException {
        Thread.sleep(delay.toMillis());
        call.answerNormally();
    }

    @Override
    public String toString() {
        return "latency(" + delay + ")";
    }
}
