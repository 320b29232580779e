package io.camelcj.component.cj.throttle;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JitteredBackoffTest {

    @Test
    void doublesUpToTheCapWithoutJitterWhenRandomIsZero() {
        JitteredBackoff backoff = new JitteredBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.5, () -> 0.0);

        assertThat(backoff.delay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delay(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(backoff.delay(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(1000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void addsUpToTheJitterFraction() {
        JitteredBackoff backoff = new JitteredBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.5, () -> 0.5);

        assertThat(backoff.delay(1)).isEqualTo(Duration.ofMillis(1250));
        assertThat(backoff.delay(6)).isEqualTo(Duration.ofMillis(37_500));
    }

    @Test
    void defaultSpreadsRetriesOverHalfASecond() {
        JitteredBackoff backoff = JitteredBackoff.forRateLimit();
        long distinct = java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.delay(1)).distinct().count();

        assertThat(distinct).isGreaterThan(1);
        for (int i = 0; i < 50; i++) {
            assertThat(backoff.delay(1)).isBetween(Duration.ofSeconds(1), Duration.ofMillis(1500));
        }
    }

    @Test
    void refusesBadSettings() {
        assertThatThrownBy(() -> new JitteredBackoff(Duration.ZERO, Duration.ofSeconds(1), 0.5, () -> 0))
                .hasMessageContaining("base");
        assertThatThrownBy(() -> new JitteredBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 0.5, () -> 0))
                .hasMessageContaining("max");
        assertThatThrownBy(() -> new JitteredBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1.5, () -> 0))
                .hasMessageContaining("jitterFraction");
        assertThatThrownBy(() -> JitteredBackoff.forRateLimit().delay(0)).hasMessageContaining("attempt");
    }
}
