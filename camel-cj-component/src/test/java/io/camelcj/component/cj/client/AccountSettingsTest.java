package io.camelcj.component.cj.client;

import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.component.cj.http.HttpSettings;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountSettingsTest {

    private static AccountSettings settings(String apiKey, double qps, long marginMillis) {
        HttpSettings http = new HttpSettings("https://developers.cjdropshipping.com/api2.0/v1", Duration.ofSeconds(1),
                Duration.ofSeconds(1), null, 0);
        return new AccountSettings(apiKey, http, qps, Duration.ofMillis(marginMillis), Duration.ofSeconds(1),
                new InMemoryTokenStore(), Duration.ofMinutes(5), Duration.ofDays(1), Clock.systemUTC());
    }

    @Test
    void anUnsetQpsStartsAtTheLowestTierUntilSettingGetTells() {
        assertThat(settings("k", 4, 0).initialQps()).isEqualTo(4);
        assertThat(settings("k", 4, 0).qpsGiven()).isTrue();
        HttpSettings http = new HttpSettings("https://developers.cjdropshipping.com/api2.0/v1", Duration.ofSeconds(1),
                Duration.ofSeconds(1), null, 0);
        AccountSettings unset = new AccountSettings("k", http, null, Duration.ZERO, Duration.ofSeconds(1),
                new InMemoryTokenStore(), Duration.ofMinutes(5), Duration.ofDays(1), Clock.systemUTC());
        assertThat(unset.qpsGiven()).isFalse();
        assertThat(unset.initialQps()).isEqualTo(AccountSettings.FALLBACK_QPS);
        assertThat(unset.toString()).contains("qps=from setting/get");
    }

    @Test
    void settingsRefuseNonsenseAndHideTheKey() {
        assertThatThrownBy(() -> settings(" ", 1, 0)).hasMessageContaining("apiKey must be set");
        assertThatThrownBy(() -> settings("k", 0, 0)).hasMessageContaining("qps must be positive");
        assertThatThrownBy(() -> settings("k", 1, -1)).hasMessageContaining("rateLimitMargin");
        assertThat(settings("CJ123@api@secret", 1, 0).toString()).doesNotContain("secret").contains("qps=1.0");
    }
}
