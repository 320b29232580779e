package io.camelcj.component.cj.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpSettingsTest {

    @Test
    void plainHttpOnlyForLoopback() {
        assertThat(HttpSettings.checkBaseUrl("http://127.0.0.1:8089/api2.0/v1/")).isEqualTo("http://127.0.0.1:8089/api2.0/v1");
        assertThat(HttpSettings.checkBaseUrl("http://localhost:1/api2.0/v1")).isEqualTo("http://localhost:1/api2.0/v1");
        assertThat(HttpSettings.checkBaseUrl("http://[::1]:1/x")).isEqualTo("http://[::1]:1/x");
        assertThat(HttpSettings.checkBaseUrl("https://developers.cjdropshipping.com/api2.0/v1"))
                .isEqualTo("https://developers.cjdropshipping.com/api2.0/v1");
        assertThatThrownBy(() -> HttpSettings.checkBaseUrl("http://developers.cjdropshipping.com/api2.0/v1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Refusing plain http://");
        assertThatThrownBy(() -> HttpSettings.checkBaseUrl("http://10.0.0.1/api2.0/v1"))
                .hasMessageContaining("non-loopback");
        assertThatThrownBy(() -> HttpSettings.checkBaseUrl("ftp://x/y")).hasMessageContaining("absolute http(s)");
    }
}
