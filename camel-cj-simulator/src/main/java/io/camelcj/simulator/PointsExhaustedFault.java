package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** 16900500 "Insufficient API points" in the operation's envelope. Admin JSON: {"type":"pointsExhausted"}. */
final class PointsExhaustedFault extends Fault {

    static PointsExhaustedFault fromJson(JsonNode json) {
        return new PointsExhaustedFault();
    }

    @Override
    void apply(FaultExchange call) throws IOException {
        call.answerError(16900500, "Insufficient API points");
    }

    @Override
    public String toString() {
        return "pointsExhausted()";
    }
}
