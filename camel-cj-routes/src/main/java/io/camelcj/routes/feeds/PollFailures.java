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
     * An account-wide failure ({@link io.camelcj.component.cj.CjErrorCategory#isAccountWide()}) ends the poll (the
     * next calls would fail the same way and burn budget); anything else, which the component has retried already
     * where it could, only skips the entities of that call until the next poll.
     */
    static void skipOrRethrow(CjApiException e, String feed) {
        if (e.getCategory().isAccountWide()) {
            throw e;
        }
        LOG.warn("{} poll skipped one call until the next poll: {}", feed, e.getMessage());
    }
}
