package io.camelcj.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The admin API's fault JSON finds each fault class by its type name. */
class FaultJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private Fault parse(String json) throws Exception {
        return Fault.fromJson(mapper.readTree(json));
    }

    @Test
    void everyDocumentedTypeResolvesToItsFault() throws Exception {
        assertThat(parse("{\"type\":\"httpStatus\",\"status\":503}")).hasToString("httpStatus(503)");
        assertThat(parse("{\"type\":\"cjCode\",\"code\":1603001,\"message\":\"x\"}")).hasToString("cjCode(1603001)");
        assertThat(parse("{\"type\":\"systemBusy\"}")).hasToString("cjCode(1600000)");
        assertThat(parse("{\"type\":\"latency\",\"millis\":250}")).hasToString("latency(PT0.25S)");
        assertThat(parse("{\"type\":\"connectionReset\"}")).hasToString("connectionReset()");
        assertThat(parse("{\"type\":\"rateLimited\"}")).hasToString("rateLimited()");
        assertThat(parse("{\"type\":\"dailyLimit\"}")).hasToString("dailyLimit()");
        assertThat(parse("{\"type\":\"pointsExhausted\"}")).hasToString("pointsExhausted()");
        assertThat(parse("{\"type\":\"afterProcessing\",\"fault\":{\"type\":\"connectionReset\"}}"))
                .hasToString("afterProcessing(connectionReset())");
    }

    @Test
    void unknownOrMalformedTypesAreRefusedByName() {
        assertThatThrownBy(() -> parse("{\"type\":\"nope\"}")).hasMessage("unknown fault type nope");
        assertThatThrownBy(() -> parse("{\"type\":\"exchange\"}")).hasMessage("unknown fault type exchange");
        assertThatThrownBy(() -> parse("{}")).hasMessageContaining("fault type is required");
        assertThatThrownBy(() -> parse("{\"type\":\"java.lang.Runtime\"}")).hasMessageContaining("fault type is required");
        assertThatThrownBy(() -> parse("{\"type\":\"httpStatus\",\"status\":42}")).hasMessageContaining("status must be an HTTP status code");
        assertThatThrownBy(() -> parse("{\"type\":\"afterProcessing\",\"fault\":{\"type\":\"afterProcessing\",\"fault\":{\"type\":\"connectionReset\"}}}"))
                .hasMessageContaining("cannot be nested");
    }
}
