package io.camelcj.component.cj.auth;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.layout.PatternLayout;

import java.io.StringWriter;

/** Captures what one class logs (all levels) while open. */
final class LogCapture implements AutoCloseable {

    private final StringWriter out = new StringWriter();
    private final Logger logger;
    private final Level previousLevel;
    private final WriterAppender appender;

    LogCapture(Class<?> source) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        logger = context.getLogger(source.getName());
        previousLevel = logger.getLevel();
        appender = WriterAppender.newBuilder()
                .setName("capture-" + source.getSimpleName() + "-" + System.nanoTime())
                .setTarget(out)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %m%n").build())
                .build();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.ALL);
    }

    String text() {
        return out.toString();
    }

    @Override
    public void close() {
        logger.removeAppender(appender);
        logger.setLevel(previousLevel);
        appender.stop();
    }
}
