package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks a createOrderV2/V3 request as CJ does (fields, lengths, products, countries, warehouse, logistics). */
final class OrderValidation {

    /** Required JSON fields of createOrderV2/V3 with the reference's maximum lengths. */
    private static final Object[][] REQUIRED = {
        {"orderNumber", 50}, {"shippingCountryCode", 20}, {"shippingCountry", 50}, {"shippingProvince", 50},
        {"shippingCity", 50}, {"shippingCustomerName", 50}, {"shippingAddress", 200}, {"logisticName", 50},
        {"fromCountryCode", 20}};
    private static final Object[][] OPTIONAL = {
        {"shippingZip", 20}, {"shippingCounty", 50}, {"shippingPhone", 20}, {"shippingAddress2", 200},
        {"houseNumber", 20}, {"email", 50}, {"taxId", 20}, {"remark", 500}, {"consigneeID", 20}, {"platform", 20},
        {"iossNumber", 10}, {"storageId", 40}};

    /** A create request that passed every check. */
    record Draft(Map<String, String> fields, Integer payType, int shopLogisticsType, String storageId,
                 Freight.Channel channel, List<SimOrder.Line> lines) {
    }

    private final SimState state;
    private final OrderStore store;

    OrderValidation(SimState state) {
        this.state = state;
        this.store = state.orders;
    }

    Draft validate(ApiRequest r, boolean v2) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Object[] f : REQUIRED) {
            fields.put((String) f[0], r.required((String) f[0], (Integer) f[1]).trim());
        }
        for (Object[] f : OPTIONAL) {
            String v = r.optional((String) f[0], (Integer) f[1]);
            if (v != null) {
                fields.put((String) f[0], v);
            }
        }
        Integer payType = v2 ? r.integer("payType", null) : null;
        if (payType != null && payType != 2 && payType != 3) {
            throw CjError.param("payType must be 2 or 3");
        }
        int shopLogisticsType = r.integer("shopLogisticsType", 2);
        if (shopLogisticsType < 1 || shopLogisticsType > 3) {
            throw CjError.param("shopLogisticsType must be 1, 2 or 3");
        }
        Integer iossType = r.integer("iossType", null);
        if (iossType != null && (iossType < 1 || iossType > 3)) {
            throw CjError.param("iossType must be 1, 2 or 3");
        }
        r.decimal("shopAmount"); // validated only: CJ computes the amounts itself
        JsonNode products = r.node("products");
        if (products == null || !products.isArray() || products.isEmpty()) {
            throw CjError.empty("products");
        }
        List<SimOrder.Line> lines = lines(products);
        if (!state.countries.exists(fields.get("shippingCountryCode"))) {
            throw new CjError(1605002, "country code not found: shippingCountryCode " + fields.get("shippingCountryCode"));
        }
        if (!state.countries.exists(fields.get("fromCountryCode"))) {
            throw new CjError(1605002, "country code not found: fromCountryCode " + fields.get("fromCountryCode"));
        }
        String storageId = fields.get("storageId");
        if (shopLogisticsType == 1) {
            if (storageId == null || storageId.isBlank()) {
                throw CjError.param("storageId can not be empty when shopLogisticsType is 1");
            }
            if (state.catalogue.warehouses.byStorageId(storageId.trim()) == null) {
                throw new CjError(1608001, "Warehouse info not found: storageId " + storageId);
            }
        } else {
            storageId = null;
        }
        Freight.Channel channel = Freight.byName(fields.get("logisticName"));
        if (channel == null) {
            throw new CjError(1605000, "Logistic not found: logisticName " + fields.get("logisticName"));
        }
        if (!channel.serves(fields.get("fromCountryCode"), fields.get("shippingCountryCode"))) {
            throw new CjError(1605001, "Logistic invalid, please reference freight calculate. logisticName: "
                    + fields.get("logisticName"));
        }
        return new Draft(fields, payType, shopLogisticsType, storageId, channel, lines);
    }

    private List<SimOrder.Line> lines(JsonNode products) {
        List<SimOrder.Line> lines = new ArrayList<>();
        Catalogue cat = state.catalogue;
        for (int i = 0; i < products.size(); i++) {
            JsonNode p = products.get(i);
            String prefix = "products[" + i + "].";
            String vid = text(p, "vid");
            String sku = text(p, "sku");
            if ((vid == null || vid.isBlank()) && (sku == null || sku.isBlank())) {
                throw CjError.param(prefix + "vid and " + prefix + "sku can not both be empty");
            }
            if (vid != null) {
                ApiRequest.checkLength(prefix + "vid", vid, 50);
            }
            if (sku != null) {
                ApiRequest.checkLength(prefix + "sku", sku, 50);
            }
            JsonNode q = p.get("quantity");
            if (q == null || q.isNull() || q.asText().isBlank()) {
                throw CjError.empty(prefix + "quantity");
            }
            int quantity;
            try {
                quantity = Integer.parseInt(q.asText().trim());
            } catch (NumberFormatException e) {
                throw CjError.param(prefix + "quantity must be an integer");
            }
            if (quantity < 1) {
                throw CjError.param(prefix + "quantity must be at least 1");
            }
            String storeLineItemId = text(p, "storeLineItemId");
            if (storeLineItemId != null) {
                ApiRequest.checkLength(prefix + "storeLineItemId", storeLineItemId, 125);
            }
            String pod = p.has("podProperties") && !p.get("podProperties").isNull()
                    ? (p.get("podProperties").isTextual() ? p.get("podProperties").asText() : p.get("podProperties").toString())
                    : null;
            if (pod != null) {
                ApiRequest.checkLength(prefix + "podProperties", pod, 500);
            }
            Catalogue.VariantRef v = vid != null && !vid.isBlank() ? cat.byVid(vid) : cat.byVariantSku(sku.trim());
            if (v == null) {
                throw new CjError(1602000, "Variant not found: " + (vid != null && !vid.isBlank() ? vid : sku));
            }
            if (vid != null && !vid.isBlank() && sku != null && !sku.isBlank()
                    && !cat.variantSku(v.product(), v.j()).equals(sku.trim())) {
                throw CjError.param(prefix + "sku does not belong to " + prefix + "vid");
            }
            if (v.product().delisted) {
                throw new CjError(1602002, "Product has been removed from shelves: " + cat.pid(v.product()));
            }
            lines.add(new SimOrder.Line(cat.vid(v.product(), v.j()), cat.pid(v.product()), cat.variantSku(v.product(), v.j()),
                    quantity, cat.variantPrice(v.product(), v.j()), store.nextCode(""), storeLineItemId, pod,
                    cat.variantWeight(v.product(), v.j())));
        }
        return lines;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

}
