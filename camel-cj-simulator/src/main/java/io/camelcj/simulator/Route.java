package io.camelcj.simulator;

/** One operation of the API: path after /api2.0/v1/, HTTP method, how parameters arrive, envelope, handler. */
record Route(String operation, String method, Input input, Envelope envelope, boolean auth, int points, Handler handler) {

    enum Input { QUERY, JSON, MULTIPART, NONE }

    @FunctionalInterface
    interface Handler {
        Object handle(ApiRequest request);
    }

    /** A handler result with a message other than the envelope's default. */
    record Reply(Object data, String message) {
    }
}
