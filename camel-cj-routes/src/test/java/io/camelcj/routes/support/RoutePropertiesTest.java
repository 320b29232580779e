package io.camelcj.routes.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutePropertiesTest {

    private static RouteProperties props(Map<String, String> values) {
        return RouteProperties.of(values, "camel.x");
    }

    @Test
    void readsTypedValuesAndDefaults() {
        RouteProperties p = props(Map.of("camel.x.n", " 7 ", "camel.x.flag", "TRUE", "camel.x.price", "12.50",
                "camel.x.list", "a, ,b,", "camel.x.unit", "days", "camel.x.blank", "  "));

        assertThat(p.integer("n", 1, 0, 10)).isEqualTo(7);
        assertThat(p.integer("missing", 3, 0, 10)).isEqualTo(3);
        assertThat(p.bool("flag", false)).isTrue();
        assertThat(p.decimal("price")).contains(new BigDecimal("12.50"));
        assertThat(p.list("list")).containsExactly("a", "b");
        assertThat(p.enumValue("unit", TimeUnit.class, TimeUnit.SECONDS)).isEqualTo(TimeUnit.DAYS);
        assertThat(p.string("blank")).isEmpty();
    }

    @Test
    void acceptsTheUsualDurationForms() {
        RouteProperties p = props(Map.of("camel.x.iso", "PT1M30S", "camel.x.ms", "250", "camel.x.msSuffix", "40ms",
                "camel.x.s", "30s", "camel.x.m", "5m", "camel.x.h", "2h", "camel.x.d", "7d"));

        assertThat(p.duration("iso")).contains(Duration.ofSeconds(90));
        assertThat(p.duration("ms")).contains(Duration.ofMillis(250));
        assertThat(p.duration("msSuffix")).contains(Duration.ofMillis(40));
        assertThat(p.duration("s")).contains(Duration.ofSeconds(30));
        assertThat(p.duration("m")).contains(Duration.ofMinutes(5));
        assertThat(p.duration("h")).contains(Duration.ofHours(2));
        assertThat(p.duration("d")).contains(Duration.ofDays(7));
    }

    @Test
    void rejectsBadValuesNamingTheFullKey() {
        RouteProperties p = props(Map.of("camel.x.n", "eleven", "camel.x.big", "11", "camel.x.flag", "yes",
                "camel.x.when", "-5s", "camel.x.unit", "fortnights", "camel.x.price", "1,5"));

        assertThatThrownBy(() -> p.integer("n", 1, 0, 10)).isInstanceOf(RoutePropertyException.class)
                .hasMessage("camel.x.n: expected an integer between 0 and 10, got 'eleven'")
                .extracting(e -> ((RoutePropertyException) e).getProperty()).isEqualTo("camel.x.n");
        assertThatThrownBy(() -> p.integer("big", 1, 0, 10)).hasMessageContaining("camel.x.big");
        assertThatThrownBy(() -> p.bool("flag", false)).hasMessageContaining("camel.x.flag").hasMessageContaining("'yes'");
        assertThatThrownBy(() -> p.duration("when")).hasMessageContaining("camel.x.when");
        assertThatThrownBy(() -> p.enumValue("unit", TimeUnit.class, TimeUnit.DAYS))
                .hasMessageContaining("camel.x.unit").hasMessageContaining("days");
        assertThatThrownBy(() -> p.decimal("price")).hasMessageContaining("camel.x.price");
    }
}
