package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** The live per-second rate-limit answer, a bare {code:1600200, message}. Admin JSON: {"type":"rateLimited"}. */
final class RateLimitedFault extends Fault {

    static RateLimitedFault fromJson(JsonNode json) {
        return new RateLimitedFault();
    }

    @Override
    void apply(FaultExchange call) throws IOException {
        call.answer(call.rateLimitHttpStatus(), Envelope.bare(1600200, "Too Many Requests, QPS limit is 1 time/1second"));
    }

    @Override
    public String toString() {
        return "rateLimited()";
    }
}
