package io.camelcj.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * product/sourcing/create and query. A request is "processing" for one simulated day, then "succeeded" with a
 * catalogue product assigned (a simplification of CJ's manual sourcing).
 */
final class SourcingDesk {

    private static final Duration PROCESSING = Duration.ofDays(1);

    private record Sourcing(String id, AccountState account, String thirdProductId, String thirdVariantId,
                            String productName, Instant created) {
    }

    private final SimState state;
    private final Events events;
    private final AtomicLong ids = new AtomicLong(285);
    private final Map<String, Sourcing> byId = new ConcurrentHashMap<>();
    private final Set<String> announced = ConcurrentHashMap.newKeySet();

    SourcingDesk(SimState state, Events events) {
        this.state = state;
        this.events = events;
        state.clock.onJump(this::announceFinished);
    }

    /**
     * The reference's SOURCINGCREATE message ("Source product creation result") for every request that has
     * finished since the last look: checked when simulated time jumps and on each query.
     */
    void announceFinished() {
        for (Sourcing s : byId.values()) {
            if (isDone(s) && announced.add(s.id())) {
                ProductCore product = assigned(s);
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("cjProductId", product == null ? null : state.catalogue.pid(product));
                p.put("cjVariantId", product == null ? null : state.catalogue.vid(product, 0));
                p.put("cjVariantSku", product == null ? null : state.catalogue.variantSku(product, 0));
                p.put("cjSourcingId", s.id());
                p.put("status", product == null ? "failed" : "completed");
                p.put("failReason", product == null ? "no matching product" : "");
                p.put("createDate", OrderStore.plainChina(s.created()));
                events.sourcingCreated(s.account(), p);
            }
        }
    }

    private boolean isDone(Sourcing s) {
        return !state.clock.now().isBefore(s.created().plus(PROCESSING));
    }

    private ProductCore assigned(Sourcing s) {
        Catalogue cat = state.catalogue;
        return cat.size() > 0 ? cat.cores().get((int) (Long.parseLong(s.id()) % cat.size())) : null;
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
        byId.put(id, new Sourcing(id, r.account, r.optional("thirdProductId", 200),
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
        announceFinished();
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : ids) {
            Sourcing s = byId.get(id);
            if (s == null || s.account() != r.account) {
                throw CjError.param("sourcing " + id + " not found");
            }
            out.add(describe(s));
        }
        return out.size() == 1 ? out.get(0) : out;
    }

    private Map<String, Object> describe(Sourcing s) {
        boolean done = isDone(s);
        Catalogue cat = state.catalogue;
        ProductCore product = done ? assigned(s) : null;
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
