import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.camelcj.routes.RouteFamilies;
import io.camelcj.routes.support.RouteOption;
import io.camelcj.routes.support.RouteOptions;

/**
 * Build step of the starter (run by exec-maven-plugin before compiling): reads the component JSON that
 * camel-package-maven-plugin generated for the cj component and writes
 * <ul>
 * <li>{@code CjComponentConfiguration.java}: one Spring Boot property per component option, its javadoc the
 * option's description, so the configuration processor puts it into spring-configuration-metadata.json;</li>
 * <li>{@code META-INF/additional-spring-configuration-metadata.json}: the options' defaults and enum values,
 * which the processor merges in (the Java fields stay null so that only options that were set are copied), and
 * every option of the prebuilt route families ({@code camel.cj.*}) as the routes declare them
 * ({@link RouteFamilies}): the routes read those themselves, the metadata is for the IDE.</li>
 * </ul>
 * Arguments: the Java output folder, the resource output folder. The component JSON is read from the class path.
 */
public final class GenerateComponentConfiguration {

    private static final String JSON = "META-INF/io/camelcj/component/cj/cj.json";
    private static final String PACKAGE = "io.camelcj.springboot";
    private static final String PREFIX = "camel.component.cj";
    /** Not a property: the component's nested configuration object itself. */
    private static final Set<String> SKIPPED = Set.of("configuration");
    private static final Map<String, String> BOXED = Map.of("boolean", "Boolean", "int", "Integer", "long", "Long",
            "double", "Double", "float", "Float", "short", "Short", "byte", "Byte", "char", "Character");

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode component;
        try (InputStream in = GenerateComponentConfiguration.class.getClassLoader().getResourceAsStream(JSON)) {
            if (in == null) {
                throw new IllegalStateException(JSON + " is not on the class path: build camel-cj-component first");
            }
            component = mapper.readTree(in).get("componentProperties");
        }
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        List<Map<String, Object>> defaults = new ArrayList<>();
        List<Map<String, Object>> hints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> option : iterable(component)) {
            String name = option.getKey();
            JsonNode o = option.getValue();
            if (SKIPPED.contains(name)) {
                continue;
            }
            String type = javaType(o);
            String description = o.path("description").asText("") + (isReference(o)
                    ? " (the name of a bean of type " + o.get("javaType").asText() + ", as #name)" : "");
            fields.append("    /**\n     * ").append(escape(description)).append("\n     */\n");
            if (o.path("deprecated").asBoolean()) {
                fields.append("    @Deprecated\n");
            }
            fields.append("    private ").append(type).append(' ').append(name).append(";\n\n");
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            accessors.append("    public ").append(type).append(" get").append(cap).append("() {\n        return ")
                    .append(name).append(";\n    }\n\n    public void set").append(cap).append('(').append(type)
                    .append(" value) {\n        this.").append(name).append(" = value;\n    }\n\n");
            if (o.has("defaultValue")) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("name", PREFIX + "." + kebab(name));
                d.put("type", type.startsWith("java.") ? type : boxedName(type));
                d.put("defaultValue", defaultValue(o));
                defaults.add(d);
            }
            if (o.has("enum")) {
                List<Map<String, Object>> values = new ArrayList<>();
                o.get("enum").forEach(v -> values.add(Map.of("value", v.asText())));
                hints.add(Map.of("name", PREFIX + "." + kebab(name), "values", values));
            }
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        routeFamilies(defaults, hints, groups);
        String source = "package " + PACKAGE + ";\n\n"
                + "import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n"
                + "import org.springframework.boot.context.properties.ConfigurationProperties;\n\n"
                + "/**\n * The cj component's options as Spring Boot properties ({@code " + PREFIX + ".*}).\n"
                + " * Generated from the component JSON by src/build/GenerateComponentConfiguration.java: do not edit.\n */\n"
                + "@ConfigurationProperties(prefix = \"" + PREFIX + "\")\n"
                + "public class CjComponentConfiguration extends ComponentConfigurationPropertiesCommon {\n\n"
                + fields + accessors.toString().stripTrailing() + "\n}\n";
        Path java = Path.of(args[0], PACKAGE.replace('.', '/'), "CjComponentConfiguration.java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, source, StandardCharsets.UTF_8);
        Path metadata = Path.of(args[1], "META-INF", "additional-spring-configuration-metadata.json");
        Files.createDirectories(metadata.getParent());
        Map<String, Object> additional = new LinkedHashMap<>();
        additional.put("groups", groups);
        additional.put("properties", defaults);
        additional.put("hints", hints);
        mapper.writeValue(metadata.toFile(), additional);
    }

    /** Families the routes do not declare yet: only their switch is listed. */
    private static final Map<String, String> UNDECLARED_FAMILIES = Map.of("camel.cj.webhooks",
            "The webhook receiver feeding Kafka (src/docs/webhooks-and-feeds.md).");

    private static void routeFamilies(List<Map<String, Object>> properties, List<Map<String, Object>> hints,
                                      List<Map<String, Object>> groups) {
        for (RouteOptions family : RouteFamilies.all()) {
            groups.add(Map.of("name", family.prefix(), "description", family.description()));
            for (RouteOption<?> option : family.options()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("name", option.key());
                p.put("type", option.javaType().getName());
                if (option.name().equals("enabled")) {
                    // the starter adds a family only when it is switched on (see CjRoutesAutoConfiguration)
                    p.put("description", option.description() + " With the Spring Boot starter the family is"
                            + " added to the context only when this is true.");
                    p.put("defaultValue", false);
                } else {
                    p.put("description", option.description());
                    if (option.defaultValue() != null) {
                        p.put("defaultValue", option.defaultText());
                    }
                }
                properties.add(p);
                if (!option.allowedValues().isEmpty()) {
                    List<Map<String, Object>> values = new ArrayList<>();
                    option.allowedValues().forEach(v -> values.add(Map.of("value", v)));
                    hints.add(Map.of("name", option.key(), "values", values));
                }
            }
        }
        UNDECLARED_FAMILIES.forEach((prefix, description) -> {
            groups.add(Map.of("name", prefix, "description", description));
            properties.add(Map.of("name", prefix + ".enabled", "type", "java.lang.Boolean", "defaultValue", false,
                    "description", "Whether the starter adds this route family to the Camel context."));
        });
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }

    private static boolean isReference(JsonNode o) {
        return "object".equals(o.path("type").asText());
    }

    /** Simple types stay as they are (boxed, so that unset means null); bean references and classes are names. */
    private static String javaType(JsonNode o) {
        String javaType = o.get("javaType").asText();
        if (isReference(o) || javaType.startsWith("java.lang.Class")) {
            return "String";
        }
        if (BOXED.containsKey(javaType)) {
            return BOXED.get(javaType);
        }
        if (o.has("enum")) {
            return "String"; // bound by Camel's type converter, values listed as hints
        }
        return javaType.startsWith("java.lang.") ? javaType.substring("java.lang.".length()) : javaType;
    }

    private static String boxedName(String type) {
        return type.contains(".") ? type : "java.lang." + type;
    }

    private static Object defaultValue(JsonNode o) {
        JsonNode d = o.get("defaultValue");
        return d.isNumber() || d.isBoolean() ? d : d.asText();
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String escape(String text) {
        return text.replace("*/", "*&#47;").replace("@", "{@literal @}");
    }
}
