package io.camelcj.examples.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.camelcj.simulator.CjSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 6, Camel Main's start-up property dump: a real {@link Main} with the API key in
 * {@code application.properties} and in an endpoint URI, every Camel and cj logger at TRACE. The key's text must
 * appear in no line of a cj logger (at TRACE) nor in any line at INFO or above, and Camel Main's summary and the
 * endpoint URIs must show the key's name masked. Camel's own DEBUG and TRACE loggers print property values and
 * URIs as written, for every component's secrets; which ones did is printed (src/docs/component.md, Security).
 */
class CamelMainSecretsTest {

    private static final String KEY_IN_PROPERTIES = "CJ4440001@api@0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private static final String KEY_IN_URI = "CJ4440002@api@a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private final StringWriter captured = new StringWriter();
    @TempDir
    Path dir;

    @BeforeEach
    void capture() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        WriterAppender appender = WriterAppender.createAppender(PatternLayout.newBuilder().withPattern("%p %c %m %ex%n")
                .withConfiguration(config).build(), null, captured, "main-capture", false, true);
        appender.start();
        config.addAppender(appender);
        config.getRootLogger().addAppender(appender, Level.ALL, null);
        Configurator.setLevel("io.camelcj", Level.TRACE);
        Configurator.setLevel("org.apache.camel", Level.TRACE);
    }

    @AfterEach
    void release() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getRootLogger().removeAppender("main-capture");
        Configurator.setLevel("io.camelcj", Level.INFO);
        Configurator.setLevel("org.apache.camel", Level.INFO);
    }

    @Test
    void theDumpAndTheRoutesNeverShowTheKey() throws Exception {
        try (CjSimulator cj = CjSimulator.builder().account(io.camelcj.simulator.SimAccount.builder(KEY_IN_PROPERTIES)
                .qps(50).build()).account(io.camelcj.simulator.SimAccount.builder(KEY_IN_URI).qps(50).build())
                .products(5).start()) {
            Path properties = dir.resolve("application.properties");
            Files.writeString(properties, String.join("\n",
                    "camel.main.name=secrets-test",
                    "camel.component.cj.api-key=" + KEY_IN_PROPERTIES,
                    "camel.component.cj.base-url=" + cj.baseUrl(),
                    ""));
            Main main = new Main();
            main.setPropertyPlaceholderLocations("file:" + properties);
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("timer:component-key?repeatCount=1").routeId("component-key")
                            .to("cj:product/getCategory").log("component-key: ${headers} ${body}");
                    from("timer:uri-key?repeatCount=1").routeId("uri-key")
                            .to("cj:product/getCategory?apiKey=RAW(" + KEY_IN_URI + ")")
                            .log("uri-key: ${headers} ${body}");
                }
            });
            Thread camel = new Thread(() -> {
                try {
                    main.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            camel.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (cj.requestLog().count("product/getCategory") < 2 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            CamelContext context = main.getCamelContext();
            assertThat(cj.requestLog().count("product/getCategory")).as("both routes called CJ").isEqualTo(2);
            main.completed();
            camel.join(30_000);
            assertThat(context.isStopped()).isTrue();
        }
        List<String> lines = captured.toString().lines().toList();
        assertThat(lines).as("the capture saw the dump and the calls")
                .anyMatch(l -> l.contains(" org.apache.camel.main.")).anyMatch(l -> l.contains(" io.camelcj.component.cj."));
        List<String> secrets = List.of(KEY_IN_PROPERTIES, KEY_IN_URI, secretPart(KEY_IN_PROPERTIES), secretPart(KEY_IN_URI));
        Predicate<String> holdsKey = l -> secrets.stream().anyMatch(l::contains);
        // the cj loggers at TRACE, and every logger at INFO and above (Camel's default): never the key
        assertThat(lines.stream().filter(l -> l.split(" ", 3)[1].startsWith("io.camelcj")).filter(holdsKey))
                .as("cj log lines at TRACE holding the key").isEmpty();
        assertThat(lines.stream().filter(l -> !l.startsWith("DEBUG ") && !l.startsWith("TRACE ")).filter(holdsKey))
                .as("log lines at INFO and above holding the key").isEmpty();
        // Camel Main's summary and Camel's endpoint URIs show the key's name, masked
        assertThat(lines).as("the key in Camel Main's summary, masked")
                .anyMatch(l -> l.startsWith("INFO ") && l.matches(".*camel\\.component\\.cj\\.apiKey = xxxxxx.*"));
        assertThat(lines).as("the key in the endpoint URI, masked")
                .anyMatch(l -> l.contains("cj://product/getCategory?apiKey=xxxxxx"));
        // Camel 4.14's own DEBUG/TRACE loggers print property and URI values as written (src/docs/component.md)
        Set<String> camelDebugLoggers = lines.stream().filter(holdsKey).map(l -> l.split(" ", 3)[1])
                .collect(Collectors.toCollection(TreeSet::new));
        System.out.println("Camel's DEBUG/TRACE loggers that printed the key: " + camelDebugLoggers);
        assertThat(camelDebugLoggers).allMatch(c -> c.startsWith("org.apache.camel."));
    }

    private static String secretPart(String key) {
        return key.substring(key.lastIndexOf('@') + 1);
    }
}
