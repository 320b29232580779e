package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** 1600200 with the daily-limit message (only the message tells it from the per-second one). Admin JSON: {"type":"dailyLimit"}. */
final class DailyLimitFault extends Fault {

    static DailyLimitFault fromJson(JsonNode json) {
        return new DailyLimitFault();
    }

    @Override
    void apply(FaultExchange call) throws IOException {
        call.answer(call.rateLimitHttpStatus(), Envelope.bare(1600200, ApiServer.DAILY_MESSAGE));
    }

    @Override
    public String toString() {
        return "dailyLimit()";
    }
}
