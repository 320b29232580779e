package io.camelcj.routes.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.routes.support.CjCaller;

/**
 * {@link CatalogueSource} over the {@code cj:} component: every call goes through the account's token manager, rate
 * limiter and retry policy, shared with every other route of the same API key; listV2 pages are read by the
 * component's {@code Pages}.
 */
public final class CjCatalogueSource implements CatalogueSource {

    static final String ENABLE_INVENTORY = "enable_inventory";

    private final CjCaller cj;

    public CjCatalogueSource(CjCaller cj) {
        this.cj = cj;
    }

    @Override
    public List<Map<String, Object>> categoryTree() {
        return maps(call(CjOperation.GET_CATEGORY, Map.of()));
    }

    @Override
    public ListingPage listing(Map<String, String> params, int page, int size) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("page", page);
        p.put("size", size);
        CjCaller.Page answer = cj.page(CjOperation.PRODUCT_LIST_V2, p);
        return new ListingPage(answer.total() == null ? answer.items().size() : answer.total(),
                answer.totalPages() == null ? -1 : answer.totalPages().intValue(), answer.items());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> product(String pid) {
        try {
            // enable_inventory: the variants' inventories (with storage ids) in the same answer (issue 15, item 1)
            Object data = call(CjOperation.PRODUCT_QUERY, Map.of("pid", pid, "features", List.of(ENABLE_INVENTORY)));
            return data instanceof Map<?, ?> m ? Optional.of((Map<String, Object>) m) : Optional.empty();
        } catch (CjApiException e) {
            if (e.getCategory() == CjErrorCategory.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<Map<String, Object>> variants(String pid) {
        return maps(call(CjOperation.VARIANT_QUERY, Map.of("pid", pid)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> inventory(String pid) {
        Object data = call(CjOperation.STOCK_INVENTORY_BY_PID, Map.of("pid", pid));
        return data instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private Object call(CjOperation operation, Map<String, Object> params) {
        return cj.call(operation, null, params).data();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object data) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (data instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    out.add((Map<String, Object>) m);
                }
            }
        }
        return out;
    }
}
