package io.camelcj.routes.catalogue;

import io.camelcj.component.cj.api.CjOperation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts the CJ calls made through a {@link CatalogueSource} (attempts by the sync, failed ones included). */
public final class CountingCatalogueSource implements CatalogueSource {

    private final CatalogueSource delegate;
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    public CountingCatalogueSource(CatalogueSource delegate) {
        this.delegate = delegate;
    }

    /** Calls so far, per operation, since this source was created. */
    public Map<String, Long> calls() {
        Map<String, Long> out = new TreeMap<>();
        calls.forEach((op, n) -> out.put(op, n.sum()));
        return out;
    }

    public long totalCalls() {
        return calls.values().stream().mapToLong(LongAdder::sum).sum();
    }

    @Override
    public List<Map<String, Object>> categoryTree() {
        count(CjOperation.GET_CATEGORY);
        return delegate.categoryTree();
    }

    @Override
    public ListingPage listing(Map<String, String> params, int page, int size) {
        count(CjOperation.PRODUCT_LIST_V2);
        return delegate.listing(params, page, size);
    }

    @Override
    public Optional<Map<String, Object>> product(String pid) {
        count(CjOperation.PRODUCT_QUERY);
        return delegate.product(pid);
    }

    @Override
    public List<Map<String, Object>> variants(String pid) {
        count(CjOperation.VARIANT_QUERY);
        return delegate.variants(pid);
    }

    @Override
    public Map<String, Object> inventory(String pid) {
        count(CjOperation.STOCK_INVENTORY_BY_PID);
        return delegate.inventory(pid);
    }

    private void count(CjOperation operation) {
        calls.computeIfAbsent(operation.path(), k -> new LongAdder()).increment();
    }
}
