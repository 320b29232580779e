package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** An HTTP status with a small HTML gateway page and no CJ code. Admin JSON: {"type":"httpStatus","status":503}. */
final class HttpStatusFault extends Fault {

    private final int status;

    HttpStatusFault(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status code: " + status);
        }
        this.status = status;
    }

    static HttpStatusFault fromJson(JsonNode json) {
        return new HttpStatusFault(json.path("status").asInt());
    }

    @Override
    void apply(FaultExchange call) throws IOException {
        call.answerHtml(status, "<html><body><h1>" + status + " Service Error</h1></body></html>");
    }

    @Override
    public String toString() {
        return "httpStatus(" + status + ")";
    }
}
