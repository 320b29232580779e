package io.camelcj.routes.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A sink that keeps what it was given, in order (one list entry per record). */
final class RecordingSink implements CatalogueSink {

    final List<OutboundRecord> records = new ArrayList<>();
    private int mark;

    @Override
    public synchronized void publish(List<OutboundRecord> batch) {
        records.addAll(batch);
    }

    /** Records published since the last call (the run summary excluded). */
    synchronized List<OutboundRecord> drain() {
        List<OutboundRecord> out = records.subList(mark, records.size()).stream()
                .filter(Predicate.not(r -> r.topic().equals(SyncTopics.defaults().runs()))).toList();
        mark = records.size();
        return out;
    }

    static List<String> keys(List<OutboundRecord> records, String topic, boolean tombstones) {
        return records.stream().filter(r -> r.topic().equals(topic) && r.isTombstone() == tombstones)
                .map(OutboundRecord::key).toList();
    }
}
