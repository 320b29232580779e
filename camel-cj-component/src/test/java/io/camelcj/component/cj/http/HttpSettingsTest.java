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

    @Test
    void plainHttpToLoopbackIsRefusedThroughARemoteProxy() {
        java.time.Duration t = java.time.Duration.ofSeconds(5);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HttpSettings("http://127.0.0.1:8080/api2.0/v1", t, t,
                "proxy.example.com", 3128)).hasMessageContaining("remote proxy proxy.example.com");
        org.assertj.core.api.Assertions.assertThat(new HttpSettings("http://127.0.0.1:8080/api2.0/v1", t, t, "127.0.0.1",
                3128).proxyHost()).isEqualTo("127.0.0.1");
        org.assertj.core.api.Assertions.assertThat(new HttpSettings("https://developers.cjdropshipping.com/api2.0/v1", t, t,
                "proxy.example.com", 3128).proxyPort()).isEqualTo(3128);
    }
}
