package io.camelcj.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LatencySampleTest {

    @Test
    void quantilesAreNearestRankInMilliseconds() {
        LatencySample sample = new LatencySample(100);
        for (int i = 100; i >= 1; i--) {
            sample.add(i * 1_000_000L); // 1..100 ms, unsorted
        }

        assertThat(sample.quantileMillis(0.5)).isEqualTo(50.0);
        assertThat(sample.quantileMillis(0.99)).isEqualTo(99.0);
        assertThat(sample.quantileMillis(1.0)).isEqualTo(100.0);
    }

    @Test
    void anEmptySampleHasNoQuantile() {
        assertThatThrownBy(() -> new LatencySample(4).quantileMillis(0.5)).isInstanceOf(IllegalStateException.class);
    }
}
