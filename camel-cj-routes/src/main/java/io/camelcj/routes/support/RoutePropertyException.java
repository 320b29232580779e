package io.camelcj.routes.support;

/** A route property is missing or malformed; the message names the full property key. */
public class RoutePropertyException extends IllegalArgumentException {

    private final String property;

    public RoutePropertyException(String property, String message) {
        super(property + ": " + message);
        this.property = property;
    }

    /** The full property key, e.g. {@code camel.cj.sync.pageSize}. */
    public String getProperty() {
        return property;
    }
}
