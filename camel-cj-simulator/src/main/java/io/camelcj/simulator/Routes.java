package io.camelcj.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The operation table, filled by the *Api classes: path after /api2.0/v1/ → HTTP method → route. */
final class Routes {

    private final Map<String, Map<String, Route>> routes = new LinkedHashMap<>();

    /** An authenticated GET operation with query parameters. */
    void get(String operation, Envelope envelope, int points, Route.Handler handler) {
        add(new Route(operation, "GET", Route.Input.QUERY, envelope, true, points, handler));
    }

    /** An authenticated operation with a JSON body. */
    void json(String operation, String method, Envelope envelope, Route.Handler handler) {
        add(new Route(operation, method, Route.Input.JSON, envelope, true, 1, handler));
    }

    /** One path may serve several methods (product/conn/connection: GET, POST, DELETE). */
    void add(Route route) {
        Map<String, Route> byMethod = routes.computeIfAbsent(route.operation(), k -> new LinkedHashMap<>());
        if (byMethod.putIfAbsent(route.method(), route) != null) {
            throw new IllegalStateException("duplicate operation " + route.method() + " " + route.operation());
        }
    }

    Map<String, Map<String, Route>> asMap() {
        Map<String, Map<String, Route>> copy = new LinkedHashMap<>();
        routes.forEach((op, byMethod) -> copy.put(op, Map.copyOf(byMethod)));
        return Collections.unmodifiableMap(copy);
    }
}
