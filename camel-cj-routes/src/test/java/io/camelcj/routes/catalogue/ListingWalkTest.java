package io.camelcj.routes.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelcj.routes.catalogue.SyncCheckpoint.Cursor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Partitioning against an in-memory listV2 with CJ's real bound (1000 pages × 100 products). */
class ListingWalkTest {

    private static final long DAY = 86_400_000L;

    private final InMemoryCatalogueStateStore store = new InMemoryCatalogueStateStore();

    private Set<String> walk(FakeCatalogueSource source, List<SplitKind> order, int pageSize, int maxPages,
                             RunCounters counters) {
        Set<String> seen = new HashSet<>();
        ListingWalk walk = new ListingWalk(source, store, new ListingPartitioner(source, order),
                (items, c) -> items.forEach(i -> seen.add((String) i.get("id"))), pageSize, maxPages, null);
        SyncCheckpoint start = new SyncCheckpoint("run-1", SyncMode.FULL, Instant.EPOCH,
                SyncCheckpoint.Phase.LISTING, -1, List.of(new Cursor(Partition.root(Map.of()), 1)), 0);
        List<String> categories = source.categoryTree().isEmpty() ? List.of()
                : new CatalogueRecordFactory(new ListingFingerprints(List.of())).categories(source.categoryTree())
                        .keySet().stream().toList();
        SyncCheckpoint end = walk.walk(start, categories, counters, c -> { });
        assertThat(end.queue()).isEmpty();
        assertThat(end.rootTotal()).isEqualTo(source.size());
        return seen;
    }

    @Test
    void coversACategoryLargerThanTheRealListV2Bound() {
        // 105,000 products in one category: more than listV2's 1000 pages × 100 can reach in one query
        FakeCatalogueSource source = new FakeCatalogueSource()
                .add("big", 105_000, new BigDecimal("1.00"), new BigDecimal("0.05"), 0, 1_000)
                .add("small", 3_000, new BigDecimal("2.00"), new BigDecimal("0.10"), 0, 1_000);
        RunCounters counters = new RunCounters("run-1", SyncMode.FULL, Instant.EPOCH, false);

        Set<String> seen = walk(source, List.of(SplitKind.CATEGORY, SplitKind.PRICE, SplitKind.TIME), 100, 1000,
                counters);

        assertThat(seen).isEqualTo(new HashSet<>(source.ids()));
        assertThat(counters.coverageWarnings()).isEmpty();
        assertThat(counters.partitionsSplit.get()).isGreaterThanOrEqualTo(2); // root by category, "big" by price
        // splitting costs little: pages needed (1,080) plus probes and split checks
        assertThat(source.listingCalls.get()).isLessThan(1_080 + 40);
    }

    @Test
    void fallsBackToListingTimeWhenEveryProductHasTheSamePrice() {
        FakeCatalogueSource source = new FakeCatalogueSource()
                .add("c", 950, new BigDecimal("9.99"), BigDecimal.ZERO, 1_600_000_000_000L, DAY);
        RunCounters counters = new RunCounters("run-1", SyncMode.FULL, Instant.EPOCH, false);

        Set<String> seen = walk(source, List.of(SplitKind.PRICE, SplitKind.TIME), 50, 4, counters); // bound 200

        assertThat(seen).isEqualTo(new HashSet<>(source.ids()));
        assertThat(counters.coverageWarnings()).isEmpty();
    }

    @Test
    void reportsAPartitionNothingCanNarrow() {
        // 300 products with the same price and the same listing time: no split can separate them
        FakeCatalogueSource source = new FakeCatalogueSource()
                .add("c", 300, new BigDecimal("5.00"), BigDecimal.ZERO, 1_600_000_000_000L, 0);
        RunCounters counters = new RunCounters("run-1", SyncMode.FULL, Instant.EPOCH, false);

        Set<String> seen = walk(source, List.of(SplitKind.CATEGORY, SplitKind.PRICE, SplitKind.TIME), 50, 4,
                counters);

        assertThat(seen).hasSize(200);
        assertThat(counters.coverageWarnings()).singleElement().asString().contains("holds 300 products");
    }

    @Test
    void resumesFromTheCheckpointWithoutRepeatingPages() {
        FakeCatalogueSource source = new FakeCatalogueSource()
                .add("c", 500, new BigDecimal("1.00"), new BigDecimal("0.01"), 0, 1_000);
        Set<String> firstRun = new HashSet<>();
        RunCounters counters = new RunCounters("run-1", SyncMode.FULL, Instant.EPOCH, false);
        ListingWalk failing = new ListingWalk(source, store, new ListingPartitioner(source, List.of()),
                (items, c) -> {
                    if (c.pagesDone() == 2) {
                        throw new IllegalStateException("crash on the third page");
                    }
                    items.forEach(i -> firstRun.add((String) i.get("id")));
                }, 100, 1000, null);
        SyncCheckpoint start = new SyncCheckpoint("run-1", SyncMode.FULL, Instant.EPOCH,
                SyncCheckpoint.Phase.LISTING, -1, List.of(new Cursor(Partition.root(Map.of()), 1)), 0);
        try {
            failing.walk(start, List.of(), counters, c -> { });
        } catch (IllegalStateException expected) {
            // the run dies here
        }
        SyncCheckpoint saved = store.checkpoint().orElseThrow();
        assertThat(saved.queue()).singleElement().extracting(Cursor::nextPage).isEqualTo(3);
        assertThat(firstRun).hasSize(200);

        Set<String> secondRun = new HashSet<>();
        long callsBefore = source.listingCalls.get();
        new ListingWalk(source, store, new ListingPartitioner(source, List.of()),
                (items, c) -> items.forEach(i -> secondRun.add((String) i.get("id"))), 100, 1000, null)
                .walk(saved, List.of(), counters, c -> { });

        assertThat(source.listingCalls.get() - callsBefore).isEqualTo(3); // pages 3, 4, 5 only
        assertThat(secondRun).hasSize(300).doesNotContainAnyElementsOf(firstRun);
    }

    @Test
    void withPrefetchTheNextPageIsAskedForWhileTheCurrentOneIsProcessed() throws Exception {
        FakeCatalogueSource source = new FakeCatalogueSource()
                .add("c", 500, new BigDecimal("1.00"), new BigDecimal("0.01"), 0, 1_000);
        RunCounters counters = new RunCounters("run-1", SyncMode.FULL, Instant.EPOCH, false);
        List<String> seen = new java.util.ArrayList<>();
        List<Long> callsDuringPage = new java.util.ArrayList<>();
        java.util.concurrent.ExecutorService ahead = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            ListingWalk walk = new ListingWalk(source, store, new ListingPartitioner(source, List.of()),
                    (items, c) -> {
                        long page = c.pagesDone.get() + 1;
                        if (page < 5) { // the next page is on its way before this one is done
                            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                                    .until(() -> source.listingCalls.get() == page + 1);
                        }
                        callsDuringPage.add(source.listingCalls.get());
                        items.forEach(i -> seen.add((String) i.get("id")));
                    }, 100, 1000, ahead);
            SyncCheckpoint end = walk.walk(new SyncCheckpoint("run-1", SyncMode.FULL, Instant.EPOCH,
                    SyncCheckpoint.Phase.LISTING, -1, List.of(new Cursor(Partition.root(Map.of()), 1)), 0),
                    List.of(), counters, c -> { });
            assertThat(end.queue()).isEmpty();
        } finally {
            ahead.shutdownNow();
        }

        assertThat(callsDuringPage).containsExactly(2L, 3L, 4L, 5L, 5L);
        assertThat(seen).hasSize(500).doesNotHaveDuplicates();
        assertThat(source.listingCalls.get()).isEqualTo(5); // no page asked twice, none beyond the last
    }
}
