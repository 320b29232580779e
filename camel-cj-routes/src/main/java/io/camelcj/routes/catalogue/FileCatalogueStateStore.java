package io.camelcj.routes.catalogue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelcj.routes.support.JsonLinesJournal;

/**
 * The default state store: the state lives in memory and every change is appended to a local journal file
 * ({@link JsonLinesJournal}), made durable at {@link #commit()}. Opening replays the journal; when it has grown to
 * several times the live state it is compacted into a snapshot, atomically. Losing the file only costs a rebuild
 * from the compacted topics (or, without that, one full-price run).
 */
public final class FileCatalogueStateStore implements CatalogueStateStore {

    private static final int COMPACT_FACTOR = 4;
    private static final int COMPACT_MIN_LINES = 10_000;

    private final InMemoryCatalogueStateStore memory = new InMemoryCatalogueStateStore();
    private final JsonLinesJournal journal;

    public FileCatalogueStateStore(Path file, boolean fsync) {
        this.journal = new JsonLinesJournal(file, fsync);
        journal.replay(this::apply);
        compactIfLarge();
    }

    public Path file() {
        return journal.file();
    }

    @Override
    public Optional<ProductState> product(String pid) {
        return memory.product(pid);
    }

    @Override
    public void putProduct(ProductState state) {
        memory.putProduct(state);
        journal.append(entry("product", state.toJson()));
    }

    @Override
    public void removeProduct(String pid) {
        memory.removeProduct(pid);
        journal.append(Map.of("op", "product-", "pid", pid));
    }

    @Override
    public Collection<ProductState> products() {
        return memory.products();
    }

    @Override
    public int productCount() {
        return memory.productCount();
    }

    @Override
    public Map<String, String> categories() {
        return memory.categories();
    }

    @Override
    public void putCategory(String categoryId, String fingerprint) {
        memory.putCategory(categoryId, fingerprint);
        journal.append(Map.of("op", "category", "id", categoryId, "fp", fingerprint));
    }

    @Override
    public void removeCategory(String categoryId) {
        memory.removeCategory(categoryId);
        journal.append(Map.of("op", "category-", "id", categoryId));
    }

    @Override
    public Optional<SyncCheckpoint> checkpoint() {
        return memory.checkpoint();
    }

    @Override
    public void putCheckpoint(SyncCheckpoint checkpoint) {
        memory.putCheckpoint(checkpoint);
        journal.append(entry("checkpoint", checkpoint.toJson()));
    }

    @Override
    public void clearCheckpoint() {
        memory.clearCheckpoint();
        journal.append(Map.of("op", "checkpoint-"));
    }

    @Override
    public Optional<Instant> lastCompletedRunStart() {
        return memory.lastCompletedRunStart();
    }

    @Override
    public void setLastCompletedRunStart(Instant startedAt) {
        memory.setLastCompletedRunStart(startedAt);
        journal.append(Map.of("op", "lastCompletedRunStart", "at", startedAt.toString()));
    }

    @Override
    public void commit() {
        journal.commit();
        compactIfLarge();
    }

    @Override
    public void close() {
        journal.close();
    }

    private void compactIfLarge() {
        long live = memory.productCount() + memory.categories().size() + 2L;
        if (journal.lines() > Math.max(COMPACT_MIN_LINES, COMPACT_FACTOR * live)) {
            journal.rewrite(snapshot());
        }
    }

    private List<Object> snapshot() {
        List<Object> docs = new ArrayList<>();
        memory.products().forEach(p -> docs.add(entry("product", p.toJson())));
        memory.categories().forEach((id, fp) -> docs.add(Map.of("op", "category", "id", id, "fp", fp)));
        memory.checkpoint().ifPresent(c -> docs.add(entry("checkpoint", c.toJson())));
        memory.lastCompletedRunStart().ifPresent(
                at -> docs.add(Map.of("op", "lastCompletedRunStart", "at", at.toString())));
        return docs;
    }

    private void apply(JsonNode doc) {
        String op = doc.path("op").asText();
        switch (op) {
            case "product" -> memory.putProduct(ProductState.fromJson(doc.path("value")));
            case "product-" -> memory.removeProduct(doc.path("pid").asText());
            case "category" -> memory.putCategory(doc.path("id").asText(), doc.path("fp").asText());
            case "category-" -> memory.removeCategory(doc.path("id").asText());
            case "checkpoint" -> memory.putCheckpoint(SyncCheckpoint.fromJson(doc.path("value")));
            case "checkpoint-" -> memory.clearCheckpoint();
            case "lastCompletedRunStart" -> memory.setLastCompletedRunStart(Instant.parse(doc.path("at").asText()));
            default -> throw new IllegalStateException("State journal " + journal.file()
                    + " holds an entry of unknown kind '" + op + "' (written by a newer version?)");
        }
    }

    private static Map<String, Object> entry(String op, Map<String, Object> value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("op", op);
        m.put("value", value);
        return m;
    }
}
