package io.camelcj.springboot;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema check rejects what the schemas forbid (so the pipeline test's check can fail). */
class KafkaRecordSchemasTest {

    private final KafkaRecordSchemas schemas = new KafkaRecordSchemas(Map.of(
            "cj.products", "cj.product.v1.json", "cj.orders.out", "cj.order.result.v1.json",
            "cj.sync.runs", "cj.sync.run.v1.json"));

    @Test
    void recordsThatBreakTheirSchemaAreReported() {
        assertThat(schemas.violations("cj.products", "{\"schema\":\"cj.product/v1\"}")).isNotEmpty();
        assertThat(schemas.violations("cj.products", "{\"schema\":\"cj.product/v2\",\"pid\":\"p1\"}")).isNotEmpty();
        assertThat(schemas.violations("cj.orders.out", "{\"orderNumber\":\"o1\",\"cjOrderId\":\"1\",\"outcome\":"
                + "\"CREATED\",\"recordedAt\":\"2026-12-01T00:00:00Z\",\"lineItems\":[{\"vid\":\"v\",\"quantity\":0}]}"))
                .isNotEmpty();
        assertThat(schemas.violations("cj.sync.runs", "{\"schema\":\"cj.sync.run/v1\",\"status\":\"DONE\"}"))
                .isNotEmpty();
        assertThat(schemas.violations("cj.products", "not json")).isNotEmpty();
    }

    @Test
    void aValidRecordAndATombstonePass() {
        assertThat(schemas.violations("cj.products", "{\"schema\":\"cj.product/v1\",\"pid\":\"p1\"}")).isEmpty();
        assertThat(schemas.violations("cj.products", null)).isEmpty();
    }
}
