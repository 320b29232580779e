package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Objects;

/**
 * Handles the request for real (an order really gets created), then lets another fault answer instead.
 * Admin JSON: {"type":"afterProcessing","fault":{...}}.
 */
final class AfterProcessingFault extends Fault {

    private final Fault inner;

    AfterProcessingFault(Fault inner) {
        Objects.requireNonNull(inner, "fault");
        if (inner instanceof AfterProcessingFault) {
            throw new IllegalArgumentException("afterProcessing cannot be nested");
        }
        this.inner = inner;
    }

    static AfterProcessingFault fromJson(JsonNode json) {
        return new AfterProcessingFault(Fault.fromJson(json.path("fault")));
    }

    @Override
    void apply(FaultExchange call) throws IOException, InterruptedException {
        call.process();
        inner.apply(call);
    }

    @Override
    public String toString() {
        return "afterProcessing(" + inner + ")";
    }
}
