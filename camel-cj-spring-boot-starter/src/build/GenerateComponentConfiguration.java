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

/**
 * Build step of the starter (run by exec-maven-plugin before compiling): reads the component JSON that
 * camel-package-maven-plugin generated for the cj component and writes
 * <ul>
 * <li>{@code CjComponentConfiguration.java}: one Spring Boot property per component option, its javadoc the
 * option's description, so the configuration processor puts it into spring-configuration-metadata.json;</li>
 * <li>{@code META-INF/additional-spring-configuration-metadata.json}: the options' defaults and enum values,
 * which the processor merges in (the Java fields stay null so that only options that were set are copied).</li>
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
        additional.put("properties", defaults);
        additional.put("hints", hints);
        mapper.writeValue(metadata.toFile(), additional);
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
