package io.camelcj.component.cj.webhook;

/**
 * What to answer CJ: an HTTP status and a small JSON body in CJ's own envelope shape.
 *
 * @param status HTTP status code
 * @param body   JSON body
 * @param reason short machine-friendly reason (ACCEPTED, DUPLICATE, FORGED, MALFORMED, TOO_LARGE, ...)
 */
public record CjWebhookResponse(int status, String body, String reason) {

    static CjWebhookResponse of(int status, String reason, String message) {
        boolean ok = status == 200;
        String json = "{\"code\":" + status + ",\"result\":" + ok + ",\"message\":\"" + message
                + "\",\"data\":" + ok + "}";
        return new CjWebhookResponse(status, json, reason);
    }

    static final CjWebhookResponse ACCEPTED = of(200, "ACCEPTED", "Success");
    static final CjWebhookResponse PING = of(200, "PING", "Success");
    static final CjWebhookResponse DUPLICATE = of(200, "DUPLICATE", "Success (duplicate ignored)");
    static final CjWebhookResponse FORGED = of(401, "FORGED", "Invalid or missing signature");
    static final CjWebhookResponse TOO_LARGE = of(413, "TOO_LARGE", "Body too large");
    static final CjWebhookResponse HEADERS_TOO_LARGE = of(431, "HEADERS_TOO_LARGE", "Request headers too large");
    static final CjWebhookResponse BUSY = of(503, "BUSY", "Receiver busy, retry later");
    static final CjWebhookResponse TIMEOUT = of(503, "TIMEOUT", "Not processed in time, retry later");
    static final CjWebhookResponse STOPPING = of(503, "STOPPING", "Receiver stopping, retry later");
    static final CjWebhookResponse FAILED = of(500, "FAILED", "Receiver error");

    static CjWebhookResponse malformed(String why) {
        return of(400, "MALFORMED", "Malformed message: " + why.replace("\"", "'"));
    }
}
