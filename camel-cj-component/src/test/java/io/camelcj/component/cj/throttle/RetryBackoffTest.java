package io.camelcj.component.cj.throttle;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryBackoffTest {

    @Test
    void doublesUpToTheCapWithoutJitterWhenRandomIsZero() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.5, () -> 0.0);

        assertThat(backoff.delay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delay(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(backoff.delay(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(1000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void addsUpToTheJitterFraction() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.5, () -> 0.5);

        assertThat(backoff.delay(1)).isEqualTo(Duration.ofMillis(1250));
        assertThat(backoff.delay(6)).isEqualTo(Duration.ofMillis(37_500));
    }

    @Test
    void defaultSpreadsRetriesOverHalfASecond() {
        RetryBackoff backoff = RetryBackoff.forRateLimit();
        long distinct = java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.delay(1)).distinct().count();

        assertThat(distinct).isGreaterThan(1);
        for (int i = 0; i < 50; i++) {
            assertThat(backoff.delay(1)).isBetween(Duration.ofSeconds(1), Duration.ofMillis(1500));
        }
    }

    @Test
    void transientFailuresUseTheEndpointsDelayAndCapWithAFifthOfJitter() {
        RetryBackoff backoff = RetryBackoff.forTransientFailures(Duration.ofMillis(100), Duration.ofSeconds(90));
        for (int i = 0; i < 50; i++) {
            assertThat(backoff.delay(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(120));
            assertThat(backoff.delay(3)).isBetween(Duration.ofMillis(400), Duration.ofMillis(480));
            // the cap is the endpoint's retryBackoffMax, not a fixed 30 s
            assertThat(backoff.delay(20)).isBetween(Duration.ofSeconds(90), Duration.ofSeconds(108));
        }
        assertThat(backoff.maxDelay()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void zeroDelayRetriesAtOnce() {
        RetryBackoff backoff = RetryBackoff.forTransientFailures(Duration.ZERO, Duration.ZERO);
        assertThat(backoff.delay(1)).isZero();
        assertThat(backoff.delay(10)).isZero();
    }

    @Test
    void refusesBadSettings() {
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofMillis(-1), Duration.ofSeconds(1), 0.5, () -> 0))
                .hasMessageContaining("delay");
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 0.5, () -> 0))
                .hasMessageContaining("maxDelay");
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1.5, () -> 0))
                .hasMessageContaining("jitterFraction");
        assertThatThrownBy(() -> RetryBackoff.forRateLimit().delay(0)).hasMessageContaining("attempt");
    }
}
