package io.camelcj.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthTest {

    private CjSimulator sim;
    private TestClient client;

    @BeforeEach
    void start() {
        sim = Fixtures.fastSim(10);
        client = new TestClient(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private TestClient.Response login() {
        return client.post("authentication/getAccessToken", Map.of("apiKey", Fixtures.KEY));
    }

    @Test
    void issuesLongTokensWithChinaTimeExpiryDates() {
        TestClient.Response r = login();
        assertThat(r.code()).isEqualTo(200);
        assertThat(r.body().path("result").asBoolean()).isTrue();
        assertThat(r.data().path("openId").isNumber()).isTrue();
        assertThat(r.data().path("openId").asLong()).isEqualTo(1234567L);
        String access = r.data().path("accessToken").asText();
        assertThat(access.length()).isBetween(540, 580);
        assertThat(access).startsWith("API@CJ1234567@CJ:");
        String expiry = r.data().path("accessTokenExpiryDate").asText();
        assertThat(expiry).endsWith("+08:00");
        Duration ttl = Duration.between(sim.clock().now(), OffsetDateTime.parse(expiry).toInstant());
        assertThat(ttl.toDays()).isEqualTo(14); // 15 days minus the seconds elapsed
        Instant refreshExpiry = OffsetDateTime.parse(r.data().path("refreshTokenExpiryDate").asText()).toInstant();
        assertThat(Duration.between(sim.clock().now(), refreshExpiry).toDays()).isEqualTo(179);
    }

    @Test
    void getAccessTokenIsRefusedWithinFiveMinutes() {
        assertThat(login().code()).isEqualTo(200);
        TestClient.Response second = login();
        assertThat(second.code()).isEqualTo(1600200);
        assertThat(second.body().has("result")).isFalse();
        sim.clock().advance(Duration.ofMinutes(4));
        assertThat(login().code()).isEqualTo(1600200);
        sim.clock().advance(Duration.ofMinutes(1));
        assertThat(login().code()).isEqualTo(200);
    }

    @Test
    void unknownKeyAndMissingKeyAreRejected() {
        TestClient.Response unknown = client.post("authentication/getAccessToken", Map.of("apiKey", "CJ1@api@nope"));
        assertThat(unknown.code()).isEqualTo(1600005);
        TestClient.Response missing = client.post("authentication/getAccessToken", Map.of());
        assertThat(missing.code()).isEqualTo(16900403);
        assertThat(missing.body().path("message").asText()).contains("apiKey");
        TestClient.Response password = client.post("authentication/getAccessToken", Map.of("email", "a@b.c", "password", "x"));
        assertThat(password.code()).isEqualTo(1600005);
    }

    @Test
    void tokensExpireWithTheClock() {
        client.token = login().data().path("accessToken").asText();
        assertThat(client.get("setting/get").code()).isEqualTo(200);
        sim.clock().advance(Duration.ofDays(15));
        assertThat(client.get("setting/get").code()).isEqualTo(1600001);
    }

    @Test
    void missingTokenIs1600002() {
        TestClient.Response r = client.get("setting/get");
        assertThat(r.code()).isEqualTo(1600002);
        assertThat(r.body().path("result").asBoolean(true)).isFalse();
    }

    @Test
    void refreshIssuesNewTokensAndKillsTheOldOnes() {
        TestClient.Response first = login();
        String oldAccess = first.data().path("accessToken").asText();
        String oldRefresh = first.data().path("refreshToken").asText();
        TestClient.Response refreshed = client.post("authentication/refreshAccessToken", Map.of("refreshToken", oldRefresh));
        assertThat(refreshed.code()).isEqualTo(200);
        assertThat(refreshed.data().has("openId")).isFalse();
        String newAccess = refreshed.data().path("accessToken").asText();
        assertThat(newAccess).isNotEqualTo(oldAccess);
        client.token = oldAccess;
        assertThat(client.get("setting/get").code()).isEqualTo(1600001);
        client.token = newAccess;
        assertThat(client.get("setting/get").code()).isEqualTo(200);
        assertThat(client.post("authentication/refreshAccessToken", Map.of("refreshToken", oldRefresh)).code()).isEqualTo(1600003);
    }

    @Test
    void refreshIsLimitedToFivePerMinute() {
        String refresh = login().data().path("refreshToken").asText();
        for (int i = 0; i < 5; i++) {
            TestClient.Response r = client.post("authentication/refreshAccessToken", Map.of("refreshToken", refresh));
            assertThat(r.code()).isEqualTo(200);
            refresh = r.data().path("refreshToken").asText();
        }
        TestClient.Response sixth = client.post("authentication/refreshAccessToken", Map.of("refreshToken", refresh));
        assertThat(sixth.code()).isEqualTo(1600200);
        sim.clock().advance(Duration.ofSeconds(61));
        assertThat(client.post("authentication/refreshAccessToken", Map.of("refreshToken", refresh)).code()).isEqualTo(200);
    }

    @Test
    void logoutInvalidatesBothTokens() {
        TestClient.Response first = login();
        client.token = first.data().path("accessToken").asText();
        TestClient.Response out = client.post("authentication/logout", null);
        assertThat(out.code()).isEqualTo(200);
        assertThat(out.data().asBoolean()).isTrue();
        assertThat(client.get("setting/get").code()).isEqualTo(1600001);
        client.token = null;
        assertThat(client.post("authentication/refreshAccessToken",
                Map.of("refreshToken", first.data().path("refreshToken").asText())).code()).isEqualTo(1600003);
    }
}
