package io.camelcj.component.cj.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CjWebhookSignatureTest {

    private static final byte[] BODY = "{\"messageId\":\"m1\",\"type\":\"PRODUCT\"}".getBytes(StandardCharsets.UTF_8);
    // computed independently: base64(hmac_sha256(b"1234567", BODY)) with Python's hmac module
    private static final String EXPECTED = "tPm1mGR3/wRXx1cMet02qxXC9GeBHPIlGOvgSzphK4U=";

    private final CjWebhookSignature signature = new CjWebhookSignature("1234567");

    @Test
    void signsWithOpenIdAsKey() {
        assertThat(signature.sign(BODY)).isEqualTo(EXPECTED);
    }

    @Test
    void verifiesGenuineSignature() {
        assertThat(signature.verify(BODY, EXPECTED)).isTrue();
    }

    @Test
    void rejectsSignatureOfAnotherBody() {
        byte[] changed = "{\"messageId\":\"m1\",\"type\":\"PRODUCT\" }".getBytes(StandardCharsets.UTF_8);
        assertThat(signature.verify(changed, EXPECTED)).isFalse();
    }

    @Test
    void rejectsSignatureMadeWithAnotherOpenId() {
        String other = new CjWebhookSignature("7654321").sign(BODY);
        assertThat(signature.verify(BODY, other)).isFalse();
    }

    @Test
    void rejectsMissingBlankAndNonBase64Signatures() {
        assertThat(signature.verify(BODY, null)).isFalse();
        assertThat(signature.verify(BODY, " ")).isFalse();
        assertThat(signature.verify(BODY, "not base64 !!")).isFalse();
        assertThat(signature.verify(BODY, EXPECTED.substring(0, 20))).isFalse();
    }

    @Test
    void requiresOpenId() {
        assertThatThrownBy(() -> new CjWebhookSignature(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("openId");
    }

    @Test
    void toStringHidesKey() {
        assertThat(signature.toString()).doesNotContain("1234567");
    }
}
