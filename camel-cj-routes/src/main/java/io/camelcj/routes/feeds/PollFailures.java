package io.camelcj.routes.feeds;

import io.camelcj.component.cj.CjApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a feed poll does when one CJ call fails. */
final class PollFailures {

    private static final Logger LOG = LoggerFactory.getLogger(PollFailures.class);

    private PollFailures() {
    }

    /**
     * Auth and budget failures end the poll (the next calls would fail the same way and burn budget);
     * anything else only skips the entities of that call until the next poll.
     */
    static void skipOrRethrow(CjApiException e, String feed) {
        switch (e.getCategory()) {
            case AUTHENTICATION, DAILY_LIMIT, POINTS_EXHAUSTED -> throw e;
            default -> LOG.warn("{} poll skipped one call until the next poll: {}", feed, e.getMessage());
        }
    }
}
