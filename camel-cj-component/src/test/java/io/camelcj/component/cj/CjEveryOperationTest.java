package io.camelcj.component.cj;

import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.Fault;
import io.camelcj.simulator.SimAccount;
import io.camelcj.simulator.SimRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * Every operation of the catalogue, once successfully and once answered with a CJ error, against the
 * simulator. Each case builds the state it needs (orders in the right status, disputes, sourcing) through
 * the component itself.
 */
class CjEveryOperationTest {

    private static final long SEED = 11L;
    private static CjSimulator sim;
    private static CamelContext context;
    private static ProducerTemplate template;
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Map<CjOperation, Supplier<Map<String, Object>>> CASES = new EnumMap<>(CjOperation.class);

    @BeforeAll
    static void start() throws Exception {
        sim = CjSimulator.builder().seed(SEED).products(60).tokenCooldown(Duration.ZERO)
                .account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).qps(200)
                        .balance(new BigDecimal("100000.00")).build())
                .start();
        context = CjTestSupport.context(sim, new InMemoryTokenStore(), c -> {
            c.setGetAccessTokenCooldown(0);
            c.setQps(200);
        });
        template = context.createProducerTemplate();
        defineCases();
    }

    @AfterAll
    static void stop() {
        context.stop();
        sim.close();
    }

    @Test
    void everyOperationHasACase() {
        assertThat(CASES.keySet()).containsExactlyInAnyOrder(CjOperation.values());
    }

    @ParameterizedTest
    @EnumSource(CjOperation.class)
    void succeeds(CjOperation op) {
        assumeServed(op);
        Map<String, Object> params = CASES.get(op).get();
        sim.requestLog().clear();
        Object body = call(op, params);
        if (op.isAuthentication()) {
            assertThat(body).isInstanceOf(io.camelcj.component.cj.auth.TokenState.class);
            return;
        }
        // the simulator logs a request just after answering it
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<SimRequest> calls = sim.requestLog().entries().stream()
                    .filter(r -> r.operation().equals(op.path())).toList();
            assertThat(calls).as("requests of " + op.path()).hasSize(1);
            assertThat(calls.get(0).httpStatus()).isEqualTo(200);
            assertThat(calls.get(0).code()).isIn(200, 0);
        });
    }

    @ParameterizedTest
    @EnumSource(CjOperation.class)
    void cjErrorsBecomeCjApiExceptions(CjOperation op) throws Exception {
        assumeServed(op);
        if (op == CjOperation.LOGOUT) {
            call(CjOperation.GET_ACCESS_TOKEN, Map.of());
            sim.faults().failNext(op.path(), 1, Fault.cjCode(1600000, "System busy, please contact CJ IT"));
            CjApiException e = failure(() -> call(op, Map.of()));
            assertThat(e.getOperation()).isEqualTo(op.path());
            assertThat(e.getCjCode()).isEqualTo(1600000);
            assertThat(e.getCategory()).isEqualTo(CjErrorCategory.TRANSIENT);
            return;
        }
        if (op.isAuthentication()) {
            // through the token manager: a wrong API key is CJ's 1600005
            CamelContext wrongKey = CjTestSupport.context(sim, new InMemoryTokenStore(),
                    c -> c.setApiKey("CJ0000000@api@00000000000000000000000000000000"));
            try {
                CjApiException e = failure(() -> wrongKey.createProducerTemplate()
                        .requestBody("cj:" + op.path(), (Object) null));
                assertThat(e.getCategory()).isEqualTo(CjErrorCategory.AUTHENTICATION);
                assertThat(e.getCjCode()).isEqualTo(1600005);
                assertThat(e.getMessage()).doesNotContain("CJ0000000@api@");
            } finally {
                wrongKey.stop();
            }
            return;
        }
        Map<String, Object> params = CASES.get(op).get();
        sim.faults().failNext(op.path(), 1, Fault.cjCode(1600300, "Param error: injected"));
        CjApiException e = failure(() -> call(op, params));
        assertThat(e.getOperation()).isEqualTo(op.path());
        assertThat(e.getCjCode()).isEqualTo(1600300);
        assertThat(e.getCategory()).isEqualTo(CjErrorCategory.INVALID_PARAMETER);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getCjMessage()).contains("injected");
    }

    private static CjApiException failure(Runnable call) {
        Throwable t = catchThrowable(call::run);
        assertThat(t).isInstanceOf(CamelExecutionException.class);
        assertThat(t.getCause()).isInstanceOf(CjApiException.class);
        return (CjApiException) t.getCause();
    }

    private static Object call(CjOperation op, Map<String, Object> params) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(CjConstants.PARAMS, params);
        headers.put(CjConstants.FILE_NAME, "waybill.pdf");
        return template.requestBodyAndHeaders(uri(op), null, headers);
    }

    /** cj:path, or cj:METHOD:path for a path served with several methods (product/conn/connection). */
    private static String uri(CjOperation op) {
        boolean severalMethods = java.util.Arrays.stream(CjOperation.values())
                .anyMatch(other -> other != op && other.path().equals(op.path()));
        return severalMethods ? "cj:" + op.method() + ":" + op.path() : "cj:" + op.path();
    }

    /**
     * The rows seen only in CJ's own client are served by the simulator once its issue-17 work lands; until
     * then their round trip is skipped (reported as skipped, not passed).
     */
    private static void assumeServed(CjOperation op) {
        org.junit.jupiter.api.Assumptions.assumeTrue(!op.seenInCjClient() || sim.operations().contains(op.path()),
                "the simulator does not serve " + op.path() + " yet");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> callMap(CjOperation op, Map<String, Object> params) {
        return (Map<String, Object>) call(op, params);
    }

    // ------------------------------------------------------------------ fixtures built through the API

    private static String pid(int i) {
        return sim.catalogue().productIds().get(i);
    }

    private static String vid(int i) {
        return sim.catalogue().variantIds(pid(i)).get(0);
    }

    private static String storageId(int areaId) {
        return storageIdOf(SEED, areaId);
    }

    /**
     * The simulator exposes no warehouse ids; it derives them from its seed (a name-based UUID per
     * warehouse area), so the tests derive them the same way.
     */
    static String storageIdOf(long seed, int areaId) {
        UUID u = UUID.nameUUIDFromBytes((seed + ":storage:" + areaId).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits(u.getMostSignificantBits()) + HexFormat.of().toHexDigits(u.getLeastSignificantBits());
    }

    private static Map<String, Object> newOrder(boolean platformLogistics) {
        Map<String, Object> order = CjTestSupport.order("EO-" + SEQ.incrementAndGet(), vid(SEQ.get() % 50));
        if (platformLogistics) {
            order.put("shopLogisticsType", 1);
            order.put("storageId", storageId(1));
        }
        return order;
    }

    /** A new order in status CREATED: the create answer (orderId, productInfoList...). */
    private static Map<String, Object> createdOrder(boolean platformLogistics) {
        return callMap(CjOperation.CREATE_ORDER_V3, newOrder(platformLogistics));
    }

    private static String unpaidOrder(boolean platformLogistics) {
        String orderId = (String) createdOrder(platformLogistics).get("orderId");
        call(CjOperation.CONFIRM_ORDER, Map.of("orderId", orderId));
        return orderId;
    }

    private static String paidOrder(boolean platformLogistics) {
        String orderId = unpaidOrder(platformLogistics);
        call(CjOperation.PAY_BALANCE, Map.of("orderId", orderId));
        return orderId;
    }

    private static Map<String, Object> orderDetail(String orderId) {
        return callMap(CjOperation.ORDER_DETAIL, Map.of("orderId", orderId));
    }

    /** Two orders in the cart, confirmed into one shipment. */
    private static String shipment() {
        String a = (String) createdOrder(false).get("orderId");
        call(CjOperation.ADD_CART, Map.of("cjOrderIdList", List.of(a)));
        return (String) callMap(CjOperation.ADD_CART_CONFIRM, Map.of("cjOrderIdList", List.of(a))).get("shipmentsId");
    }

    private static Map<String, Object> waybill(String orderId) {
        Map<String, Object> p = new HashMap<>();
        p.put("orderId", orderId);
        p.put("cjOrderId", orderDetail(orderId).get("cjOrderId"));
        p.put("cjShippingCompanyName", "CJPacket");
        p.put("trackNumber", "TRK" + SEQ.incrementAndGet());
        p.put("waybillFile", "%PDF-1.4 label".getBytes(StandardCharsets.UTF_8));
        return p;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> disputeCreate(String orderId) {
        Map<String, Object> products = callMap(CjOperation.DISPUTE_PRODUCTS, Map.of("orderId", orderId));
        String lineItemId = (String) ((List<Map<String, Object>>) products.get("productInfoList")).get(0).get("lineItemId");
        Map<String, Object> p = new HashMap<>();
        p.put("businessDisputeId", "BD-" + SEQ.incrementAndGet());
        p.put("orderId", orderId);
        p.put("disputeReasonId", 1);
        p.put("expectType", 1);
        p.put("refundType", 1);
        p.put("messageText", "arrived broken");
        p.put("productInfoList", List.of(Map.of("lineItemId", lineItemId, "quantity", 1)));
        return p;
    }

    @SuppressWarnings("unchecked")
    private static void defineCases() {
        Map<String, Object> none = Map.of();
        CASES.put(CjOperation.GET_ACCESS_TOKEN, () -> none);
        CASES.put(CjOperation.REFRESH_ACCESS_TOKEN, () -> none);
        CASES.put(CjOperation.LOGOUT, () -> none);
        CASES.put(CjOperation.SETTING_GET, () -> none);
        CASES.put(CjOperation.SETTING_ACCOUNT_SET, () -> Map.of("openName", "Shop " + SEQ.incrementAndGet()));
        CASES.put(CjOperation.GET_CATEGORY, () -> none);
        CASES.put(CjOperation.PRODUCT_LIST_V2, () -> Map.of("size", 5, "features", "enable_category"));
        CASES.put(CjOperation.GLOBAL_WAREHOUSE_LIST, () -> none);
        CASES.put(CjOperation.PRODUCT_LIST, () -> Map.of("pageSize", 10));
        CASES.put(CjOperation.PRODUCT_QUERY, () -> Map.of("pid", pid(1)));
        CASES.put(CjOperation.ADD_TO_MY_PRODUCT, () -> Map.of("productId", pid(SEQ.incrementAndGet() % 60)));
        CASES.put(CjOperation.MY_PRODUCT_QUERY, () -> Map.of("pageSize", 5));
        CASES.put(CjOperation.VARIANT_QUERY, () -> Map.of("pid", pid(2)));
        CASES.put(CjOperation.VARIANT_QUERY_BY_VID, () -> Map.of("vid", vid(2)));
        CASES.put(CjOperation.STOCK_QUERY_BY_VID, () -> Map.of("vid", vid(3)));
        CASES.put(CjOperation.STOCK_QUERY_BY_SKU, () -> Map.of("sku", sim.catalogue().variantSku(vid(3))));
        CASES.put(CjOperation.STOCK_INVENTORY_BY_PID, () -> Map.of("pid", pid(4)));
        CASES.put(CjOperation.PRODUCT_COMMENTS, () -> Map.of("pid", pid(5)));
        CASES.put(CjOperation.PRODUCT_REVIEWS, () -> Map.of("pid", pid(5), "pageSize", 3));
        CASES.put(CjOperation.SOURCING_CREATE, () -> Map.of("productName", "Cat ear hoodie",
                "productImage", "https://example.com/hoodie.jpg", "price", new BigDecimal("9.90")));
        CASES.put(CjOperation.SOURCING_QUERY, () -> {
            Map<String, Object> created = callMap(CjOperation.SOURCING_CREATE, Map.of("productName", "Mug",
                    "productImage", "https://example.com/mug.jpg"));
            return Map.of("sourceIds", List.of(String.valueOf(created.get("cjSourcingId"))));
        });
        CASES.put(CjOperation.WAREHOUSE_DETAIL, () -> Map.of("id", storageId(2)));
        CASES.put(CjOperation.CREATE_ORDER_V2, () -> {
            Map<String, Object> o = newOrder(false);
            o.put("payType", 3);
            return o;
        });
        CASES.put(CjOperation.CREATE_ORDER_V3, () -> newOrder(false));
        CASES.put(CjOperation.ADD_CART, () -> Map.of("cjOrderIdList", List.of(createdOrder(false).get("orderId"))));
        CASES.put(CjOperation.ADD_CART_CONFIRM, () -> {
            Object id = createdOrder(false).get("orderId");
            call(CjOperation.ADD_CART, Map.of("cjOrderIdList", List.of(id)));
            return Map.of("cjOrderIdList", List.of(id));
        });
        CASES.put(CjOperation.SAVE_GENERATE_PARENT_ORDER, () -> Map.of("shipmentOrderId", shipment()));
        CASES.put(CjOperation.ORDER_LIST, () -> Map.of("pageSize", 5, "status", "CREATED"));
        CASES.put(CjOperation.ORDER_DETAIL, () -> Map.of("orderId", createdOrder(false).get("orderId"),
                "features", "LOGISTICS_TIMELINESS"));
        CASES.put(CjOperation.DELETE_ORDER, () -> Map.of("orderId", createdOrder(false).get("orderId")));
        CASES.put(CjOperation.CONFIRM_ORDER, () -> Map.of("orderId", createdOrder(false).get("orderId")));
        CASES.put(CjOperation.CHANGE_WAREHOUSE, () -> Map.of("orderCode", createdOrder(true).get("orderId"),
                "storageId", storageId(2)));
        CASES.put(CjOperation.UPLOAD_WAYBILL_INFO, () -> waybill(paidOrder(true)));
        CASES.put(CjOperation.UPDATE_WAYBILL_INFO, () -> {
            String orderId = paidOrder(true);
            call(CjOperation.UPLOAD_WAYBILL_INFO, waybill(orderId));
            return waybill(orderId);
        });
        CASES.put(CjOperation.POD_PICTURES_EDIT, () -> {
            Map<String, Object> order = createdOrder(false);
            Map<String, Object> line = ((List<Map<String, Object>>) order.get("productInfoList")).get(0);
            return Map.of("podPicturesEditParams", List.of(Map.of("orderCode", order.get("orderId"),
                    "lineItemId", line.get("lineItemId"), "effectImgList", List.of("https://example.com/e.png"),
                    "productionImgList", List.of("https://example.com/p.png"))));
        });
        CASES.put(CjOperation.GET_BALANCE, () -> none);
        CASES.put(CjOperation.PAY_BALANCE, () -> Map.of("orderId", unpaidOrder(false)));
        CASES.put(CjOperation.PAY_BALANCE_V2, () -> {
            String shipmentId = shipment();
            Map<String, Object> parent = callMap(CjOperation.SAVE_GENERATE_PARENT_ORDER,
                    Map.of("shipmentOrderId", shipmentId));
            return Map.of("shipmentOrderId", shipmentId, "payId", parent.get("payId"));
        });
        CASES.put(CjOperation.FREIGHT_CALCULATE, () -> Map.of("startCountryCode", "CN", "endCountryCode", "US",
                "products", List.of(Map.of("vid", vid(6), "quantity", 2))));
        CASES.put(CjOperation.FREIGHT_CALCULATE_TIP, () -> Map.of("reqDTOS", List.of(Map.of("srcAreaCode", "CN",
                "destAreaCode", "US", "weight", 350, "freightTrialSkuList",
                List.of(Map.of("vid", vid(6), "skuQuantity", 1))))));
        CASES.put(CjOperation.SUPPLIER_LOGISTICS_TEMPLATE, () -> Map.of("skuList",
                List.of(sim.catalogue().productSku(pid(7)))));
        CASES.put(CjOperation.GET_TRACK_INFO, () -> Map.of("trackNumber", shippedTrackNumber()));
        CASES.put(CjOperation.TRACK_INFO, () -> Map.of("trackNumber", List.of(shippedTrackNumber(), "UNKNOWN1")));
        CASES.put(CjOperation.DISPUTE_PRODUCTS, () -> Map.of("orderId", paidOrder(false)));
        CASES.put(CjOperation.DISPUTE_CONFIRM_INFO, () -> {
            Map<String, Object> create = disputeCreate(paidOrder(false));
            return Map.of("orderId", create.get("orderId"), "productInfoList", create.get("productInfoList"));
        });
        CASES.put(CjOperation.DISPUTE_CREATE, () -> disputeCreate(paidOrder(false)));
        CASES.put(CjOperation.DISPUTE_CANCEL, () -> {
            Map<String, Object> create = disputeCreate(paidOrder(false));
            call(CjOperation.DISPUTE_CREATE, create);
            Map<String, Object> list = callMap(CjOperation.DISPUTE_LIST, Map.of("orderId", create.get("orderId")));
            Object disputeId = ((List<Map<String, Object>>) list.get("list")).get(0).get("id");
            return Map.of("orderId", create.get("orderId"), "disputeId", disputeId);
        });
        CASES.put(CjOperation.DISPUTE_LIST, () -> Map.of("pageSize", 5));
        // seen in CJ's client, not in the reference: parameters as that client sends them
        CASES.put(CjOperation.PRODUCT_BY_IMAGE, () -> Map.of("imageUrl", "https://example.com/hoodie.jpg"));
        CASES.put(CjOperation.PRODUCT_CONNECTIONS, () -> Map.of("page", 1, "pageSize", 10));
        CASES.put(CjOperation.CONNECT_PRODUCT, () -> Map.of("cjProductId", pid(8), "platformProductId", "shop-p-1",
                "defaultArea", 1, "logistics", "CJPacket Ordinary",
                "variantList", List.of(Map.of("cjVariantId", vid(8), "platformVariantId", "shop-v-1"))));
        CASES.put(CjOperation.DISCONNECT_PRODUCT, () -> Map.of("platformProductId", "shop-p-1"));
        CASES.put(CjOperation.GET_SHOPS, () -> Map.of("pageNum", 1, "pageSize", 20));
        CASES.put(CjOperation.GET_AUTHORIZE_URL, () -> Map.of("shopType", "shopify"));
        CASES.put(CjOperation.DISPUTE_DETAIL, () -> {
            Map<String, Object> create = disputeCreate(paidOrder(false));
            call(CjOperation.DISPUTE_CREATE, create);
            Map<String, Object> list = callMap(CjOperation.DISPUTE_LIST, Map.of("orderId", create.get("orderId")));
            return Map.of("disputeId", ((List<Map<String, Object>>) list.get("list")).get(0).get("id"));
        });
        CASES.put(CjOperation.ORDER_COGS, () -> Map.of("orderCodesList", List.of(createdOrder(false).get("orderId"))));
        CASES.put(CjOperation.MERGE_ORDER_MATCH, () -> Map.of("filterOrder", true, "orderStatus", 100));
        CASES.put(CjOperation.MERGE_ORDER_MATCH_PROGRESS, () -> Map.of("taskId", mergeMatchTask()));
        CASES.put(CjOperation.MERGE_ORDER_MATCH_RESULT, () -> Map.of("taskId", mergeMatchTask()));
        CASES.put(CjOperation.MERGE_ORDER_SUBMIT, () -> Map.of("taskId", mergeMatchTask()));
        CASES.put(CjOperation.MERGE_ORDER_SUBMIT_PROGRESS, () -> Map.of("taskId", mergeSubmitTask()));
        CASES.put(CjOperation.MERGE_ORDER_SUBMIT_RESULT, () -> Map.of("taskId", mergeSubmitTask()));
        CASES.put(CjOperation.PRIVATE_STOCK_SPU_PAGE, () -> Map.of("pageNum", 1, "pageSize", 20));
        CASES.put(CjOperation.PRIVATE_STOCK_SKU_PAGE, () -> Map.of("pageNum", 1, "pageSize", 20));
        CASES.put(CjOperation.PRIVATE_STOCK_BY_SKU, () -> Map.of("sku", sim.catalogue().variantSku(vid(myProduct(41)))));
        CASES.put(CjOperation.PRIVATE_STOCK_BY_PRODUCT, () -> Map.of("productId", pid(myProduct(42))));
        CASES.put(CjOperation.SAVE_STORE_PRODUCT, () -> Map.of("id", pid(9), "title", "Cat ear hoodie",
                "image", "https://example.com/hoodie.jpg"));
        CASES.put(CjOperation.STOREHOUSE_VIDEOS, () -> Map.of("orderIdList", List.of(paidOrder(false))));
        CASES.put(CjOperation.CREATE_ORDER, () -> newOrder(false));
        // the simulator, like CJ, now calls an ENABLE callback and wants https: cancelling needs no receiver
        CASES.put(CjOperation.WEBHOOK_SET, () -> Map.of(
                "product", Map.of("type", "CANCEL", "callbackUrls", List.of()),
                "stock", Map.of("type", "CANCEL", "callbackUrls", List.of()),
                "order", Map.of("type", "CANCEL", "callbackUrls", List.of()),
                "logistics", Map.of("type", "CANCEL", "callbackUrls", List.of())));
    }

    private static String mergeMatchTask() {
        createdOrder(false);
        return String.valueOf(callMap(CjOperation.MERGE_ORDER_MATCH, Map.of("filterOrder", true, "orderStatus", 100))
                .get("taskId"));
    }

    private static String mergeSubmitTask() {
        return String.valueOf(callMap(CjOperation.MERGE_ORDER_SUBMIT, Map.of("taskId", mergeMatchTask())).get("taskId"));
    }

    /** Product number {@code i}, added to My Products (the private inventory lists only those). */
    private static int myProduct(int i) {
        try {
            call(CjOperation.ADD_TO_MY_PRODUCT, Map.of("productId", pid(i)));
        } catch (org.apache.camel.CamelExecutionException alreadyAdded) {
            // 1600000 "already added": a no-op
        }
        return i;
    }

    private static String shippedTrackNumber() {
        String orderId = paidOrder(false);
        String track = "CJPKL" + SEQ.incrementAndGet();
        sim.admin().shipOrder(orderId, track);
        return track;
    }
}
