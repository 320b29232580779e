package io.camelcj.cluster.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server for tests and the demo, started from the binaries of the machine (Debian's
 * {@code postgresql} package: {@code /usr/lib/postgresql/<major>/bin}, or {@code $PG_BIN}) with its own data
 * directory, port, socket directory and superuser, and stopped by {@link #close()} or, failing that, a JVM shutdown
 * hook. Authentication is {@code trust} on 127.0.0.1 only: it is not meant for anything but a local run.
 * <p>
 * {@code initdb} refuses to run as root; when this JVM runs as root (CI does) every PostgreSQL command runs as the
 * system user {@code postgres} through {@code runuser}, and the data directory is handed to that user.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalPostgres.class);
    public static final String USER = "camelcj";
    private static final String OS_USER_WHEN_ROOT = "postgres";

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final boolean asRoot;
    private final Thread shutdownHook;
    private volatile boolean stopped;

    private LocalPostgres(Path bin, Path dataDir, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.asRoot = "root".equals(System.getProperty("user.name"));
        this.shutdownHook = new Thread(this::stopQuietly, "local-postgres-stop");
    }

    /** The directory holding {@code initdb}, {@code pg_ctl} and {@code postgres}, when PostgreSQL is installed. */
    public static Optional<Path> binaries() {
        String env = System.getenv("PG_BIN");
        if (env != null && !env.isBlank()) {
            Path p = Paths.get(env);
            return Files.isExecutable(p.resolve("initdb")) ? Optional.of(p) : Optional.empty();
        }
        Path root = Paths.get("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> majors = Files.list(root)) {
            return majors.map(m -> m.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(LocalPostgres::major));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int major(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Initialises {@code dataDir} (which must not exist or be empty) and starts a server on a free port.
     *
     * @throws IllegalStateException when PostgreSQL is not installed or does not start (with its log)
     */
    public static LocalPostgres start(Path dataDir) {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                "PostgreSQL is not installed: no /usr/lib/postgresql/<major>/bin/initdb and no $PG_BIN"
                        + " (Debian: apt-get install -y postgresql)"));
        LocalPostgres pg = new LocalPostgres(bin, dataDir.toAbsolutePath(), freePort());
        pg.initAndStart();
        return pg;
    }

    private void initAndStart() {
        try {
            Files.createDirectories(dataDir);
            if (asRoot) {
                // postgres must own its data directory and be able to reach it
                run(List.of("chown", "-R", OS_USER_WHEN_ROOT, dataDir.toString()), false);
                for (Path p = dataDir.getParent(); p != null; p = p.getParent()) {
                    if (!Files.isExecutable(p)) {
                        throw new IllegalStateException(p + " is not traversable by the postgres user");
                    }
                }
            }
            run(List.of(bin.resolve("initdb").toString(), "-D", dataDir.resolve("data").toString(), "-U", USER,
                    "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"), true);
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            String options = "-p " + port + " -k " + dataDir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                    + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.resolve("data").toString(), "-o", options,
                    "-l", dataDir.resolve("postgres.log").toString(), "-w", "-t", "60", "start"), true);
            LOG.info("PostgreSQL ({}) started on 127.0.0.1:{}, data in {}", bin, port, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dataDir, e);
        }
    }

    public int port() {
        return port;
    }

    /** JDBC URL of the {@code postgres} database (user {@value #USER}, no password). */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String user() {
        return USER;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running this
        }
    }

    private synchronized void stopQuietly() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.resolve("data").toString(),
                    "-m", "immediate", "-w", "stop"), true);
            LOG.info("PostgreSQL on port {} stopped", port);
        } catch (RuntimeException e) {
            LOG.warn("Could not stop PostgreSQL on port {}: {}", port, e.getMessage());
        }
    }

    private void run(List<String> command, boolean asPostgresUser) {
        List<String> full = new ArrayList<>();
        if (asRoot && asPostgresUser) {
            full.addAll(List.of("runuser", "-u", OS_USER_WHEN_ROOT, "--"));
        }
        full.addAll(command);
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command.subList(0, 1)) + " failed: " + output
                        + logTail());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command.get(0), e);
        }
    }

    private String logTail() {
        Path log = dataDir.resolve("postgres.log");
        try {
            List<String> lines = Files.readAllLines(log);
            return "\n--- postgres.log ---\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
