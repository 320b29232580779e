package io.camelcj.routes.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs a run's progress at most once per interval: pages done/known, products per second, CJ calls, ETA. */
final class ProgressLog implements ListingWalk.Progress {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueSync.class);

    private final Duration interval;
    private final Clock clock;
    private final LongSupplier calls;
    private final long callsAtStart;
    private final long startMillis;
    private long lastLogMillis;

    ProgressLog(Duration interval, Clock clock, LongSupplier calls) {
        this.interval = interval;
        this.clock = clock;
        this.calls = calls;
        this.callsAtStart = calls.getAsLong();
        this.startMillis = clock.millis();
        this.lastLogMillis = startMillis;
    }

    @Override
    public void pageDone(RunCounters c) {
        long now = clock.millis();
        if (now - lastLogMillis < interval.toMillis()) {
            return;
        }
        lastLogMillis = now;
        double seconds = Math.max(0.001, (now - startMillis) / 1000.0);
        long done = c.pagesDone();
        long known = Math.max(done, c.pagesKnown());
        String eta = done == 0 ? "?" : Duration.ofMillis((long) ((known - done) * (seconds * 1000 / done)))
                .withNanos(0).toString().substring(2).toLowerCase();
        LOG.info("Catalogue sync {}: pages {}/{} known, {} products ({} changed, {}/s), {} CJ calls, ETA {}",
                c.runId(), done, known, c.productsSeen(), c.productsChanged(),
                String.format("%.1f", c.productsSeen() / seconds), calls.getAsLong() - callsAtStart, eta);
    }
}
