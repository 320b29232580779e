package io.camelcj.routes.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.routes.support.CjCaller;
import org.apache.camel.ProducerTemplate;

/**
 * {@link CatalogueSource} over the {@code cj:} component: every call goes through the account's token manager, rate
 * limiter and retry rules, shared with every other route of the same API key.
 */
public final class CjCatalogueSource implements CatalogueSource {

    private final CjCaller cj;

    /** @param cjOptions extra endpoint options appended to every {@code cj:} URI (may be empty) */
    public CjCatalogueSource(ProducerTemplate template, String cjOptions) {
        this.cj = new CjCaller(template, "cj:", cjOptions);
    }

    @Override
    public List<Map<String, Object>> categoryTree() {
        return maps(call(OP_CATEGORIES, Map.of()));
    }

    @Override
    public ListingPage listing(Map<String, String> params, int page, int size) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("page", page);
        p.put("size", size);
        return ListingPage.fromListV2Data(call(OP_LIST, p));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> product(String pid) {
        try {
            Object data = call(OP_PRODUCT, Map.of("pid", pid));
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
        return maps(call(OP_VARIANTS, Map.of("pid", pid)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> inventory(String pid) {
        Object data = call(OP_INVENTORY, Map.of("pid", pid));
        return data instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private Object call(String operation, Map<String, Object> params) {
        try {
            return cj.call(operation, null, params).data();
        } catch (CjCaller.CjCallFailedException e) {
            throw new CatalogueSyncException(e.getMessage(), e.getCause());
        }
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
