package io.camelcj.component.cj.throttle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class QuotaWindowTest {

    @ParameterizedTest(name = "quotaType {0} at {1} resets at {2}")
    @CsvSource({
        // 2026-11-23T10:20Z is 18:20 on 23 Nov in China (UTC+8)
        "5, 2026-11-23T10:20:00Z, 2026-11-23T11:00:00Z",   // per hour: the next full hour
        "4, 2026-11-23T10:20:00Z, 2026-11-23T16:00:00Z",   // per day: China midnight
        "3, 2026-11-23T10:20:00Z, 2026-11-30T16:00:00Z",   // per month: 1 Dec China time
        "2, 2026-11-23T10:20:00Z, 2026-12-31T16:00:00Z",   // per quarter: 1 Jan China time
        "2, 2026-02-10T00:00:00Z, 2026-03-31T16:00:00Z",   // per quarter: 1 Apr China time
        "1, 2026-11-23T10:20:00Z, 2026-12-31T16:00:00Z",   // per year
        "0, 2026-11-23T10:20:00Z, 2026-11-23T16:00:00Z",   // total: looked at again daily
        "4, 2026-11-23T16:30:00Z, 2026-11-24T16:00:00Z",   // already 24 Nov in China
    })
    void resetsAtTheStartOfTheNextWindowInChinaTime(int quotaType, Instant now, Instant reset) {
        assertThat(QuotaWindow.ofQuotaType(quotaType)).hasValueSatisfying(w -> assertThat(w.nextReset(now)).isEqualTo(reset));
    }

    @ParameterizedTest
    @CsvSource({"-1", "6", "42"})
    void unknownQuotaTypesHaveNoWindow(int quotaType) {
        assertThat(QuotaWindow.ofQuotaType(quotaType)).isEmpty();
    }
}
