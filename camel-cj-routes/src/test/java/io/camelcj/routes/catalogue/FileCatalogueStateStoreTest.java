package io.camelcj.routes.catalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.camelcj.routes.catalogue.SyncCheckpoint.Cursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileCatalogueStateStoreTest {

    @TempDir
    Path dir;

    private static ProductState product(String pid, String hash) {
        return new ProductState(pid, hash, "s", "p", "v", "i", List.of(pid + "-a", pid + "-b"), "run-1", 0, 42L);
    }

    @Test
    void committedChangesSurviveAReopen() {
        Path file = dir.resolve("state");
        SyncCheckpoint checkpoint = new SyncCheckpoint("run-1", SyncMode.FULL, Instant.parse("2026-01-01T00:00:00Z"),
                SyncCheckpoint.Phase.LISTING, 250, List.of(new Cursor(Partition.root(Map.of("keyWord", "hat")), 3)),
                2);
        try (FileCatalogueStateStore store = new FileCatalogueStateStore(file, false)) {
            store.putProduct(product("p1", "h1"));
            store.putProduct(product("p2", "h2"));
            store.removeProduct("p2");
            store.putCategory("c1", "f1");
            store.putCheckpoint(checkpoint);
            store.setLastCompletedRunStart(Instant.parse("2025-12-31T00:00:00Z"));
            store.commit();
        }
        try (FileCatalogueStateStore reopened = new FileCatalogueStateStore(file, false)) {
            assertThat(reopened.products()).containsExactly(product("p1", "h1"));
            assertThat(reopened.categories()).containsExactlyEntriesOf(Map.of("c1", "f1"));
            assertThat(reopened.checkpoint()).contains(checkpoint);
            assertThat(reopened.lastCompletedRunStart()).contains(Instant.parse("2025-12-31T00:00:00Z"));
        }
    }

    @Test
    void uncommittedChangesAreLostAndATornLastLineIsIgnored() throws IOException {
        Path file = dir.resolve("state");
        FileCatalogueStateStore store = new FileCatalogueStateStore(file, false);
        store.putProduct(product("p1", "h1"));
        store.commit();
        store.putProduct(product("p2", "h2")); // never committed: the process "crashes" here
        Files.writeString(file, "{\"op\":\"product\",\"value\":{\"pid\":\"p3\"", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND); // a write cut short

        try (FileCatalogueStateStore reopened = new FileCatalogueStateStore(file, false)) {
            assertThat(reopened.products()).extracting(ProductState::pid).containsExactly("p1");
            reopened.putProduct(product("p4", "h4"));
            reopened.commit();
        }
        try (FileCatalogueStateStore again = new FileCatalogueStateStore(file, false)) {
            assertThat(again.products()).extracting(ProductState::pid).containsExactlyInAnyOrder("p1", "p4");
        }
    }

    @Test
    void aDamagedLineInTheMiddleIsRefusedWithTheFileName() throws IOException {
        Path file = dir.resolve("state");
        Files.writeString(file, "not json\n{\"op\":\"checkpoint-\"}\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new FileCatalogueStateStore(file, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(file.toString());
    }

    @Test
    void compactsAJournalThatOutgrewTheState() throws IOException {
        Path file = dir.resolve("state");
        try (FileCatalogueStateStore store = new FileCatalogueStateStore(file, false)) {
            for (int i = 0; i < 12_000; i++) {
                store.putProduct(product("p" + (i % 10), "h" + i));
            }
            store.commit();
        }
        long lines = Files.readAllLines(file).size();
        assertThat(lines).isLessThan(100);
        try (FileCatalogueStateStore reopened = new FileCatalogueStateStore(file, false)) {
            assertThat(reopened.productCount()).isEqualTo(10);
            assertThat(reopened.product("p9").orElseThrow().listingHash()).isEqualTo("h11999");
        }
    }
}
