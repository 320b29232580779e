package io.camelcj.routes.catalogue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import io.camelcj.routes.catalogue.SyncCheckpoint.Cursor;

/**
 * Walks the partitions of a run page by page (listV2, oldest first), splitting any partition whose total exceeds the
 * reachable bound before walking it, and saves a checkpoint after every page. A page is processed, its records
 * acknowledged and its state committed before the checkpoint moves past it.
 * <p>
 * With a prefetch executor, the next page of the same partition is asked for while the current page's products are
 * fetched ({@code listing-prefetch}): at CJ's rates a page boundary would otherwise leave the account's permits unused
 * for the latency of the listV2 call. Only one page is ever ahead, and the checkpoint still moves page by page.
 */
final class ListingWalk {

    /** Receives the run's progress after every page. */
    interface Progress {
        void pageDone(RunCounters counters);
    }

    /** Handles the items of one page; returns only when they are fully dealt with (published, state updated). */
    interface PageHandler {
        void process(List<Map<String, Object>> items, RunCounters counters);
    }

    private final CatalogueSource source;
    private final CatalogueStateStore store;
    private final ListingPartitioner partitioner;
    private final PageHandler processor;
    private final int pageSize;
    private final int maxPages;
    /** Null: no page is fetched ahead. */
    private final ExecutorService prefetch;

    /** @param prefetch fetches the next listV2 page during the current one's processing; null for none */
    ListingWalk(CatalogueSource source, CatalogueStateStore store, ListingPartitioner partitioner,
                PageHandler processor, int pageSize, int maxPages, ExecutorService prefetch) {
        this.prefetch = prefetch;
        this.source = source;
        this.store = store;
        this.partitioner = partitioner;
        this.processor = processor;
        this.pageSize = pageSize;
        this.maxPages = maxPages;
    }

    /**
     * Walks what the checkpoint says is left and returns the final checkpoint. A partition that cannot be covered
     * fully is reported with {@link RunCounters#coverageWarning}. The totals of root partitions add up to the
     * checkpoint's {@code rootTotal}, the scope size the coverage check compares with.
     */
    SyncCheckpoint walk(SyncCheckpoint checkpoint, List<String> categoryIds, RunCounters counters, Progress progress) {
        Deque<Cursor> queue = new ArrayDeque<>(checkpoint.queue());
        long bound = (long) pageSize * maxPages;
        SyncCheckpoint current = checkpoint;
        Ahead ahead = null;
        try {
            while (!queue.isEmpty()) {
                Cursor cursor = queue.peekFirst();
                Partition partition = cursor.partition();
                ListingPage page = ahead != null && ahead.isFor(cursor) ? ahead.page()
                        : source.listing(ListingPartitioner.walkParams(partition), cursor.nextPage(), pageSize);
                ahead = null;
                if (cursor.nextPage() == 1) {
                    if (partition.lastSplit() == null) {
                        current = current.with(SyncCheckpoint.Phase.LISTING, Math.max(0, current.rootTotal())
                                + page.totalRecords(), current.queue(), current.pagesDone());
                    }
                    if (page.totalRecords() > bound) {
                        List<Partition> children = partitioner.split(partition, page.totalRecords(), categoryIds);
                        if (!children.isEmpty()) {
                            queue.removeFirst();
                            List<Cursor> front = new ArrayList<>();
                            children.forEach(c -> front.add(new Cursor(c, 1)));
                            for (int i = front.size() - 1; i >= 0; i--) {
                                queue.addFirst(front.get(i));
                            }
                            counters.partitionsSplit.incrementAndGet();
                            current = save(current, queue, 0);
                            continue;
                        }
                        counters.coverageWarning("partition " + partition.describe() + " holds " + page.totalRecords()
                                + " products, more than listV2 can page through (" + bound + "), and no configured split"
                                + " narrows it: only the first " + bound + " were synced");
                    }
                    counters.pagesKnown.addAndGet(Math.min(lastPage(page), maxPages));
                }
                boolean more = !page.items().isEmpty() && cursor.nextPage() < Math.min(lastPage(page), maxPages);
                Cursor next = new Cursor(partition, cursor.nextPage() + 1);
                if (more && prefetch != null) {
                    ahead = new Ahead(next, prefetch.submit(() -> source.listing(ListingPartitioner.walkParams(partition),
                            next.nextPage(), pageSize)));
                }
                processor.process(page.items(), counters);
                counters.pagesDone.incrementAndGet();
                queue.removeFirst();
                if (more) {
                    queue.addFirst(next);
                }
                current = save(current, queue, 1);
                progress.pageDone(counters);
            }
        } finally {
            if (ahead != null) {
                ahead.future().cancel(true); // the run stopped with a page ahead: it is asked again when resumed
            }
        }
        return current;
    }

    /** The next page of a partition, asked for ahead of its turn. */
    private record Ahead(Cursor cursor, Future<ListingPage> future) {

        boolean isFor(Cursor next) {
            return next.partition() == cursor.partition() && next.nextPage() == cursor.nextPage();
        }

        ListingPage page() {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CatalogueSyncException("Interrupted while fetching a listing page", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r; // as if it had been fetched in its turn
                }
                throw new CatalogueSyncException("Listing fetch failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private int lastPage(ListingPage page) {
        if (page.totalPages() > 0) {
            return page.totalPages();
        }
        return (int) Math.min(Integer.MAX_VALUE, (page.totalRecords() + pageSize - 1) / pageSize);
    }

    private SyncCheckpoint save(SyncCheckpoint current, Deque<Cursor> queue, int pages) {
        SyncCheckpoint next = current.with(SyncCheckpoint.Phase.LISTING, current.rootTotal(), List.copyOf(queue),
                current.pagesDone() + pages);
        store.putCheckpoint(next);
        store.commit();
        return next;
    }
}
