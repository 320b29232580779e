package io.camelcj.component.cj.client;

import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.component.cj.http.HttpSettings;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AccountSettingsTest {

    private static AccountSettings settings(String apiKey, double qps, long marginMillis) {
        HttpSettings http = new HttpSettings("https://developers.cjdropshipping.com/api2.0/v1", Duration.ofSeconds(1),
                Duration.ofSeconds(1), null, 0);
        return new AccountSettings(apiKey, http, qps, Duration.ofMillis(marginMillis), Duration.ofSeconds(1),
                new InMemoryTokenStore(), Duration.ofMinutes(5), Duration.ofDays(1), Clock.systemUTC());
    }

    @Test
    void marginSpreadsOverTheRequestsOfOneCjWindow() {
        // qps 1: one call per window of 1 s, spaced 1.1 s
        assertThat(settings("k", 1, 100).effectiveQps()).isCloseTo(1 / 1.1, within(1e-9));
        // qps 5: five calls per 1 s window; five intervals of 0.22 s span 1.1 s
        assertThat(settings("k", 5, 100).effectiveQps()).isCloseTo(1 / 0.22, within(1e-9));
        // qps 0.5: one call per 2 s window
        assertThat(settings("k", 0.5, 100).effectiveQps()).isCloseTo(1 / 2.1, within(1e-9));
        assertThat(settings("k", 4, 0).effectiveQps()).isCloseTo(4, within(1e-9));
    }

    @Test
    void settingsRefuseNonsenseAndHideTheKey() {
        assertThatThrownBy(() -> settings(" ", 1, 0)).hasMessageContaining("apiKey must be set");
        assertThatThrownBy(() -> settings("k", 0, 0)).hasMessageContaining("qps must be positive");
        assertThatThrownBy(() -> settings("k", 1, -1)).hasMessageContaining("rateLimitMargin");
        assertThat(settings("CJ123@api@secret", 1, 0).toString()).doesNotContain("secret").contains("qps=1.0");
    }
}
