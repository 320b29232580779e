package io.camelcj.routes.catalogue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import io.camelcj.routes.catalogue.SyncCheckpoint.Cursor;

/**
 * Walks the partitions of a run page by page (listV2, oldest first), splitting any partition whose total exceeds the
 * reachable bound before walking it, and saves a checkpoint after every page. A page is processed, its records
 * acknowledged and its state committed before the checkpoint moves past it.
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

    ListingWalk(CatalogueSource source, CatalogueStateStore store, ListingPartitioner partitioner,
                PageHandler processor, int pageSize, int maxPages) {
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
        while (!queue.isEmpty()) {
            Cursor cursor = queue.peekFirst();
            Partition partition = cursor.partition();
            ListingPage page = source.listing(ListingPartitioner.walkParams(partition), cursor.nextPage(), pageSize);
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
            processor.process(page.items(), counters);
            counters.pagesDone.incrementAndGet();
            queue.removeFirst();
            if (!page.items().isEmpty() && cursor.nextPage() < Math.min(lastPage(page), maxPages)) {
                queue.addFirst(new Cursor(partition, cursor.nextPage() + 1));
            }
            current = save(current, queue, 1);
            progress.pageDone(counters);
        }
        return current;
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
