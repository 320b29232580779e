package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/** 1600000 "System busy, please contact CJ IT". Admin JSON: {"type":"systemBusy"}. */
final class SystemBusyFault extends CjCodeFault {

    SystemBusyFault() {
        super(1600000, "System busy, please contact CJ IT");
    }

    static SystemBusyFault fromJson(JsonNode json) {
        return new SystemBusyFault();
    }
}
