package io.camelcj.component.cj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated component descriptor documents every option and header. */
class CjComponentMetadataTest {

    private JsonNode descriptor() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/camelcj/component/cj/cj.json")) {
            assertThat(in).as("generated cj.json on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyOptionAndHeaderHasADescription() throws Exception {
        JsonNode d = descriptor();
        List<String> undocumented = new ArrayList<>();
        for (String section : List.of("componentProperties", "properties", "headers")) {
            d.get(section).fields().forEachRemaining(e -> {
                if (e.getValue().path("description").asText().isBlank()) {
                    undocumented.add(section + "." + e.getKey());
                }
            });
        }
        assertThat(undocumented).isEmpty();
        assertThat(d.get("component").get("scheme").asText()).isEqualTo("cj");
        assertThat(d.get("component").get("lenientProperties").asBoolean()).isTrue();
    }

    @Test
    void everyConfigurationFieldAndHeaderConstantIsListed() throws Exception {
        JsonNode d = descriptor();
        for (Field f : CjConfiguration.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertThat(d.get("properties").has(f.getName())).as("endpoint option " + f.getName()).isTrue();
                assertThat(d.get("componentProperties").has(f.getName())).as("component option " + f.getName()).isTrue();
            }
        }
        for (Field f : CjConstants.class.getFields()) {
            assertThat(d.get("headers").has((String) f.get(null))).as("header " + f.getName()).isTrue();
        }
        assertThat(d.get("properties").get("apiKey").get("secret").asBoolean()).isTrue();
        assertThat(d.get("properties").get("platformToken").get("secret").asBoolean()).isTrue();
    }
}
