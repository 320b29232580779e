package io.camelcj.routes.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelcj.routes.support.JsonLinesJournal;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The default state store: the state lives in memory and every change is appended to a local journal file
 * ({@link JsonLinesJournal}), made durable at {@link #commit()}. Opening replays the journal; when it has grown to
 * several times the live state it is compacted into a snapshot, atomically. Losing the file only costs a rebuild
 * from the compacted topics (or, without that, one full-price run).
 * <p>
 * Product states are not kept in the heap: a catalogue of millions of products would not fit in a small one (about
 * 1.2 KB per product as objects). They live in an H2 MVStore map in a scratch file next to the journal
 * ({@code <file>.products.mv.db}), in a compact binary form ({@link ProductState#toBytes()}), with a small page
 * cache; the heap holds only that cache. The journal stays the durable record: the scratch file is rebuilt from
 * it at every open and deleted at close, so it needs no crash recovery of its own.
 */
public final class FileCatalogueStateStore implements CatalogueStateStore {

    private static final int COMPACT_FACTOR = 4;
    private static final int COMPACT_MIN_LINES = 10_000;
    /** MVStore page cache, in MB: the heap the product states cost, whatever the catalogue size. */
    private static final int PRODUCT_CACHE_MB = 8;

    /** Categories, checkpoint and last run start (small); its product map stays empty. */
    private final InMemoryCatalogueStateStore memory = new InMemoryCatalogueStateStore();
    private final JsonLinesJournal journal;
    private final Path productFile;
    private final MVStore productStore;
    private final MVMap<String, byte[]> products;

    public FileCatalogueStateStore(Path file, boolean fsync) {
        this.journal = new JsonLinesJournal(file, fsync);
        this.productFile = file.resolveSibling(file.getFileName() + ".products.mv.db");
        deleteProductFile();
        this.productStore = new MVStore.Builder().fileName(productFile.toString()).cacheSize(PRODUCT_CACHE_MB)
                .open();
        this.products = productStore.openMap("products");
        try {
            journal.replay(this::apply);
            compactIfLarge();
        } catch (RuntimeException e) {
            closeProductStore();
            throw e;
        }
    }

    public Path file() {
        return journal.file();
    }

    @Override
    public Optional<ProductState> product(String pid) {
        byte[] bytes = products.get(pid);
        return bytes == null ? Optional.empty() : Optional.of(ProductState.fromBytes(pid, bytes));
    }

    @Override
    public void putProduct(ProductState state) {
        products.put(state.pid(), state.toBytes());
        journal.append(entry("product", state.toJson()));
    }

    @Override
    public void removeProduct(String pid) {
        products.remove(pid);
        journal.append(Map.of("op", "product-", "pid", pid));
    }

    /**
     * A view that reads the states from disk as it is iterated, never all at once; each iteration walks the map as
     * it was when that iteration started (MVStore maps are copy-on-write), so changes made meanwhile do not disturb
     * it.
     */
    @Override
    public Collection<ProductState> products() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<ProductState> iterator() {
                Iterator<Map.Entry<String, byte[]>> entries = products.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return entries.hasNext();
                    }

                    @Override
                    public ProductState next() {
                        Map.Entry<String, byte[]> e = entries.next();
                        return ProductState.fromBytes(e.getKey(), e.getValue());
                    }
                };
            }

            @Override
            public int size() {
                return products.size();
            }
        };
    }

    @Override
    public int productCount() {
        return products.size();
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
        try {
            journal.close();
        } finally {
            closeProductStore();
        }
    }

    private void closeProductStore() {
        productStore.closeImmediately(); // a scratch copy: nothing to write back
        deleteProductFile();
    }

    private void deleteProductFile() {
        try {
            Files.deleteIfExists(productFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the product state scratch file " + productFile, e);
        }
    }

    private void compactIfLarge() {
        long live = products.sizeAsLong() + memory.categories().size() + 2L;
        if (journal.lines() > Math.max(COMPACT_MIN_LINES, COMPACT_FACTOR * live)) {
            journal.rewrite(snapshot());
        }
    }

    /** The live state as journal entries, products streamed from disk (never all in the heap at once). */
    private Iterable<Object> snapshot() {
        List<Object> small = new ArrayList<>();
        memory.categories().forEach((id, fp) -> small.add(Map.of("op", "category", "id", id, "fp", fp)));
        memory.checkpoint().ifPresent(c -> small.add(entry("checkpoint", c.toJson())));
        memory.lastCompletedRunStart().ifPresent(
                at -> small.add(Map.of("op", "lastCompletedRunStart", "at", at.toString())));
        return () -> Stream.concat(products().stream().map(p -> (Object) entry("product", p.toJson())),
                small.stream()).iterator();
    }

    private void apply(JsonNode doc) {
        String op = doc.path("op").asText();
        switch (op) {
            case "product" -> {
                ProductState state = ProductState.fromJson(doc.path("value"));
                products.put(state.pid(), state.toBytes());
            }
            case "product-" -> products.remove(doc.path("pid").asText());
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
