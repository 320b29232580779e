package io.camelcj.routes.feeds;

import java.util.Collection;
import java.util.Optional;

/**
 * Where the tracking feed keeps the tracking numbers it follows. The default is in memory (after a restart
 * the current state of each number is reported once more); implement it over a database or a compacted
 * topic to avoid that.
 */
public interface TrackWatchStore {

    Optional<TrackWatch> find(String trackNumber);

    void save(TrackWatch watch);

    Collection<TrackWatch> active();
}
