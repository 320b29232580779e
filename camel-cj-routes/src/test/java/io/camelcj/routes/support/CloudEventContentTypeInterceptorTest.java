package io.camelcj.routes.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class CloudEventContentTypeInterceptorTest {

    private final CloudEventContentTypeInterceptor interceptor = new CloudEventContentTypeInterceptor();

    private static ProducerRecord<Object, Object> record(String... headerPairs) {
        ProducerRecord<Object, Object> record = new ProducerRecord<>("t", "k", "{}");
        for (int i = 0; i < headerPairs.length; i += 2) {
            record.headers().add(headerPairs[i], headerPairs[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static String[] names(ProducerRecord<Object, Object> record) {
        return Arrays.stream(record.headers().toArray()).map(Header::key).toArray(String[]::new);
    }

    @Test
    void aCloudEventGetsTheBindingsLowerCaseName() {
        ProducerRecord<Object, Object> out = interceptor.onSend(
                record("ce_specversion", "1.0", "ce_id", "m1", "Content-Type", "application/json"));
        assertThat(names(out)).containsExactly("ce_specversion", "ce_id", "content-type");
        assertThat(new String(out.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/json");
    }

    @Test
    void otherRecordsAndCorrectNamesAreLeftAlone() {
        assertThat(names(interceptor.onSend(record("Content-Type", "text/plain", "cj-message-id", "m2"))))
                .containsExactly("Content-Type", "cj-message-id");
        assertThat(names(interceptor.onSend(record("ce_specversion", "1.0", "content-type", "application/json"))))
                .containsExactly("ce_specversion", "content-type");
    }
}
