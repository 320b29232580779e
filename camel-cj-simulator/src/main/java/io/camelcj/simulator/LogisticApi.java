package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** logistic/*: freight quotes from the channel table, tracking of shipped orders. */
final class LogisticApi {

    private final SimState state;

    LogisticApi(SimState state) {
        this.state = state;
    }

    void register(Routes r) {
        r.json("logistic/freightCalculate", "POST", Envelope.RESULT, this::freightCalculate);
        r.json("logistic/freightCalculateTip", "POST", Envelope.RESULT_SUCCESS, this::freightCalculateTip);
        r.json("logistic/getSupplierLogisticsTemplate", "POST", Envelope.RESULT, this::supplierTemplates);
        r.get("logistic/getTrackInfo", Envelope.RESULT, 1, this::track);
        r.get("logistic/trackInfo", Envelope.RESULT, 1, this::track);
    }

    private String country(ApiRequest r, String field) {
        String code = r.required(field, 200).trim();
        if (!state.countries.exists(code)) {
            throw new CjError(1605002, "country code not found: " + field + " " + code);
        }
        return code.toUpperCase();
    }

    private Object freightCalculate(ApiRequest r) {
        String from = country(r, "startCountryCode");
        String to = country(r, "endCountryCode");
        JsonNode products = r.node("products");
        if (products == null || !products.isArray() || products.isEmpty()) {
            throw CjError.empty("products");
        }
        int grams = 0;
        for (int i = 0; i < products.size(); i++) {
            JsonNode p = products.get(i);
            String vid = p.path("vid").asText("");
            if (vid.isBlank()) {
                throw CjError.empty("products[" + i + "].vid");
            }
            int quantity = p.path("quantity").asInt(0);
            if (quantity < 1) {
                throw CjError.param("products[" + i + "].quantity must be at least 1");
            }
            Catalogue.VariantRef v = state.catalogue.byVid(vid);
            if (v == null) {
                throw new CjError(1602000, "Variant not found: " + vid);
            }
            grams += state.catalogue.variantWeight(v.product(), v.j()) * quantity;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Freight.Channel ch : Freight.CHANNELS) {
            if (ch.serves(from, to) && grams <= ch.maxGrams()) {
                BigDecimal price = ch.price(grams);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("logisticAging", ch.aging());
                m.put("logisticPrice", price);
                m.put("logisticPriceCn", Freight.cny(price));
                m.put("logisticName", ch.name());
                m.put("taxesFee", null);
                m.put("clearanceOperationFee", null);
                m.put("totalPostageFee", price);
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Weights are grams. A weight under 10 g (e.g. 0.3 meaning kilograms) gets no option at all, as seen live;
     * a channel whose weight limit is exceeded is listed with its own {@code error}/{@code errorEn}.
     */
    private Object freightCalculateTip(ApiRequest r) {
        JsonNode reqs = r.node("reqDTOS");
        if (reqs == null || !reqs.isArray() || reqs.isEmpty()) {
            throw CjError.empty("reqDTOS");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < reqs.size(); i++) {
            JsonNode q = reqs.get(i);
            String prefix = "reqDTOS[" + i + "].";
            String src = requiredCountry(q, prefix + "srcAreaCode", "srcAreaCode");
            String dest = requiredCountry(q, prefix + "destAreaCode", "destAreaCode");
            BigDecimal weight = weight(q, prefix);
            if (weight.compareTo(BigDecimal.valueOf(Freight.MIN_GRAMS)) < 0) {
                continue;
            }
            if (weight.compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
                throw CjError.param(prefix + "weight must be at most 10000000 (grams)");
            }
            int grams = weight.setScale(0, RoundingMode.HALF_UP).intValueExact();
            for (Freight.Channel ch : Freight.CHANNELS) {
                if (ch.serves(src, dest)) {
                    out.add(tipOption(ch, src, dest, grams));
                }
            }
        }
        return out;
    }

    private String requiredCountry(JsonNode q, String name, String field) {
        String code = q.path(field).asText("").trim();
        if (code.isEmpty()) {
            throw CjError.empty(name);
        }
        if (!state.countries.exists(code)) {
            throw new CjError(1605002, "country code not found: " + name + " " + code);
        }
        return code.toUpperCase();
    }

    /** weight (g) if given, else wrapWeight, else the sum of the listed SKUs' weights. */
    private BigDecimal weight(JsonNode q, String prefix) {
        for (String f : List.of("weight", "wrapWeight")) {
            JsonNode w = q.get(f);
            if (w != null && !w.isNull() && !w.asText().isBlank()) {
                try {
                    return new BigDecimal(w.asText().trim());
                } catch (NumberFormatException e) {
                    throw CjError.param(prefix + f + " must be a number (grams)");
                }
            }
        }
        JsonNode skus = q.get("freightTrialSkuList");
        if (skus == null || !skus.isArray() || skus.isEmpty()) {
            throw CjError.empty(prefix + "weight");
        }
        int grams = 0;
        for (JsonNode s : skus) {
            Catalogue.VariantRef v = s.hasNonNull("vid") ? state.catalogue.byVid(s.get("vid").asText())
                    : state.catalogue.byVariantSku(s.path("sku").asText(""));
            if (v == null) {
                throw new CjError(1602000, "Variant not found: " + s.path("sku").asText(s.path("vid").asText("")));
            }
            grams += state.catalogue.variantWeight(v.product(), v.j()) * Math.max(1, s.path("skuQuantity").asInt(1));
        }
        return BigDecimal.valueOf(grams);
    }

    private Map<String, Object> tipOption(Freight.Channel ch, String src, String dest, int grams) {
        boolean tooHeavy = grams > ch.maxGrams();
        BigDecimal postage = tooHeavy ? BigDecimal.ZERO.setScale(2) : ch.price(grams);
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("arrivalTime", ch.aging());
        option.put("cnName", ch.cnName());
        option.put("enName", ch.name());
        option.put("id", ch.id());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("arrivalTime", ch.aging());
        m.put("discountFee", postage);
        m.put("discountFeeCNY", Freight.cny(postage));
        m.put("volumeWeight", null);
        m.put("option", option);
        m.put("ruleTips", List.of());
        m.put("ruleTipTypes", List.of());
        m.put("channelId", ch.id());
        m.put("error", tooHeavy ? "超过渠道重量限制" : "");
        m.put("errorEn", tooHeavy ? "The weight exceeds the limit of this channel (" + ch.maxGrams() + " g)" : "");
        m.put("optionId", ch.id());
        m.put("postage", postage);
        m.put("postageCNY", Freight.cny(postage));
        m.put("priceIncreases", "100");
        m.put("reSort", "1");
        m.put("remoteFee", 0);
        m.put("remoteFeeCNY", 0);
        m.put("tip", "");
        m.put("uid", "");
        m.put("orderId", null);
        m.put("message", "");
        m.put("wrapPostage", postage);
        m.put("wrapPostageCNY", Freight.cny(postage));
        m.put("wrapWeight", grams);
        m.put("stopWords", List.of());
        m.put("channel", Map.of("cnName", ch.cnName(), "enName", ch.name(), "id", ch.id()));
        m.put("cjRespDTO", Map.of("postage", postage.toPlainString(), "postageCNY", Freight.cny(postage).toPlainString(),
                "remoteFee", "0.00", "remoteFeeCNY", "0"));
        m.put("destArea", area(dest));
        m.put("srcArea", area(src));
        m.put("dump", false);
        m.put("zonePrice", List.of());
        m.put("allRuleTips", List.of());
        m.put("taxesFee", null);
        m.put("clearanceOperationFee", null);
        m.put("totalPostageFee", postage);
        return m;
    }

    private Map<String, Object> area(String code) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cnName", null);
        m.put("countryId", null);
        m.put("enName", state.countries.name(code));
        m.put("id", null);
        m.put("parentId", null);
        m.put("postCode", "");
        m.put("shortCode", code);
        return m;
    }

    private Object supplierTemplates(ApiRequest r) {
        List<String> skus = r.list("skuList");
        if (skus.isEmpty()) {
            throw CjError.empty("skuList");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String sku : skus) {
            ProductCore c = state.catalogue.byProductSku(sku.trim());
            List<Map<String, Object>> infos = new ArrayList<>();
            if (c != null && c.supplier) {
                for (Warehouses.Area a : state.catalogue.areas(c)) {
                    Map<String, Object> info = new LinkedHashMap<>();
                    info.put("id", String.valueOf(9_000 + c.index * 10L + a.areaId()));
                    info.put("logisticsName", "Supplier Express " + a.countryCode());
                    info.put("postage", "4.99");
                    info.put("startCountryCode", a.countryCode());
                    info.put("destCountryCode", "US");
                    infos.add(info);
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("skuList", List.of(sku));
            m.put("logisticsInfoList", infos);
            out.add(m);
        }
        return out;
    }

    /** Several trackNumber parameters per call; unknown numbers are left out of the answer. */
    private Object track(ApiRequest r) {
        List<String> numbers = r.list("trackNumber");
        if (numbers.isEmpty()) {
            throw CjError.empty("trackNumber");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        synchronized (state.orders.lock()) {
            for (String n : numbers) {
                SimOrder o = state.orders.byTrackNumber(r.account, n.trim());
                if (o != null) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("trackingNumber", o.trackNumber);
                    m.put("logisticName", o.logisticName);
                    m.put("trackingFrom", o.fromCountryCode);
                    m.put("trackingTo", o.shipping.get("shippingCountryCode"));
                    m.put("deliveryDay", String.valueOf(Math.max(0, Duration.between(o.shipped,
                            o.delivered != null ? o.delivered : state.clock.now()).toDays())));
                    m.put("deliveryTime", OrderStore.plainChina(o.delivered != null ? o.delivered : o.shipped));
                    m.put("trackingStatus", o.delivered != null ? "Delivered" : "In transit");
                    m.put("lastMileCarrier", o.logisticName);
                    m.put("lastTrackNumber", o.trackNumber);
                    out.add(m);
                }
            }
        }
        return out;
    }
}
