package io.camelcj.routes.support;

import java.util.Map;
import java.util.Optional;

/** The parsed values of one route family ({@link RouteOptions#read}); options not set give their default. */
public final class RouteValues {

    private final RouteOptions family;
    private final Map<RouteOption<?>, Object> values;
    private final Map<RouteOption<?>, String> keys;

    /** @param keys the key each set option was found under (as written: kebab-case or camelCase) */
    RouteValues(RouteOptions family, Map<RouteOption<?>, Object> values, Map<RouteOption<?>, String> keys) {
        this.family = family;
        this.values = values;
        this.keys = keys;
    }

    /** The value, or the option's default (null when it has none). */
    @SuppressWarnings("unchecked")
    public <T> T get(RouteOption<T> option) {
        check(option);
        return values.containsKey(option) ? (T) values.get(option) : option.defaultValue();
    }

    /** The value when set, else the default when there is one, else empty. */
    public <T> Optional<T> find(RouteOption<T> option) {
        return Optional.ofNullable(get(option));
    }

    /** Whether the option was set (not just defaulted). */
    public boolean isSet(RouteOption<?> option) {
        check(option);
        return values.containsKey(option);
    }

    /**
     * An error about a value that parsed but does not fit (a check across options, a code list...), naming the key
     * as it was written.
     */
    public RoutePropertyException invalid(RouteOption<?> option, String reason) {
        return new RoutePropertyException(keys.getOrDefault(option, option.key()), reason);
    }

    private void check(RouteOption<?> option) {
        if (!family.options().contains(option)) {
            throw new IllegalArgumentException(option.key() + " is not an option of " + family.prefix());
        }
    }
}
