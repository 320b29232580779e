package io.camelcj.routes.feeds;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link TrackWatchStore} in memory. */
public final class InMemoryTrackWatchStore implements TrackWatchStore {

    private final Map<String, TrackWatch> watches = new LinkedHashMap<>();

    @Override
    public synchronized Optional<TrackWatch> find(String trackNumber) {
        return Optional.ofNullable(watches.get(trackNumber));
    }

    @Override
    public synchronized void save(TrackWatch watch) {
        watches.put(watch.trackNumber(), watch);
    }

    @Override
    public synchronized Collection<TrackWatch> active() {
        return watches.values().stream().filter(TrackWatch::active).toList();
    }
}
