package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** disputes/*: disputes on paid orders. */
final class DisputeApi {

    private static final List<Map<String, Object>> REASONS = List.of(
            Map.of("disputeReasonId", 1, "reasonName", "Unfulfilled Order Cancellation"),
            Map.of("disputeReasonId", 2, "reasonName", "Damaged product"),
            Map.of("disputeReasonId", 3, "reasonName", "Wrong product"),
            Map.of("disputeReasonId", 4, "reasonName", "Package not received"));

    private static final class Dispute {
        final String id;
        final String businessId;
        final SimOrder order;
        final int reasonId;
        final int expectType;
        final BigDecimal money;
        final List<SimOrder.Line> lines;
        final Instant created;
        String status = "PENDING";

        Dispute(String id, String businessId, SimOrder order, int reasonId, int expectType, BigDecimal money,
                List<SimOrder.Line> lines, Instant created) {
            this.id = id;
            this.businessId = businessId;
            this.order = order;
            this.reasonId = reasonId;
            this.expectType = expectType;
            this.money = money;
            this.lines = lines;
            this.created = created;
        }
    }

    private final SimState state;
    private final List<Dispute> disputes = new CopyOnWriteArrayList<>();

    DisputeApi(SimState state) {
        this.state = state;
    }

    void register(Routes r) {
        r.get("disputes/disputeProducts", Envelope.RESULT_SUCCESS, 1, this::products);
        r.json("disputes/disputeConfirmInfo", "POST", Envelope.RESULT_SUCCESS, this::confirmInfo);
        r.json("disputes/create", "POST", Envelope.REDIRECT, this::create);
        r.json("disputes/cancel", "POST", Envelope.REDIRECT, this::cancel);
        r.get("disputes/getDisputeList", Envelope.REDIRECT, 1, this::list);
        // seen in CJ's own client (CJ-dropshipping/api-mcp), not in the reference: GET ?disputeId=
        r.get("disputes/getDisputeDetail", Envelope.RESULT, 1, this::detail);
    }

    private SimOrder paidOrder(ApiRequest r, int failCode) {
        String orderId = r.required("orderId", 100);
        SimOrder o = state.orders.find(r.account, orderId);
        if (o == null) {
            throw new CjError(1603100, "Order not found, please check the CJ order id: " + orderId);
        }
        if (!o.isPaid() || "CANCELLED".equals(o.status)) {
            throw new CjError(failCode, "disputes are only possible on paid orders; order is " + o.status);
        }
        return o;
    }

    private Map<String, Object> line(SimOrder.Line l) {
        Catalogue.VariantRef v = state.catalogue.byVid(l.vid);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lineItemId", l.lineItemId);
        m.put("cjProductId", l.pid);
        m.put("cjVariantId", l.vid);
        m.put("canChoose", !l.disputed);
        m.put("price", l.sellPrice);
        m.put("quantity", l.quantity);
        m.put("cjProductName", v == null ? null : state.catalogue.nameEn(v.product()));
        m.put("cjImage", v == null ? null : state.catalogue.image(v.product()));
        m.put("sku", l.sku);
        m.put("supplierName", "CJ");
        return m;
    }

    private Object products(ApiRequest r) {
        synchronized (state.orders.lock()) {
            SimOrder o = paidOrder(r, 1607006);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("orderId", o.orderId);
            data.put("orderNumber", o.orderNumber);
            data.put("productInfoList", o.lines.stream().map(this::line).toList());
            return data;
        }
    }

    /** The chosen lines; lineItemId optional (then every line), quantity required. */
    private List<SimOrder.Line> chosen(ApiRequest r, SimOrder o) {
        JsonNode list = r.node("productInfoList");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw CjError.empty("productInfoList");
        }
        List<SimOrder.Line> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            if (p.path("quantity").asText("").isBlank()) {
                throw CjError.empty("productInfoList[" + i + "].quantity");
            }
            String lineItemId = p.path("lineItemId").asText("");
            if (lineItemId.isBlank()) {
                out.addAll(o.lines);
                continue;
            }
            String field = "productInfoList[" + i + "].lineItemId";
            SimOrder.Line line = o.lines.stream().filter(l -> l.lineItemId.equals(lineItemId)).findFirst()
                    .orElseThrow(() -> CjError.param(field + " " + lineItemId + " is not in the order"));
            out.add(line);
        }
        return out;
    }

    private static BigDecimal amount(List<SimOrder.Line> lines) {
        return lines.stream().map(l -> l.sellPrice.multiply(BigDecimal.valueOf(l.quantity)))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    private Object confirmInfo(ApiRequest r) {
        synchronized (state.orders.lock()) {
            SimOrder o = paidOrder(r, 1607007);
            List<SimOrder.Line> lines = chosen(r, o);
            BigDecimal products = amount(lines);
            BigDecimal postage = "UNSHIPPED".equals(o.status) ? o.postageAmount : BigDecimal.ZERO.setScale(2);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("orderId", o.orderId);
            data.put("orderNumber", o.orderNumber);
            data.put("maxProductPrice", products);
            data.put("maxPostage", postage);
            data.put("maxIossTaxAmount", 0);
            data.put("maxIossHandTaxAmount", 0);
            data.put("maxAmount", products.add(postage));
            data.put("expectResultOptionList", "UNSHIPPED".equals(o.status) ? List.of("1") : List.of("1", "2"));
            data.put("productInfoList", lines.stream().map(this::line).toList());
            data.put("disputeReasonList", REASONS);
            return data;
        }
    }

    private Object create(ApiRequest r) {
        String businessId = r.required("businessDisputeId", 100);
        Integer reason = r.integer("disputeReasonId", null);
        if (reason == null) {
            throw CjError.empty("disputeReasonId");
        }
        if (REASONS.stream().noneMatch(m -> m.get("disputeReasonId").equals(reason))) {
            throw CjError.param("disputeReasonId " + reason + " is unknown");
        }
        Integer expectType = r.integer("expectType", null);
        if (expectType == null || (expectType != 1 && expectType != 2)) {
            throw CjError.param("expectType must be 1 (refund) or 2 (reissue)");
        }
        Integer refundType = r.integer("refundType", null);
        if (refundType == null || (refundType != 1 && refundType != 2)) {
            throw CjError.param("refundType must be 1 (balance) or 2 (platform)");
        }
        r.required("messageText", 500);
        synchronized (state.orders.lock()) {
            SimOrder o = paidOrder(r, 1607008);
            if (disputes.stream().anyMatch(d -> d.order.account == r.account && d.businessId.equals(businessId))) {
                throw new CjError(1607008, "dispute create fail: businessDisputeId " + businessId + " already used");
            }
            List<SimOrder.Line> lines = chosen(r, o);
            if (lines.stream().anyMatch(l -> l.disputed)) {
                throw new CjError(1607008, "dispute create fail: a product of the order is already in dispute");
            }
            lines.forEach(l -> l.disputed = true);
            Dispute d = new Dispute(state.orders.nextCode("SH"), businessId, o, reason, expectType, amount(lines), lines,
                    state.clock.now());
            disputes.add(d);
            o.disputeId = d.id;
            return "true";
        }
    }

    private Object cancel(ApiRequest r) {
        String orderId = r.required("orderId", 100);
        String disputeId = r.required("disputeId", 100);
        synchronized (state.orders.lock()) {
            Dispute d = disputes.stream().filter(x -> x.id.equals(disputeId.trim()) && x.order.account == r.account
                    && x.order == state.orders.find(r.account, orderId))
                    .findFirst().orElseThrow(() -> new CjError(1607009, "dispute cancel fail: no dispute " + disputeId + " on order " + orderId));
            if (!"PENDING".equals(d.status)) {
                throw new CjError(1607009, "dispute cancel fail: dispute is " + d.status);
            }
            d.status = "CANCELLED";
            d.lines.forEach(l -> l.disputed = false);
            return "true";
        }
    }

    private Object list(ApiRequest r) {
        String orderId = r.optional("orderId", 100);
        String disputeId = r.optional("disputeId", 100);
        String orderNumber = r.optional("orderNumber", 100);
        int pageNum = Math.max(1, r.integer("pageNum", 1));
        int pageSize = Math.min(100, Math.max(1, r.integer("pageSize", 10)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Dispute d : disputes) {
            if (d.order.account != r.account
                    || (orderId != null && !orderId.isBlank() && !orderId.equals(d.order.orderId) && !orderId.equals(d.order.cjOrderId))
                    || (disputeId != null && !disputeId.isBlank() && !disputeId.equals(d.id))
                    || (orderNumber != null && !orderNumber.isBlank() && !orderNumber.equals(d.order.orderNumber))) {
                continue;
            }
            rows.add(view(d));
        }
        return Paging.page(pageNum, pageSize, rows.size(), Paging.slice(rows, pageNum, pageSize), false);
    }

    private Map<String, Object> view(Dispute d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id);
        m.put("businessDisputeId", d.businessId);
        m.put("orderId", d.order.orderId);
        m.put("orderNumber", d.order.orderNumber);
        m.put("status", d.status);
        m.put("disputeReason", REASONS.get(d.reasonId - 1).get("reasonName"));
        m.put("replacementAmount", d.expectType == 2 ? d.money : null);
        m.put("resendOrderCode", null);
        m.put("money", d.expectType == 1 ? d.money : null);
        m.put("finallyDeal", null);
        m.put("createDate", OrderStore.plain(d.created));
        List<Map<String, Object>> products = new ArrayList<>();
        for (SimOrder.Line l : d.lines) {
            Map<String, Object> line = line(l);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("image", line.get("cjImage"));
            p.put("price", l.sellPrice);
            p.put("lineItemId", l.lineItemId);
            p.put("cjProductId", l.pid);
            p.put("cjVariantId", l.vid);
            p.put("productName", line.get("cjProductName"));
            p.put("supplierName", "CJ");
            products.add(p);
        }
        m.put("productList", products);
        return m;
    }

    private Object detail(ApiRequest r) {
        String disputeId = r.required("disputeId", 100).trim();
        Dispute d = disputes.stream().filter(x -> x.id.equals(disputeId) && x.order.account == r.account).findFirst()
                .orElseThrow(() -> CjError.param("disputeId " + disputeId + " not found"));
        Map<String, Object> m = view(d);
        m.put("expectType", d.expectType);
        m.put("disputeReasonId", d.reasonId);
        return m;
    }
}
