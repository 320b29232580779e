package io.camelcj.routes.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.testfixtures.SampleCreateOrder;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Orders placed in the simulator and announced on cj.orders.out → order status feed → cj.orders.status →
 * tracking feed → cj.tracking, with the simulator's admin API moving the orders along. Polls are triggered by
 * hand (direct: trigger) so that every poll is accounted for.
 */
class OrderAndTrackingFeedRouteTest {

    private static final String STATUS_POLL = "direct:order-status-poll";
    private static final String TRACKING_POLL = "direct:tracking-poll";

    private static EmbeddedKafkaBroker kafka;
    private static CjSimulator sim;
    private static final InMemoryTokenStore TOKENS = new InMemoryTokenStore();

    @BeforeAll
    static void startInfrastructure() {
        kafka = EmbeddedKafkaBroker.start();
        for (String topic : List.of("cj.orders.out", "cj.orders.status", "cj.tracking")) {
            kafka.createTopic(topic, 3, false);
        }
        // the account's QPS matches the component's (no 1600200 in these tests: call counts stay exact)
        sim = CjSimulator.builder().port(0).products(20).seed(5L)
                .account(SimAccount.builder("CJ5550001@api@0123456789abcdef0123456789abcdef").openId(5550001L)
                        .qps(100).balance(new BigDecimal("10000.00")).build())
                .start();
    }

    @AfterAll
    static void stopInfrastructure() {
        if (sim != null) {
            sim.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private FeedsHarness harness(OrderStatusFeedRoute status, TrackingFeedRoute tracking) throws Exception {
        return new FeedsHarness(kafka, sim).tokens(TOKENS)
                .set("camel.cj.order-status.trigger-uri", STATUS_POLL)
                .set("camel.cj.order-status.batch-size", 3)
                .set("camel.cj.tracking.trigger-uri", TRACKING_POLL)
                .set("camel.cj.tracking.batch-size", 3)
                .start(status, tracking);
    }

    /** Creates an order in CJ (the simulator) and announces it on cj.orders.out like the order push route. */
    @SuppressWarnings("unchecked")
    private String placeOrder(FeedsHarness h, String orderNumber) {
        String pid = sim.catalogue().productIds().get(0);
        String vid = sim.catalogue().variantIds(pid).get(0);
        Map<String, Object> order = SampleCreateOrder.createOrder(orderNumber, vid);
        Map<String, Object> created = (Map<String, Object>) h.cj("shopping/order/createOrderV3", order);
        String orderId = String.valueOf(created.get("orderId"));
        h.produce("cj.orders.out", orderNumber, "{\"orderNumber\":\"" + orderNumber + "\",\"cjOrderId\":\"" + orderId
                + "\",\"outcome\":\"CREATED\",\"status\":\"CREATED\"}");
        return orderId;
    }

    private void pay(FeedsHarness h, String orderId) {
        h.cj("shopping/order/confirmOrder", Map.of("orderId", orderId));
        h.cj("shopping/pay/payBalance", Map.of("orderId", orderId));
    }

    private static List<String> statuses(List<ConsumerRecord<String, String>> records, String key) {
        List<String> out = new ArrayList<>();
        records.stream().filter(r -> key.equals(r.key())).forEach(r -> out.add((String) FeedsHarness.json(r.value()).get("status")));
        return out;
    }

    @Test
    void statusFeedEmitsEachTransitionOnceAndTrackingFeedBatches() throws Exception {
        OrderStatusFeedRoute statusRoute = new OrderStatusFeedRoute();
        TrackingFeedRoute trackingRoute = new TrackingFeedRoute();
        try (FeedsHarness h = harness(statusRoute, trackingRoute)) {
            String watched = placeOrder(h, "feed-1");
            await().atMost(Duration.ofSeconds(20)).until(() -> statusRoute.tracker().active().size() == 1);

            h.context.createProducerTemplate().sendBody(STATUS_POLL, null);
            h.context.createProducerTemplate().sendBody(STATUS_POLL, null);
            h.cj("shopping/order/confirmOrder", Map.of("orderId", watched));
            h.context.createProducerTemplate().sendBody(STATUS_POLL, null);
            h.cj("shopping/pay/payBalance", Map.of("orderId", watched));
            h.context.createProducerTemplate().sendBody(STATUS_POLL, null);
            sim.admin().shipOrder(watched, "TRK-FEED-1");
            h.context.createProducerTemplate().sendBody(STATUS_POLL, null);
            h.context.createProducerTemplate().sendBody(STATUS_POLL, null);
            sim.admin().deliverOrder(watched);
            h.context.createProducerTemplate().sendBody(STATUS_POLL, null);
            sim.requestLog().clear();
            h.context.createProducerTemplate().sendBody(STATUS_POLL, null);
            // a delivered order is no longer followed: that poll cost nothing
            assertThat(sim.requestLog().count("shopping/order/list") + sim.requestLog().count("shopping/order/getOrderDetail"))
                    .isZero();

            List<ConsumerRecord<String, String>> records = h.read("cj.orders.status",
                    r -> statuses(r, "feed-1").size() >= 5);
            assertThat(statuses(records, "feed-1")).containsExactly("CREATED", "UNPAID", "UNSHIPPED", "SHIPPED",
                    "DELIVERED");
            Map<String, Object> shipped = FeedsHarness.json(records.stream().filter(r -> "feed-1".equals(r.key()))
                    .toList().get(3).value());
            assertThat(shipped).containsEntry("trackNumber", "TRK-FEED-1").containsEntry("previousStatus", "UNSHIPPED")
                    .containsEntry("orderId", watched);

            // tracking: seven shipped parcels, three numbers per trackInfo call
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                String id = placeOrder(h, "track-" + i);
                pay(h, id);
                sim.admin().shipOrder(id, "TRK-" + i);
                ids.add(id);
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> statusRoute.tracker().active().size() == 7);
            sim.requestLog().clear();
            h.context.createProducerTemplate().sendBody(STATUS_POLL, null);
            // seven orders first seen as CREATED: all moved on, each looked up once... after one batch per 3
            assertThat(sim.requestLog().count("shopping/order/list")).isEqualTo(3);
            assertThat(h.read("cj.orders.status", r -> r.stream().filter(x -> x.key().startsWith("track-")).count() >= 7))
                    .filteredOn(r -> r.key().startsWith("track-")).hasSize(7);
            // TRK-FEED-1 (delivered) plus the seven shipped numbers reach the tracking feed
            await().atMost(Duration.ofSeconds(20)).until(() -> trackingRoute.tracker().due().size() == 8);

            sim.requestLog().clear();
            h.context.createProducerTemplate().sendBody(TRACKING_POLL, null);
            assertThat(sim.requestLog().count("logistic/trackInfo")).isEqualTo(3); // 8 numbers, 3 per call
            List<ConsumerRecord<String, String>> tracking = h.read("cj.tracking", r -> r.size() >= 8);
            assertThat(tracking).hasSize(8);
            assertThat(tracking).extracting(ConsumerRecord::key).contains("TRK-FEED-1", "TRK-0", "TRK-6");
            Map<String, Object> delivered = FeedsHarness.json(tracking.stream()
                    .filter(r -> r.key().equals("TRK-FEED-1")).findFirst().orElseThrow().value());
            assertThat(delivered).containsEntry("trackingStatus", "Delivered").containsEntry("finalStatus", true)
                    .containsEntry("orderNumber", "feed-1");

            // nothing changed: the next poll emits nothing; the delivered number is no longer asked for
            sim.requestLog().clear();
            h.context.createProducerTemplate().sendBody(TRACKING_POLL, null);
            assertThat(sim.requestLog().count("logistic/trackInfo")).isEqualTo(3); // 7 numbers, 3 per call
            sim.admin().deliverOrder(ids.get(0));
            h.context.createProducerTemplate().sendBody(TRACKING_POLL, null);
            List<ConsumerRecord<String, String>> after = h.read("cj.tracking", r -> r.size() >= 9);
            assertThat(after).hasSize(9);
            List<Map<String, Object>> trk0 = after.stream().filter(r -> r.key().equals("TRK-0"))
                    .map(r -> FeedsHarness.json(r.value())).toList();
            assertThat(trk0).hasSize(2);
            assertThat(trk0.get(1)).containsEntry("trackingStatus", "Delivered")
                    .containsEntry("previousTrackingStatus", "In transit").containsEntry("finalStatus", true);
        }
    }

    @Test
    void afterARestartTheFeedKnowsWhatItReportedAndFollowsWhatIsOpen() throws Exception {
        String open;
        String done;
        OrderStatusFeedRoute first = new OrderStatusFeedRoute();
        try (FeedsHarness h = harness(first, new TrackingFeedRoute())) {
            open = placeOrder(h, "restart-open");
            done = placeOrder(h, "restart-done");
            pay(h, done);
            sim.admin().shipOrder(done, "TRK-DONE");
            sim.admin().deliverOrder(done);
            h.context.createProducerTemplate().sendBody(STATUS_POLL, null);
            h.context.createProducerTemplate().sendBody(STATUS_POLL, null);
            h.cj("shopping/order/confirmOrder", Map.of("orderId", open));
        }
        // a new instance (state in memory) on its default quartz schedule: before its first call to CJ it
        // re-reads cj.orders.out and its own cj.orders.status
        sim.requestLog().clear();
        OrderStatusFeedRoute second = new OrderStatusFeedRoute();
        try (FeedsHarness h = new FeedsHarness(kafka, sim).tokens(TOKENS)
                .set("camel.cj.order-status.interval", "300ms")
                .set("camel.cj.tracking.enabled", false)
                .start(second, new TrackingFeedRoute())) {
            List<ConsumerRecord<String, String>> records = h.read("cj.orders.status",
                    r -> statuses(r, "restart-open").contains("UNPAID"));
            Thread.sleep(1000); // a few more polls
            records = h.read(List.of("cj.orders.status"), r -> false, Duration.ofSeconds(1));
            assertThat(statuses(records, "restart-open")).containsExactly("CREATED", "UNPAID");
            assertThat(statuses(records, "restart-done")).containsExactly("DELIVERED");
            // orders reported final before the restart are not asked for again
            assertThat(sim.requestLog().entries()).filteredOn(e -> e.operation().startsWith("shopping/order/"))
                    .allSatisfy(e -> assertThat(e.params().toString()).doesNotContain(done));
            assertThat(second.tracker().knows("restart-done", done)).isTrue();
            assertThat(second.tracker().active()).extracting(OrderWatch::orderNumber).doesNotContain("restart-done");
            assertThat(h.context.getRoute(TrackingFeedRoute.POLL_ROUTE_ID)).isNull();
        }
    }
}
