package io.camelcj.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** The operation table, filled by the *Api classes. */
final class Routes {

    private final Map<String, Route> routes = new LinkedHashMap<>();

    /** An authenticated GET operation with query parameters. */
    void get(String operation, Envelope envelope, int points, Route.Handler handler) {
        add(new Route(operation, "GET", Route.Input.QUERY, envelope, true, points, handler));
    }

    /** An authenticated operation with a JSON body. */
    void json(String operation, String method, Envelope envelope, Route.Handler handler) {
        add(new Route(operation, method, Route.Input.JSON, envelope, true, 1, handler));
    }

    void add(Route route) {
        if (routes.putIfAbsent(route.operation(), route) != null) {
            throw new IllegalStateException("duplicate operation " + route.operation());
        }
    }

    Map<String, Route> asMap() {
        return Map.copyOf(routes);
    }
}
