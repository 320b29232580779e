package io.camelcj.examples.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import io.camelcj.component.cj.CjUserFiles;

/**
 * Where the pipeline connects, and what the embedded demo does. Read, later sources winning, from
 * {@code application.properties} on the classpath, {@code ./application.properties}, environment variables
 * ({@code CJ_API_KEY}, {@code CJ_BASE_URL}, {@code KAFKA_BOOTSTRAP_SERVERS}), Java system properties and
 * {@code --key=value} arguments. With no CJ API key the local CJ simulator is started; with no Kafka bootstrap
 * servers an in-JVM Kafka broker is: the same application runs against the real services by configuration alone.
 */
public record PipelineSettings(
        Optional<String> cjApiKey,
        Optional<String> cjBaseUrl,
        Optional<String> kafkaBootstrapServers,
        int simulatorProducts,
        int sampleOrders,
        boolean keepRunning,
        Duration timeout,
        Path tokenDirectory,
        Properties camelProperties) {

    static final String API_KEY = "camel.component.cj.api-key";
    static final String BASE_URL = "camel.component.cj.base-url";
    static final String BROKERS = "camel.component.kafka.brokers";
    static final String PRODUCTS = "pipeline.simulator.products";
    static final String SAMPLE_ORDERS = "pipeline.sample-orders";
    static final String KEEP_RUNNING = "pipeline.keep-running";
    static final String TIMEOUT = "pipeline.timeout-seconds";
    static final String TOKEN_DIRECTORY = "pipeline.token-directory";

    private static final Map<String, String> ENVIRONMENT_KEYS = Map.of(
            "CJ_API_KEY", API_KEY,
            "CJ_BASE_URL", BASE_URL,
            "KAFKA_BOOTSTRAP_SERVERS", BROKERS);

    public static PipelineSettings load(String[] args, Map<String, String> environment) {
        Properties all = new Properties();
        loadClasspath(all, "application.properties");
        loadFile(all, Path.of("application.properties"));
        ENVIRONMENT_KEYS.forEach((env, key) -> {
            String value = environment.get(env);
            if (value != null && !value.isBlank()) {
                all.setProperty(key, value.trim());
            }
        });
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("camel.") || k.startsWith("pipeline."))
                .forEach(k -> all.setProperty(k, System.getProperty(k)));
        for (String arg : args) {
            applyArgument(all, arg);
        }
        return from(all);
    }

    static PipelineSettings from(Properties all) {
        Optional<String> apiKey = value(all, API_KEY);
        Optional<String> brokers = value(all, BROKERS);
        // Sample orders are for the simulator only: never place made-up orders on a real CJ account by default.
        int defaultOrders = apiKey.isPresent() ? 0 : 8;
        return new PipelineSettings(apiKey, value(all, BASE_URL), brokers,
                positiveInt(all, PRODUCTS, 400),
                nonNegativeInt(all, SAMPLE_ORDERS, defaultOrders),
                Boolean.parseBoolean(all.getProperty(KEEP_RUNNING, "false")),
                Duration.ofSeconds(positiveInt(all, TIMEOUT, 600)),
                value(all, TOKEN_DIRECTORY).map(Path::of).orElseGet(CjUserFiles::tokenDirectory),
                all);
    }

    /** True when the local CJ simulator stands in for CJ. */
    public boolean embeddedCj() {
        return cjApiKey.isEmpty();
    }

    /** True when the in-JVM broker stands in for Kafka. */
    public boolean embeddedKafka() {
        return kafkaBootstrapServers.isEmpty();
    }

    @Override
    public String toString() {
        // the record's default toString would print camelProperties, which may hold the API key
        return "PipelineSettings[cj=" + (embeddedCj() ? "simulator" : cjBaseUrl.orElse("CJ API"))
                + ", kafka=" + kafkaBootstrapServers.orElse("embedded") + "]";
    }

    private static void applyArgument(Properties all, String arg) {
        if (arg.equals("--keep-running")) {
            all.setProperty(KEEP_RUNNING, "true");
            return;
        }
        if (!arg.startsWith("--") || !arg.contains("=")) {
            throw new IllegalArgumentException("Unknown argument '" + arg
                    + "': expected --keep-running or --key=value (e.g. --pipeline.sample-orders=20)");
        }
        int eq = arg.indexOf('=');
        all.setProperty(arg.substring(2, eq), arg.substring(eq + 1));
    }

    private static Optional<String> value(Properties all, String key) {
        return Optional.ofNullable(all.getProperty(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static int positiveInt(Properties all, String key, int defaultValue) {
        int v = nonNegativeInt(all, key, defaultValue);
        if (v == 0) {
            throw new IllegalArgumentException(key + " must be greater than 0");
        }
        return v;
    }

    private static int nonNegativeInt(Properties all, String key, int defaultValue) {
        String raw = value(all, key).orElse(null);
        if (raw == null) {
            return defaultValue;
        }
        try {
            int v = Integer.parseInt(raw);
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number >= 0, got '" + raw + "'");
        }
    }

    private static void loadClasspath(Properties into, String resource) {
        try (InputStream in = PipelineSettings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                into.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath:" + resource, e);
        }
    }

    private static void loadFile(Properties into, Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            into.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
        }
    }
}
