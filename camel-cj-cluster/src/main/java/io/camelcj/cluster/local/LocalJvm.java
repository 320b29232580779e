package io.camelcj.cluster.local;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A node of a multi-process test or demo: a separate JVM on the current class path, its output in
 * {@code target/nodes/<name>.log}. {@link #close()} stops it gently (closing its standard input, which the node
 * mains watch), {@link #kill()} sends SIGKILL.
 */
public final class LocalJvm implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private LocalJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** The class path of this JVM: {@code java.class.path}, or the URLs of the class loader under exec:java. */
    public static String currentClassPath() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException("class path entry is not a file: " + url, e);
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    public static LocalJvm start(String name, Class<?> main, List<String> args) throws IOException {
        Path dir = Path.of("target", "nodes");
        Files.createDirectories(dir);
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", currentClassPath(), main.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new LocalJvm(name, p, log);
    }

    /** Waits until the node printed {@code line}. */
    public void awaitOutput(String line, Duration timeout) throws IOException, InterruptedException {
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

    public String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    public String tail() throws IOException {
        List<String> lines = output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** The last {@code SUCCEEDED <n>} line the node printed, 0 before the first. */
    public long succeeded() throws IOException {
        return output().lines().filter(l -> l.startsWith("SUCCEEDED ")).reduce((x, y) -> y)
                .map(l -> Long.parseLong(l.substring("SUCCEEDED ".length()).trim())).orElse(0L);
    }

    public String name() {
        return name;
    }

    public void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Sends a signal by name ({@code STOP}, {@code CONT}, {@code KILL}) with the system's {@code kill}. */
    public void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    public boolean isAlive() {
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
