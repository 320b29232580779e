package io.camelcj.routes.catalogue;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Correctness of the file store at CJ scale: a million products, exact states, exact membership. Not timed. */
class FileCatalogueStateStoreScaleTest {

    private static final int PRODUCTS = 1_000_000;

    @TempDir
    Path dir;

    /** Pids as CJ writes them: mostly upper-case UUIDs, some 19-digit numbers. */
    private static String pid(int i) {
        return i % 3 == 0 ? String.format(Locale.ROOT, "%019d", 1_700_000_000_000_000_000L + i)
                : new UUID(0x04A2245067F04617L ^ i, 0xA132E7AE7F8963B0L * (i + 1)).toString().toUpperCase(Locale.ROOT);
    }

    private static String sha(int i, int field) {
        byte[] digest = new byte[32];
        for (int b = 0; b < digest.length; b++) {
            digest[b] = (byte) (i * 31 + field * 7 + b * (i >>> 8));
        }
        return HexFormat.of().formatHex(digest);
    }

    private static ProductState state(int i, String run) {
        List<String> vids = List.of(pid(i) + "-V1", String.valueOf(i));
        return new ProductState(pid(i), sha(i, 1), sha(i, 2), sha(i, 3), sha(i, 4), i % 10 == 0 ? null : sha(i, 5),
                vids, run, i % 4, 1_764_000_000_000L + i);
    }

    @Test
    void aMillionProductsKeepExactStatesAcrossAReopen() {
        Path file = dir.resolve("state");
        try (FileCatalogueStateStore store = new FileCatalogueStateStore(file, false)) {
            for (int i = 0; i < PRODUCTS; i++) {
                store.putProduct(state(i, "run-1"));
                if (i % 1000 == 999) {
                    store.commit();
                }
            }
            for (int i = 0; i < PRODUCTS; i += 7) {
                store.removeProduct(pid(i));
            }
            store.putProduct(state(1, "run-2"));
            store.commit();
        }
        int removed = (PRODUCTS + 6) / 7;
        try (FileCatalogueStateStore reopened = new FileCatalogueStateStore(file, false)) {
            assertThat(reopened.productCount()).isEqualTo(PRODUCTS - removed);
            for (int i = 0; i < PRODUCTS; i++) {
                if (i % 7 == 0) {
                    assertThat(reopened.product(pid(i))).as("removed %s", pid(i)).isEmpty();
                } else {
                    assertThat(reopened.product(pid(i))).as("state of %s", pid(i))
                            .contains(state(i, i == 1 ? "run-2" : "run-1"));
                }
            }
            assertThat(reopened.product("04A22450-67F0-4617-A132-E7AE7F8963B1")).isEmpty();
            assertThat(reopened.products()).hasSize(PRODUCTS - removed);
            assertThat(reopened.products().stream().filter(p -> "run-2".equals(p.lastSeenRun())).count())
                    .isEqualTo(1);
        }
    }
}
