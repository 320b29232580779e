package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Objects;

/** HTTP 200 with the operation's error envelope carrying a CJ code. Admin JSON: {"type":"cjCode","code":..,"message":..}. */
class CjCodeFault extends Fault {

    private final int code;
    private final String message;

    CjCodeFault(int code, String message) {
        this.code = code;
        this.message = Objects.requireNonNull(message, "message");
    }

    static CjCodeFault fromJson(JsonNode json) {
        return new CjCodeFault(json.path("code").asInt(), json.path("message").asText("simulated error"));
    }

    @Override
    final void apply(FaultExchange call) throws IOException {
        call.answerError(code, message);
    }

    @Override
    public String toString() {
        return "cjCode(" + code + ")";
    }
}
