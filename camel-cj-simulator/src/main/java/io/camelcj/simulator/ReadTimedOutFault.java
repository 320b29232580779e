package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * 1600301 "Read timed out" in the operation's envelope: CJ's own back end timed out (Appendix 1: "Wait a moment
 * and try again"). Admin JSON: {"type":"readTimedOut"}.
 */
final class ReadTimedOutFault extends Fault {

    static ReadTimedOutFault fromJson(JsonNode json) {
        return new ReadTimedOutFault();
    }

    @Override
    void apply(FaultExchange call) throws IOException {
        call.answerError(1600301, "Read timed out");
    }

    @Override
    public String toString() {
        return "readTimedOut()";
    }
}
