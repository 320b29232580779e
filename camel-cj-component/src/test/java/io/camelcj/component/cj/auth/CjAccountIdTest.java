package io.camelcj.component.cj.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CjAccountIdTest {

    @Test
    void isStableShortAndRevealsNothingOfTheKey() {
        String key = "CJ1234567@api@0123456789abcdef0123456789abcdef";

        String id = CjAccountId.of(key);

        assertThat(id).matches("cj-[0-9a-f]{16}").isEqualTo(CjAccountId.of(key));
        assertThat(id).doesNotContain("1234567").doesNotContain("0123456789abcdef".substring(0, 6));
        assertThat(CjAccountId.of(key + "x")).isNotEqualTo(id);
    }

    @Test
    void refusesBlankKeys() {
        assertThatThrownBy(() -> CjAccountId.of(" ")).hasMessageContaining("apiKey");
        assertThatThrownBy(() -> CjAccountId.of(null)).hasMessageContaining("apiKey");
    }
}
