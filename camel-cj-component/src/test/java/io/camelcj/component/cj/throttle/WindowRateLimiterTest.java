package io.camelcj.component.cj.throttle;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WindowRateLimiterTest {

    private final FakeTicker ticker = new FakeTicker(Instant.parse("2026-11-23T06:00:00Z"));

    @Test
    void allowsFivePerSlidingMinute() {
        WindowRateLimiter limiter = new WindowRateLimiter(5, Duration.ofMinutes(1), ticker);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire()).isTrue();
            ticker.advance(Duration.ofSeconds(10));
        }
        // 50 s after the first call: the window is full
        assertThat(limiter.tryAcquire()).isFalse();
        assertThat(limiter.timeUntilNextPermit()).isEqualTo(Duration.ofSeconds(10));

        ticker.advance(Duration.ofSeconds(10)); // the first call leaves the window
        assertThat(limiter.timeUntilNextPermit()).isZero();
        assertThat(limiter.tryAcquire()).isTrue();
        assertThat(limiter.tryAcquire()).as("only one slot freed").isFalse();
    }

    @Test
    void refusedCallsDoNotUseTheWindow() {
        WindowRateLimiter limiter = new WindowRateLimiter(1, Duration.ofSeconds(1), ticker);
        assertThat(limiter.tryAcquire()).isTrue();
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire()).isFalse();
        }
        ticker.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire()).isTrue();
    }

    @Test
    void refusesBadSettings() {
        assertThatThrownBy(() -> new WindowRateLimiter(0, Duration.ofMinutes(1), ticker)).hasMessageContaining("maxPermits");
        assertThatThrownBy(() -> new WindowRateLimiter(5, Duration.ZERO, ticker)).hasMessageContaining("window");
    }
}
