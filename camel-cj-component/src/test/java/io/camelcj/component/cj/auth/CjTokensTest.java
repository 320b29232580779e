package io.camelcj.component.cj.auth;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CjTokensTest {

    private static final String ACCESS = FakeTokenApi.token("access", 1);
    private static final String REFRESH = FakeTokenApi.token("refresh", 1);

    @Test
    void toStringShowsLengthsButNoPartOfTheTokens() {
        CjTokens t = new CjTokens(ACCESS, Instant.parse("2026-12-01T00:00:00Z"), REFRESH,
                Instant.parse("2027-05-01T00:00:00Z"), Instant.parse("2026-11-16T00:00:00Z"));

        String text = t.toString();

        assertThat(text).contains("accessToken=<560 chars>", "refreshToken=<560 chars>", "2026-12-01T00:00:00Z");
        for (int i = 0; i + 12 <= ACCESS.length(); i += 12) {
            assertThat(text).doesNotContain(ACCESS.substring(i, i + 12)).doesNotContain(REFRESH.substring(i, i + 12));
        }
    }

    @Test
    void readsAuthAnswerWithOffsetDatesAndKeepsFullTokens() {
        Map<String, Object> data = new HashMap<>();
        data.put("openId", 1234567L);
        data.put("accessToken", ACCESS);
        data.put("accessTokenExpiryDate", "2026-12-01T09:16:33+08:00");
        data.put("refreshToken", REFRESH);
        data.put("refreshTokenExpiryDate", "2027-05-30T09:16:33+08:00");
        data.put("createDate", "2026-11-16T09:16:33+08:00");

        CjTokens t = CjTokens.fromAuthData(data, Instant.parse("2026-11-23T00:00:00Z"));

        assertThat(t.accessToken()).isEqualTo(ACCESS).hasSize(560);
        assertThat(t.refreshToken()).isEqualTo(REFRESH);
        assertThat(t.accessTokenExpiry()).isEqualTo(Instant.parse("2026-12-01T01:16:33Z"));
        assertThat(t.refreshTokenExpiry()).isEqualTo(Instant.parse("2027-05-30T01:16:33Z"));
        assertThat(t.obtainedAt()).isEqualTo(Instant.parse("2026-11-16T01:16:33Z"));
    }

    @Test
    void acceptsEpochMillisAndFallsBackToReceiptTime() {
        Instant received = Instant.parse("2026-11-23T00:00:00Z");
        CjTokens t = CjTokens.fromAuthData(Map.of("accessToken", ACCESS,
                "accessTokenExpiryDate", 1795000000000L, "refreshTokenExpiryDate", "1800000000000"), received);

        assertThat(t.accessTokenExpiry()).isEqualTo(Instant.ofEpochMilli(1795000000000L));
        assertThat(t.refreshToken()).isNull();
        assertThat(t.refreshTokenExpiry()).isEqualTo(Instant.ofEpochMilli(1800000000000L));
        assertThat(t.obtainedAt()).isEqualTo(received);
    }

    @Test
    void refusesAnAnswerWithoutExpiryInsteadOfAssumingOne() {
        assertThatThrownBy(() -> CjTokens.fromAuthData(Map.of("accessToken", ACCESS), Instant.now()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accessTokenExpiryDate");
        assertThatThrownBy(() -> CjTokens.fromAuthData(Map.of("accessToken", ACCESS,
                "accessTokenExpiryDate", "next tuesday"), Instant.now()))
                .hasMessageContaining("accessTokenExpiryDate")
                .hasMessageNotContaining(ACCESS);
        assertThatThrownBy(() -> CjTokens.fromAuthData(Map.of("accessTokenExpiryDate", "2026-12-01T09:16:33+08:00"),
                Instant.now())).hasMessageContaining("accessToken");
    }

    @Test
    void validityChecks() {
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        CjTokens t = new CjTokens(ACCESS, now.plusSeconds(60), REFRESH, now.plusSeconds(120), now);

        assertThat(t.isAccessTokenValidAt(now)).isTrue();
        assertThat(t.isAccessTokenValidAt(now.plusSeconds(60))).isFalse();
        assertThat(t.hasRefreshTokenValidAt(now.plusSeconds(119))).isTrue();
        assertThat(t.hasRefreshTokenValidAt(now.plusSeconds(120))).isFalse();
        assertThat(new CjTokens(ACCESS, now, null, null, null).hasRefreshTokenValidAt(now)).isFalse();
        assertThat(new CjTokens(ACCESS, now, REFRESH, null, null).hasRefreshTokenValidAt(now.plusSeconds(1_000_000)))
                .as("unknown refresh expiry: let CJ decide").isTrue();
    }
}
