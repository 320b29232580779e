package io.camelcj.simulator;

import java.io.IOException;
import java.util.Map;

/** One API call as a {@link Fault} sees it: what it may do instead of (or after) the normal handling. */
interface FaultExchange {

    /** Handles the request for real (e.g. the order is created) without answering yet; once only. */
    void process();

    /** Handles the request unless {@link #process()} already did, then sends its real answer. */
    void answerNormally() throws IOException;

    /** Sends this JSON body with this HTTP status (logged with the body's code). */
    void answer(int status, Map<String, Object> body) throws IOException;

    /** Sends the operation's own error envelope with this CJ code, HTTP 200. */
    void answerError(int code, String message) throws IOException;

    /** Sends a non-JSON gateway page with this HTTP status (logged without a CJ code). */
    void answerHtml(int status, String html) throws IOException;

    /** Closes the connection without any answer (logged with status 0). */
    void drop();

    /** The HTTP status the simulator sends with 1600200 (200 or 429). */
    int rateLimitHttpStatus();
}
