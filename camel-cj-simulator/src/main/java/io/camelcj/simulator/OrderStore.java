package io.camelcj.simulator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** All orders and shipments; id generation; the JSON views of an order. */
final class OrderStore implements SimOrders {

    static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    static final class Shipment {
        final String id;
        final List<SimOrder> orders;
        String payId;

        Shipment(String id, List<SimOrder> orders) {
            this.id = id;
            this.orders = orders;
        }
    }

    private final SimClock clock;
    private final Catalogue catalogue;
    private final AtomicLong sequence = new AtomicLong(100_016_290_555L);
    private final List<SimOrder> orders = new CopyOnWriteArrayList<>();
    private final Map<String, SimOrder> byId = new ConcurrentHashMap<>();
    private final Map<String, Shipment> shipments = new ConcurrentHashMap<>();
    /** (account, orderNumber / SD code / tracking number) → order, so lookups stay O(1) with many orders. */
    private final Map<String, SimOrder> aliases = new ConcurrentHashMap<>();

    OrderStore(SimClock clock, Catalogue catalogue) {
        this.clock = clock;
        this.catalogue = catalogue;
    }

    static String plain(Instant t) {
        return t == null ? null : PLAIN.format(t.atOffset(ZoneOffset.UTC));
    }

    /** "yyyy-MM-dd HH:mm:ss" in China time (UTC+8): tracking and LOGISTIC event times, as the field notes report. */
    static String plainChina(Instant t) {
        return t == null ? null : PLAIN.format(t.atOffset(AccountState.CJ_ZONE));
    }

    /** "yyyy-MM-dd HH:mm:ss" read as China time (product/list createTimeFrom/To); null when absent. */
    static Long parseCnTime(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim(), PLAIN).toInstant(AccountState.CJ_ZONE).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw CjError.param(field + " must have the format yyyy-MM-dd HH:mm:ss");
        }
    }

    Object lock() {
        return this;
    }

    String nextOrderId() {
        return DAY.format(clock.now().atOffset(AccountState.CJ_ZONE)) + sequence.incrementAndGet();
    }

    String nextCode(String prefix) {
        return prefix + DAY.format(clock.now().atOffset(AccountState.CJ_ZONE)) + String.format("%014d", sequence.incrementAndGet());
    }

    void add(SimOrder order) {
        orders.add(order);
        byId.put(order.orderId, order);
        alias(order, order.orderNumber);
    }

    /** Makes the order findable by another id of its account (its SD code). */
    void alias(SimOrder order, String alias) {
        aliases.put(aliasKey(order.account, alias), order);
    }

    private static String aliasKey(AccountState account, String alias) {
        return account.config.id() + '\u0000' + alias;
    }

    /**
     * By CJ order id: the numeric orderId that createOrder answers, or the CJ order code (SD...) it gets when
     * confirmed, within one account (any account when null). The reference calls both "CJ order id" and CJ's
     * own client passes createOrderV2's orderId to addCart; the customer's orderNumber, a shipment id (SP...)
     * or a pay id (PAY...) is not a CJ order id and finds nothing, so a flow passing the wrong kind fails here
     * as it would at CJ.
     */
    SimOrder find(AccountState account, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String key = id.trim();
        SimOrder o = byId.get(key);
        if (o != null && (account == null || o.account == account)) {
            return o;
        }
        if (!key.startsWith("SD")) {
            return null;
        }
        if (account != null) {
            o = aliases.get(aliasKey(account, key));
            return o != null && key.equals(o.cjOrderId) ? o : null;
        }
        return orders.stream().filter(c -> key.equals(c.cjOrderId)).findFirst().orElse(null);
    }

    /** getOrderDetail's orderId: "support: Custom order id, CJ order id" (the only operation that takes both). */
    SimOrder findByCjIdOrOrderNumber(AccountState account, String id) {
        SimOrder o = find(account, id);
        return o != null || id == null ? o : byOrderNumber(account, id.trim());
    }

    /** For the admin API: a CJ order id or code, or the customer's orderNumber. */
    SimOrder findForAdmin(String id) {
        SimOrder o = find(null, id);
        if (o != null || id == null) {
            return o;
        }
        String key = id.trim();
        return orders.stream().filter(c -> key.equals(c.orderNumber)).findFirst().orElse(null);
    }

    SimOrder byOrderNumber(AccountState account, String orderNumber) {
        SimOrder o = aliases.get(aliasKey(account, orderNumber));
        return o != null && o.orderNumber.equals(orderNumber) ? o : null;
    }

    List<SimOrder> of(AccountState account) {
        return orders.stream().filter(o -> o.account == account).toList();
    }

    SimOrder byTrackNumber(AccountState account, String trackNumber) {
        SimOrder o = aliases.get(aliasKey(account, "track:" + trackNumber));
        return o != null && trackNumber.equals(o.trackNumber) ? o : null;
    }

    void trackNumber(SimOrder order, String trackNumber) {
        order.trackNumber = trackNumber;
        alias(order, "track:" + trackNumber);
    }

    Shipment newShipment(List<SimOrder> members) {
        Shipment s = new Shipment(nextCode("SP"), members);
        shipments.put(s.id, s);
        return s;
    }

    Shipment shipment(String id) {
        return id == null ? null : shipments.get(id.trim());
    }

    // ---------------------------------------------------------------- views

    Map<String, Object> listView(SimOrder o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orderId", o.orderId);
        m.put("orderNum", o.orderNumber);
        m.put("cjOrderId", o.cjOrderId);
        m.put("shippingCountryCode", o.shipping.get("shippingCountryCode"));
        m.put("shippingProvince", o.shipping.get("shippingProvince"));
        m.put("shippingCity", o.shipping.get("shippingCity"));
        m.put("shippingPhone", o.shipping.get("shippingPhone"));
        m.put("shippingAddress", o.shipping.get("shippingAddress"));
        m.put("shippingCustomerName", o.shipping.get("shippingCustomerName"));
        m.put("remark", o.shipping.getOrDefault("remark", ""));
        m.put("orderWeight", o.weight);
        m.put("orderStatus", o.status);
        m.put("orderAmount", o.orderAmount());
        m.put("productAmount", o.productAmount);
        m.put("postageAmount", o.postageAmount);
        m.put("logisticName", o.logisticName);
        m.put("trackNumber", o.trackNumber);
        m.put("trackingUrl", o.trackNumber == null ? null : trackingUrl(o.trackNumber));
        m.put("createDate", plain(o.created));
        m.put("paymentDate", plain(o.paid));
        m.put("storeCreateDate", plain(o.created));
        m.put("productList", null);
        Warehouses.Area storage = o.storageId == null ? null : catalogue.warehouses.byStorageId(o.storageId);
        m.put("storageId", storage == null ? null : storage.storageId());
        m.put("storageName", storage == null ? null : storage.storageName());
        return m;
    }

    Map<String, Object> detailView(SimOrder o, boolean timeliness) {
        Map<String, Object> m = listView(o);
        m.remove("productList");
        m.put("platformOrderId", o.orderNumber);
        m.put("cjOrderCode", o.cjOrderId);
        m.put("fromCountryCode", o.fromCountryCode);
        m.put("isComplete", o.complete ? 1 : 0);
        m.put("disputeId", o.disputeId);
        m.put("outWarehouseTime", plain(o.shipped));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (SimOrder.Line l : o.lines) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("vid", l.vid);
            line.put("quantity", l.quantity);
            line.put("sellPrice", l.sellPrice);
            line.put("podPropertiesInfo", podInfo(l));
            line.put("lineItemId", l.lineItemId);
            line.put("storeLineItemId", l.storeLineItemId);
            line.put("productionOrderStatus", o.isPaid() ? 2 : 1);
            line.put("abnormalType", List.of());
            lines.add(line);
        }
        m.put("productList", lines);
        if (timeliness) {
            Freight.Channel ch = Freight.byName(o.logisticName);
            m.put("logisticsTimeliness", Map.of("logisticsModes", List.of(Map.of("logisticsName", o.logisticName,
                    "arrivalTime", (ch == null ? "7-15" : ch.aging()) + " Days"))));
        }
        return m;
    }

    private static Map<String, Object> podInfo(SimOrder.Line l) {
        if (l.effectImgs == null && l.podProperties == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("podVersion", 3);
        m.put("finish", l.productionImgs == null ? 0 : 1);
        m.put("effectImgList", l.effectImgs == null ? List.of() : l.effectImgs);
        m.put("productionImgList", l.productionImgs == null ? List.of() : l.productionImgs);
        m.put("customResources", List.of());
        return m;
    }

    static String trackingUrl(String trackNumber) {
        return "https://www.cjpacket.com/?trackingNumber=" + trackNumber;
    }

    // ---------------------------------------------------------------- SimOrders

    @Override
    public int count() {
        return orders.size();
    }

    @Override
    public Optional<Map<String, Object>> findByOrderNumber(String orderNumber) {
        return orders.stream().filter(o -> o.orderNumber.equals(orderNumber)).findFirst().map(this::publicView);
    }

    @Override
    public List<Map<String, Object>> all() {
        return orders.stream().map(this::publicView).toList();
    }

    private Map<String, Object> publicView(SimOrder o) {
        synchronized (lock()) {
            Map<String, Object> m = detailView(o, false);
            m.put("orderNumber", o.orderNumber);
            m.put("shipmentOrderId", o.shipmentOrderId);
            return m;
        }
    }
}
