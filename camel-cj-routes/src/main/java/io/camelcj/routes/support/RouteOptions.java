package io.camelcj.routes.support;

import io.camelcj.component.cj.CjUserFiles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.camel.CamelContext;

/**
 * The options of one route family under one prefix ({@code camel.cj.<family>}), each declared once as a
 * {@link RouteOption}. Reading a family ({@link #read}) parses every option at once, so a bad value fails start-up,
 * and refuses keys under the prefix that no option declares, so a typo fails start-up too; both errors name the key
 * and what is expected.
 * <p>
 * Names are kebab-case ({@code page-size}); like Spring Boot's relaxed binding, the camelCase form ({@code pageSize})
 * is accepted for the same option. The declarations are public so that runtimes can generate IDE metadata from them
 * (see {@link io.camelcj.routes.RouteFamilies}).
 */
public final class RouteOptions {

    /** The prefix of every route family; a {@code camel.cj.*} key outside the families below is refused. */
    public static final String ROOT = "camel.cj";

    /** Every family prefix, including families declared outside this module's own option classes. */
    public static final List<String> FAMILY_PREFIXES = List.of("camel.cj.sync", "camel.cj.orders",
            "camel.cj.order-status", "camel.cj.tracking", "camel.cj.webhooks", "camel.cj.cluster");

    /** Keys under {@link #ROOT} that are not route options: the directory of camel-cj's default files. */
    private static final Set<String> OUTSIDE_THE_FAMILIES = Set.of(CjUserFiles.HOME_PROPERTY);

    /** Prefixes used before the families were unified, with the prefix that replaced them. */
    private static final Map<String, String> FORMER_PREFIXES = Map.of(
            "camel.cj.feeds.order-status", "camel.cj.order-status",
            "camel.cj.feeds.tracking", "camel.cj.tracking");

    private final String prefix;
    private final String description;
    private final Map<String, RouteOption<?>> options = new LinkedHashMap<>();

    /**
     * @param prefix      e.g. {@code camel.cj.sync}; one of {@link #FAMILY_PREFIXES}
     * @param description what the family configures (for tooling)
     */
    public RouteOptions(String prefix, String description) {
        if (!FAMILY_PREFIXES.contains(prefix)) {
            throw new IllegalArgumentException(prefix + " is not one of " + FAMILY_PREFIXES);
        }
        this.prefix = prefix;
        this.description = description;
    }

    /** Declares an option; call once per option, from a static initialiser of the family's options class. */
    public synchronized <T> RouteOption<T> add(String name, OptionType<T> type, T defaultValue, String description) {
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("option names are kebab-case: " + name);
        }
        RouteOption<T> option = new RouteOption<>(this, name, type, defaultValue, description);
        if (options.putIfAbsent(normalize(name), option) != null) {
            throw new IllegalArgumentException(prefix + "." + name + " is declared twice");
        }
        return option;
    }

    public String prefix() {
        return prefix;
    }

    public String description() {
        return description;
    }

    /** Every declared option, in declaration order. */
    public synchronized List<RouteOption<?>> options() {
        return List.copyOf(options.values());
    }

    /** Reads the family through the context's properties component (so {@code {{...}}} placeholders work). */
    public RouteValues read(CamelContext context) {
        Set<String> keys = new HashSet<>();
        context.getPropertiesComponent().loadProperties(k -> k.startsWith(ROOT + "."))
                .stringPropertyNames().forEach(keys::add);
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(ROOT + ".")).forEach(keys::add);
        return read(key -> context.getPropertiesComponent().resolveProperty(key), keys);
    }

    /** Reads the family from plain properties (full keys). */
    public RouteValues read(Map<String, String> properties) {
        return read(key -> Optional.ofNullable(properties.get(key)), properties.keySet());
    }

    /**
     * @param lookup resolves a full key
     * @param keys   every key that is set (at least those under {@value #ROOT}), to find unknown ones
     */
    public RouteValues read(Function<String, Optional<String>> lookup, Set<String> keys) {
        rejectOutsideTheFamilies(keys);
        Map<String, List<String>> present = new LinkedHashMap<>();
        for (String key : new TreeSet<>(keys)) {
            if (key.startsWith(prefix + ".")) {
                String normalized = normalize(key.substring(prefix.length() + 1));
                if (!options.containsKey(normalized)) {
                    throw new RoutePropertyException(key, "unknown option" + suggestion(normalized)
                            + "; the options of " + prefix + " are " + names());
                }
                present.computeIfAbsent(normalized, n -> new ArrayList<>()).add(key);
            }
        }
        Map<RouteOption<?>, Object> values = new LinkedHashMap<>();
        Map<RouteOption<?>, String> usedKeys = new LinkedHashMap<>();
        for (Map.Entry<String, RouteOption<?>> e : options.entrySet()) {
            RouteOption<?> option = e.getValue();
            List<String> spellings = present.getOrDefault(e.getKey(), List.of(option.key()));
            Map<String, String> set = new LinkedHashMap<>();
            for (String key : spellings) {
                lookup.apply(key).map(String::trim).filter(v -> !v.isEmpty()).ifPresent(v -> set.put(key, v));
            }
            if (set.size() > 1) {
                throw new RoutePropertyException(option.key(), "set only once, found " + set.keySet());
            }
            if (!set.isEmpty()) {
                Map.Entry<String, String> raw = set.entrySet().iterator().next();
                usedKeys.put(option, raw.getKey());
                try {
                    values.put(option, option.type().parse(raw.getValue()));
                } catch (IllegalArgumentException ex) {
                    throw new RoutePropertyException(raw.getKey(), "expected " + option.type().expected()
                            + ", got '" + raw.getValue() + "'");
                }
            }
        }
        return new RouteValues(this, Collections.unmodifiableMap(values), Collections.unmodifiableMap(usedKeys));
    }

    private static void rejectOutsideTheFamilies(Set<String> keys) {
        for (String key : keys) {
            if (!key.startsWith(ROOT + ".") || OUTSIDE_THE_FAMILIES.contains(key)) {
                continue;
            }
            for (Map.Entry<String, String> former : FORMER_PREFIXES.entrySet()) {
                if (key.startsWith(former.getKey() + ".")) {
                    throw new RoutePropertyException(key, "the prefix " + former.getKey() + " is now "
                            + former.getValue() + " (" + former.getValue()
                            + key.substring(former.getKey().length()) + ")");
                }
            }
            if (FAMILY_PREFIXES.stream().noneMatch(p -> key.startsWith(p + "."))) {
                throw new RoutePropertyException(key, "unknown route family; the families are " + FAMILY_PREFIXES);
            }
        }
    }

    private String suggestion(String normalized) {
        return options.entrySet().stream()
                .filter(e -> e.getKey().contains(normalized) || normalized.contains(e.getKey()))
                .map(e -> " (did you mean " + e.getValue().key() + "?)").findFirst().orElse("");
    }

    private List<String> names() {
        return options.values().stream().map(RouteOption::name).toList();
    }

    /** {@code pageSize}, {@code page-size} and {@code pagesize} are the same option. */
    private static String normalize(String name) {
        return name.replace("-", "").toLowerCase(Locale.ROOT);
    }
}
