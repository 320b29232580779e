package io.camelcj.component.cj.http;

import java.io.IOException;

/**
 * An HTTP exchange that produced no answer. {@link #mayHaveReachedServer()} tells whether CJ may have
 * processed the request (read time-out, reset after sending) or certainly did not (connect failure).
 */
public class TransportException extends IOException {

    private final boolean mayHaveReachedServer;

    public TransportException(String message, boolean mayHaveReachedServer, Throwable cause) {
        super(message, cause);
        this.mayHaveReachedServer = mayHaveReachedServer;
    }

    public boolean mayHaveReachedServer() {
        return mayHaveReachedServer;
    }
}
