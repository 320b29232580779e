package io.camelcj.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A node of a multi-process test: a separate JVM on this test's class path, its output in {@code target/nodes/}.
 * {@link #close()} stops it gently (closing its standard input), {@link #kill()} sends SIGKILL.
 */
final class NodeProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private NodeProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static NodeProcess start(String name, Class<?> main, List<String> args) throws IOException {
        Path dir = Path.of("target", "nodes");
        Files.createDirectories(dir);
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new NodeProcess(name, p, log);
    }

    /** Waits until the node printed {@code line}. */
    void awaitOutput(String line, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (output().lines().anyMatch(l -> l.equals(line) || l.endsWith(" " + line))) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited (" + process.exitValue() + ") before printing " + line
                        + ":\n" + tail());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " did not print " + line + " within " + timeout + ":\n" + tail());
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    String tail() throws IOException {
        List<String> lines = output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** The last {@code SUCCEEDED <n>} a {@link BusyNode} printed, 0 before the first. */
    long succeeded() throws IOException {
        return output().lines().filter(l -> l.startsWith("SUCCEEDED ")).reduce((x, y) -> y)
                .map(l -> Long.parseLong(l.substring("SUCCEEDED ".length()).trim())).orElse(0L);
    }

    String name() {
        return name;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor(10, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already gone
        }
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
