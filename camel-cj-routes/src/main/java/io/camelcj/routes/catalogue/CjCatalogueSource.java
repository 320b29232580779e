package io.camelcj.routes.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjConstants;
import io.camelcj.component.cj.CjErrorCategory;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * {@link CatalogueSource} over the {@code cj:} component: every call goes through the account's token manager, rate
 * limiter and retry rules, shared with every other route of the same API key.
 */
public final class CjCatalogueSource implements CatalogueSource {

    private final ProducerTemplate template;
    private final Map<String, Endpoint> endpoints = new HashMap<>();

    /** @param cjOptions extra endpoint options appended to every {@code cj:} URI (may be empty) */
    public CjCatalogueSource(CamelContext context, ProducerTemplate template, String cjOptions) {
        this.template = template;
        for (String op : List.of(OP_CATEGORIES, OP_LIST, OP_PRODUCT, OP_VARIANTS, OP_INVENTORY)) {
            endpoints.put(op, context.getEndpoint("cj:" + op + (cjOptions.isEmpty() ? "" : "?" + cjOptions)));
        }
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
        Exchange result = template.send(endpoints.get(operation),
                exchange -> exchange.getIn().setHeader(CjConstants.PARAMS, params));
        Exception failure = result.getException();
        if (failure != null) {
            if (failure instanceof CjApiException cj) {
                throw cj;
            }
            if (failure.getCause() instanceof CjApiException cj) {
                throw cj;
            }
            throw new CatalogueSyncException("CJ call " + operation + " failed: " + failure.getMessage(), failure);
        }
        return result.getMessage().getBody();
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
