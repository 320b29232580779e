package io.camelcj.routes.support;

import java.util.List;
import java.util.Objects;

/**
 * One option of a route family, declared once (see {@link RouteOptions}): its name under the family's prefix, type,
 * default and description. Reading, validation, the docs and IDE metadata all come from this declaration.
 *
 * @param <T> the Java type of the value
 */
public final class RouteOption<T> {

    private final RouteOptions family;
    private final String name;
    private final OptionType<T> type;
    private final T defaultValue;
    private final String description;

    RouteOption(RouteOptions family, String name, OptionType<T> type, T defaultValue, String description) {
        this.family = family;
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = defaultValue;
        this.description = Objects.requireNonNull(description, "description");
    }

    /** The name under the family's prefix, in kebab-case, e.g. {@code page-size} or {@code state.file}. */
    public String name() {
        return name;
    }

    /** The full property key, e.g. {@code camel.cj.sync.page-size}. */
    public String key() {
        return family.prefix() + "." + name;
    }

    public OptionType<T> type() {
        return type;
    }

    /** The default, null when the option has none (absent then means "not set"). */
    public T defaultValue() {
        return defaultValue;
    }

    /** The default as text, as it would be written in {@code application.properties}; null when none. */
    public String defaultText() {
        return type.format(defaultValue);
    }

    public String description() {
        return description;
    }

    public Class<?> javaType() {
        return type.javaType();
    }

    public List<String> allowedValues() {
        return type.allowedValues();
    }

    @Override
    public String toString() {
        return key();
    }
}
