package io.camelcj.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelcj.routes.support.KafkaHeaders;
import org.apache.camel.component.kafka.KafkaConstants;
import org.junit.jupiter.api.Test;

/**
 * camel-kafka renamed its headers between 4.14 ({@code kafka.KEY}) and 4.22 ({@code CamelKafkaKey}). This class is
 * compiled against 4.22, the routes against 4.14: the routes must still use 4.22's names here.
 */
class KafkaHeadersOnCamel422Test {

    @Test
    void routesBuiltOnCamel414UseTheHeaderNamesOfCamel422() {
        assertThat(KafkaConstants.KEY).isEqualTo("CamelKafkaKey");
        assertThat(KafkaHeaders.KEY).isEqualTo(KafkaConstants.KEY);
        assertThat(KafkaHeaders.OVERRIDE_TOPIC).isEqualTo(KafkaConstants.OVERRIDE_TOPIC);
        assertThat(KafkaHeaders.TOPIC).isEqualTo(KafkaConstants.TOPIC);
        assertThat(KafkaHeaders.PARTITION).isEqualTo(KafkaConstants.PARTITION);
        assertThat(KafkaHeaders.OFFSET).isEqualTo(KafkaConstants.OFFSET);
        assertThat(KafkaHeaders.MANUAL_COMMIT).isEqualTo(KafkaConstants.MANUAL_COMMIT);
    }
}
