package io.camelcj.cluster;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.camelcj.cluster.local.LocalPostgres;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server of this test JVM: started once from the machine's binaries (data in
 * {@code target/postgres-<pid>}), stopped by a shutdown hook. Each test gets a database of its own
 * ({@link #newDatabase}). Without PostgreSQL installed the tests are skipped with a message, except when
 * {@code CI=true}: there a missing PostgreSQL is a failure ({@code .ci/run} installs it).
 */
final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static LocalPostgres server;

    private TestPostgres() {
    }

    static synchronized LocalPostgres server() {
        if (server == null) {
            if (LocalPostgres.binaries().isEmpty()) {
                String message = "PostgreSQL is not installed (apt-get install -y postgresql): cluster tests need a real one";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException(message + " and CI=true");
                }
                Assumptions.abort(message + "; skipped");
            }
            server = LocalPostgres.start(Path.of("target", "postgres-" + ProcessHandle.current().pid()));
        }
        return server;
    }

    /** Creates an empty database and returns its JDBC URL. */
    static String newDatabase(String hint) {
        LocalPostgres pg = server();
        String name = (hint.replaceAll("[^A-Za-z0-9]", "_") + "_" + DATABASES.incrementAndGet()).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return "jdbc:postgresql://127.0.0.1:" + pg.port() + "/" + name;
    }

    static HikariDataSource pool(String jdbcUrl, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(LocalPostgres.USER);
        config.setMaximumPoolSize(size);
        config.setPoolName("test-" + size);
        return new HikariDataSource(config);
    }
}
