package io.camelcj.cluster;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The PostgreSQL database of cluster mode: the {@link DataSource} every shared store uses, and the tables they need
 * ({@code schema.sql} next to this class, created on first use). Creation is serialised across nodes by a
 * transaction-scoped advisory lock, because concurrent {@code CREATE TABLE IF NOT EXISTS} can still collide in
 * PostgreSQL's catalogue.
 */
public final class ClusterDatabase {

    /** Arbitrary constant naming camel-cj's schema lock among other advisory locks of the database. */
    private static final long SCHEMA_LOCK = 0x63616D656C636AL;

    private final DataSource dataSource;
    private volatile boolean schemaReady;

    public ClusterDatabase(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A connection from the pool; the schema exists once this returns. */
    public Connection connection() throws SQLException {
        ensureSchema();
        return dataSource.getConnection();
    }

    /** Work done in one transaction on a connection of the pool. */
    @FunctionalInterface
    public interface Transaction<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Transaction<T> work) throws SQLException {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Creates the tables if they do not exist (once per instance). */
    public void ensureSchema() throws SQLException {
        if (schemaReady) {
            return;
        }
        synchronized (this) {
            if (schemaReady) {
                return;
            }
            try (Connection c = dataSource.getConnection()) {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
                    for (String ddl : statements()) {
                        s.execute(ddl);
                    }
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(auto);
                }
            }
            schemaReady = true;
        }
    }

    /** The DDL of {@code schema.sql}, statement by statement. */
    public static List<String> statements() {
        try (InputStream in = ClusterDatabase.class.getResourceAsStream("schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("schema.sql is missing from the camel-cj-cluster jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("(?m)^;\\s*$"))
                    .map(ClusterDatabase::withoutComments)
                    .filter(s -> !s.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema.sql", e);
        }
    }

    private static String withoutComments(String block) {
        return block.lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + b + "\n").trim();
    }
}
