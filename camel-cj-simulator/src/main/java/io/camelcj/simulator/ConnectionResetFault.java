package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/** Closes the connection without any answer. Admin JSON: {"type":"connectionReset"}. */
final class ConnectionResetFault extends Fault {

    static ConnectionResetFault fromJson(JsonNode json) {
        return new ConnectionResetFault();
    }

    @Override
    void apply(FaultExchange call) {
        call.drop();
    }

    @Override
    public String toString() {
        return "connectionReset()";
    }
}
