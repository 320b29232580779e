package io.camelcj.cluster;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.camelcj.component.cj.auth.CjTokens;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared tables on a Testcontainers PostgreSQL, where a Docker engine exists; skipped without one. */
@Testcontainers(disabledWithoutDocker = true)
class JdbcTokenStoreContainerTest {

    @Container
    private static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:15-alpine");

    @Test
    void schemaAndTokensOnAContainerDatabase() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(POSTGRES.getJdbcUrl());
        config.setUsername(POSTGRES.getUsername());
        config.setPassword(POSTGRES.getPassword());
        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcTokenStore store = new JdbcTokenStore(new ClusterDatabase(pool));
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            CjTokens tokens = new CjTokens("A".repeat(560), now.plusSeconds(3600), "R".repeat(560), null, now);
            String renewed = store.underRenewalLock("cj-0000000000000001", () -> {
                store.save("cj-0000000000000001", tokens);
                return store.load("cj-0000000000000001").orElseThrow().accessToken();
            });
            assertThat(renewed).isEqualTo(tokens.accessToken());
        }
    }
}
