package io.camelcj.examples.yaml;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the minimal YAML example as its README command does (on the simulator) and reads what the route logged. */
class MinimalYamlApplicationTest {

    @Test
    @DisabledIfEnvironmentVariable(named = "CJ_API_KEY", matches = ".+", disabledReason = "would call the real CJ API")
    void listsProductsFromTheSimulatorAndLogsOneLinePerProduct() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        AbstractAppender capture = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                lines.add(event.getMessage().getFormattedMessage());
            }
        };
        capture.start();
        LoggerConfig routeLogger = logging.getConfiguration().getLoggerConfig("cj-list-products");
        routeLogger.addAppender(capture, null, null);
        logging.updateLoggers();
        try {
            MinimalYamlApplication.main(new String[0]);
        } finally {
            routeLogger.removeAppender("capture");
            logging.updateLoggers();
        }

        assertThat(lines).first().asString().matches("CJ found 200 products; showing 10 of page 1");
        assertThat(lines.subList(1, lines.size())).hasSize(10)
                .allMatch(line -> line.matches("CJ\\w+  \\d+\\.\\d{2}(-\\d+\\.\\d{2}| -- \\d+\\.\\d{2})? USD  .+"), "a product line");
    }
}
