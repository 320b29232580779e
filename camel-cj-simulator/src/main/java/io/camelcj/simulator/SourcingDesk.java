package io.camelcj.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * product/sourcing/create and query. A request is "processing" for one simulated day, then "succeeded" with a
 * catalogue product assigned (a simplification of CJ's manual sourcing).
 */
final class SourcingDesk {

    private static final Duration PROCESSING = Duration.ofDays(1);

    private record Sourcing(String id, String accountId, String thirdProductId, String thirdVariantId,
                            String productName, Instant created) {
    }

    private final SimState state;
    private final AtomicLong ids = new AtomicLong(285);
    private final Map<String, Sourcing> byId = new ConcurrentHashMap<>();

    SourcingDesk(SimState state) {
        this.state = state;
    }

    Object create(ApiRequest r) {
        String productName = r.required("productName", 200);
        r.required("productImage", 200);
        r.optional("thirdProductId", 200);
        r.optional("thirdProductSku", 200);
        r.optional("productUrl", 200);
        r.optional("remark", 200);
        BigDecimal price = r.decimal("price");
        if (price != null && price.signum() < 0) {
            throw CjError.param("price must not be negative");
        }
        String id = String.valueOf(ids.incrementAndGet());
        byId.put(id, new Sourcing(id, r.account.config.id(), r.optional("thirdProductId", 200),
                r.optional("thirdVariantId", 200), productName, state.clock.now()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("cjSourcingId", id);
        data.put("result", "success");
        return data;
    }

    /** One id: the reference shows a single object as data; several ids: a list of such objects. */
    Object query(ApiRequest r) {
        List<String> ids = r.list("sourceIds");
        if (ids.isEmpty()) {
            throw CjError.empty("sourceIds");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : ids) {
            Sourcing s = byId.get(id);
            if (s == null || !s.accountId().equals(r.account.config.id())) {
                throw new CjError(CjError.PARAM_ERROR, "Param error: sourcing " + id + " not found");
            }
            out.add(describe(s));
        }
        return out.size() == 1 ? out.get(0) : out;
    }

    private Map<String, Object> describe(Sourcing s) {
        boolean done = !state.clock.now().isBefore(s.created().plus(PROCESSING));
        Catalogue cat = state.catalogue;
        ProductCore product = done && cat.size() > 0 ? cat.cores().get((int) (Long.parseLong(s.id()) % cat.size())) : null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sourceId", s.id());
        m.put("sourceNumber", String.valueOf(200_000 + Long.parseLong(s.id())));
        m.put("productId", s.thirdProductId());
        m.put("variantId", s.thirdVariantId());
        m.put("shopId", null);
        m.put("shopName", null);
        m.put("sourceStatus", done ? "4" : "2");
        m.put("sourceStatusStr", done ? "搜品成功" : "搜品中");
        m.put("cjProductId", product == null ? null : cat.pid(product));
        m.put("cjVariantSku", product == null ? null : cat.variantSku(product, 0));
        return m;
    }
}
