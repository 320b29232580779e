package io.camelcj.routes.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelcj.component.cj.auth.CjAccountId;
import io.camelcj.component.cj.auth.CjTokens;
import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.routes.support.CloudEventHeaders;
import io.camelcj.routes.support.RoutePropertyException;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import io.camelcj.testfixtures.SampleCreateOrder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CloudEvents headers (Kafka binding, binary mode) on the webhook, order status and tracking topics, read back
 * from the in-JVM broker: off by default; when on, every attribute the binding requires, stable ids, and no
 * secret (API key, openId, access or refresh token) in any header.
 */
class CloudEventsHeadersTest {

    private static final String API_KEY = "CJ5550077@api@0123456789abcdef0123456789abcdef";
    private static final long OPEN_ID = 5550077L;
    private static final String STATUS_POLL = "direct:ce-status-poll";
    private static final String TRACKING_POLL = "direct:ce-tracking-poll";

    private static EmbeddedKafkaBroker kafka;
    private static CjSimulator sim;
    private static final InMemoryTokenStore TOKENS = new InMemoryTokenStore();

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startInfrastructure() {
        kafka = EmbeddedKafkaBroker.start();
        for (String topic : List.of("cj.webhooks.order", "cj.webhooks.product", "cj.webhooks.unknown",
                "cj.orders.out", "cj.orders.status", "cj.tracking")) {
            kafka.createTopic(topic, 1, false);
        }
        // strictWebhookUrls(false): the simulator accepts the loopback http callback of this test
        sim = CjSimulator.builder().port(0).products(20).seed(9L).strictWebhookUrls(false)
                .account(SimAccount.builder(API_KEY).openId(OPEN_ID).qps(100).balance(new BigDecimal("10000.00"))
                        .build())
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

    private FeedsHarness webhooks(int port, Boolean cloudEvents) {
        FeedsHarness h = new FeedsHarness(kafka, sim).tokens(TOKENS)
                .set("camel.cj.webhooks.open-id", OPEN_ID)
                .set("camel.cj.webhooks.host", "127.0.0.1")
                .set("camel.cj.webhooks.port", port)
                .set("camel.cj.webhooks.callback-url", "http://127.0.0.1:" + port + "/cj/webhooks")
                .set("camel.cj.webhooks.auto-register", true)
                .set("camel.cj.webhooks.allow-insecure-callback", true)
                .set("camel.cj.webhooks.idempotent-file", dataDir.resolve("ids.dat"));
        return cloudEvents == null ? h : h.set("camel.cj.webhooks.cloud-events", cloudEvents)
                .set("camel.cj.webhooks.cloud-events-source", "https://shop.example/cj/eu");
    }

    @Test
    void webhookRecordsCarryCloudEventsOnlyWhenSwitchedOn() throws Exception {
        int port = WebhookInfrastructure.freePort();
        try (FeedsHarness h = webhooks(port, null).start(new WebhookToKafkaRoute())) {
            sim.webhooks().send("ORDER", Map.of("orderNumber", "ce-off-1", "orderStatus", "SHIPPED"));
            List<ConsumerRecord<String, String>> records = h.read("cj.webhooks.order",
                    r -> r.stream().anyMatch(x -> "ce-off-1".equals(x.key())));
            ConsumerRecord<String, String> off = records.stream().filter(x -> "ce-off-1".equals(x.key()))
                    .findFirst().orElseThrow();
            assertThat(headerNames(off)).contains(WebhookToKafkaRoute.MESSAGE_ID_HEADER)
                    .noneMatch(n -> n.startsWith("ce_"));
        }

        // the same callback URL: CJ keeps the first registration of the account (1606000 for a second one)
        try (FeedsHarness h = webhooks(port, true).start(new WebhookToKafkaRoute())) {
            Instant before = Instant.now();
            sim.webhooks().send("ORDER", Map.of("orderNumber", "ce-on-1", "orderStatus", "SHIPPED"));
            sim.webhooks().send("PRODUCT", Map.of("pid", "ce-p-1", "fields", List.of("productSellPrice")));
            await().atMost(Duration.ofSeconds(20)).until(() -> sim.webhooks().deliveries().size() >= 3);
            assertThat(sim.webhooks().deliveries()).allSatisfy(d -> assertThat(d.status()).isEqualTo(200));

            ConsumerRecord<String, String> order = h.read("cj.webhooks.order",
                    r -> r.stream().anyMatch(x -> "ce-on-1".equals(x.key()))).stream()
                    .filter(x -> "ce-on-1".equals(x.key())).findFirst().orElseThrow();
            ConsumerRecord<String, String> product = h.read("cj.webhooks.product",
                    r -> r.stream().anyMatch(x -> "ce-p-1".equals(x.key()))).stream()
                    .filter(x -> "ce-p-1".equals(x.key())).findFirst().orElseThrow();
            for (ConsumerRecord<String, String> r : List.of(order, product)) {
                String messageId = (String) FeedsHarness.json(r.value()).get("messageId");
                assertThat(FeedsHarness.header(r, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
                assertThat(FeedsHarness.header(r, CloudEventHeaders.ID)).isEqualTo(messageId);
                assertThat(FeedsHarness.header(r, CloudEventHeaders.SOURCE)).isEqualTo("https://shop.example/cj/eu");
                assertThat(FeedsHarness.header(r, CloudEventHeaders.SUBJECT)).isEqualTo(r.key());
                assertThat(FeedsHarness.header(r, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
                assertThat(Instant.parse(FeedsHarness.header(r, CloudEventHeaders.TIME)))
                        .isBetween(before.minusSeconds(1), Instant.now());
                // one header per attribute (no second, differently cased content type)
                assertThat(headerNames(r)).doesNotHaveDuplicates()
                        .filteredOn(n -> n.equalsIgnoreCase(CloudEventHeaders.CONTENT_TYPE)).hasSize(1);
                assertNoSecretIn(r);
            }
            assertThat(FeedsHarness.header(order, CloudEventHeaders.TYPE)).isEqualTo("com.cjdropshipping.webhook.order");
            assertThat(FeedsHarness.header(product, CloudEventHeaders.TYPE))
                    .isEqualTo("com.cjdropshipping.webhook.product");
        }
    }

    @Test
    void aSourceThatIsNotAUriReferenceFailsTheStartNamingTheOption() {
        FeedsHarness h = webhooks(WebhookInfrastructure.freePort(), true)
                .set("camel.cj.webhooks.cloud-events-source", "not a uri");
        assertThatThrownBy(() -> h.start(new WebhookToKafkaRoute()))
                .isInstanceOf(RoutePropertyException.class)
                .hasMessageContaining("camel.cj.webhooks.cloud-events-source")
                .hasMessageContaining("URI-reference");
        h.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void statusAndTrackingRecordsCarryStableDistinctIds() throws Exception {
        OrderStatusFeedRoute statusRoute = new OrderStatusFeedRoute();
        TrackingFeedRoute trackingRoute = new TrackingFeedRoute();
        try (FeedsHarness h = new FeedsHarness(kafka, sim).tokens(TOKENS)
                .set("camel.cj.webhooks.enabled", false)
                .set("camel.cj.order-status.trigger-uri", STATUS_POLL)
                .set("camel.cj.order-status.cloud-events", true)
                .set("camel.cj.tracking.trigger-uri", TRACKING_POLL)
                .set("camel.cj.tracking.cloud-events", true)
                .set("camel.cj.tracking.cloud-events-source", "/shops/eu/tracking")
                .start(statusRoute, trackingRoute)) {
            String pid = sim.catalogue().productIds().get(0);
            String vid = sim.catalogue().variantIds(pid).get(0);
            Map<String, Object> created = (Map<String, Object>) h.cj("shopping/order/createOrderV3",
                    SampleCreateOrder.createOrder("ce-order-1", vid));
            String orderId = String.valueOf(created.get("orderId"));
            h.produce("cj.orders.out", "ce-order-1", "{\"orderNumber\":\"ce-order-1\",\"cjOrderId\":\"" + orderId
                    + "\",\"outcome\":\"CREATED\",\"status\":\"CREATED\"}");
            await().atMost(Duration.ofSeconds(20)).until(() -> statusRoute.tracker().active().size() == 1);
            poll(h, STATUS_POLL);
            h.cj("shopping/order/confirmOrder", Map.of("orderId", orderId));
            poll(h, STATUS_POLL);
            h.cj("shopping/pay/payBalance", Map.of("orderId", orderId));
            poll(h, STATUS_POLL);
            sim.admin().shipOrder(orderId, "TRK-CE-1");
            poll(h, STATUS_POLL);
            await().atMost(Duration.ofSeconds(20)).until(() -> trackingRoute.tracker().due().size() == 1);
            poll(h, TRACKING_POLL);

            List<ConsumerRecord<String, String>> status = h.read("cj.orders.status", r -> r.size() >= 4);
            assertThat(status).hasSize(4);
            Set<String> ids = new HashSet<>();
            for (ConsumerRecord<String, String> r : status) {
                Map<String, Object> value = FeedsHarness.json(r.value());
                String id = FeedsHarness.header(r, CloudEventHeaders.ID);
                assertThat(id).startsWith(orderId + ":" + value.get("status"));
                ids.add(id);
                assertThat(FeedsHarness.header(r, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
                assertThat(FeedsHarness.header(r, CloudEventHeaders.TYPE)).isEqualTo("com.cjdropshipping.order.status");
                assertThat(FeedsHarness.header(r, CloudEventHeaders.SOURCE)).isEqualTo("urn:camel-cj:order-status");
                assertThat(FeedsHarness.header(r, CloudEventHeaders.SUBJECT)).isEqualTo("ce-order-1");
                assertThat(FeedsHarness.header(r, CloudEventHeaders.TIME)).isEqualTo(value.get("observedAt"));
                assertThat(FeedsHarness.header(r, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
                assertNoSecretIn(r);
            }
            assertThat(ids).as("one id per change").hasSize(4);

            ConsumerRecord<String, String> tracking = h.read("cj.tracking", r -> r.size() >= 1).get(0);
            assertThat(FeedsHarness.header(tracking, CloudEventHeaders.ID)).startsWith("TRK-CE-1:");
            assertThat(FeedsHarness.header(tracking, CloudEventHeaders.TYPE))
                    .isEqualTo("com.cjdropshipping.logistics.tracking");
            assertThat(FeedsHarness.header(tracking, CloudEventHeaders.SOURCE)).isEqualTo("/shops/eu/tracking");
            assertThat(FeedsHarness.header(tracking, CloudEventHeaders.SUBJECT)).isEqualTo("TRK-CE-1");
            assertNoSecretIn(tracking);

            // the same change read back and published again (a repeated poll, seen later) keeps its id
            OrderStatusChange shipped = FeedRoutes.readRecord(status.get(3).value(), OrderStatusChange.class);
            OrderStatusChange seenLater = new OrderStatusChange(shipped.orderNumber(), shipped.orderId(),
                    shipped.status(), shipped.previousStatus(), shipped.trackNumber(), shipped.logisticName(),
                    shipped.trackingUrl(), shipped.finalStatus(), Instant.now().plusSeconds(60).toString());
            assertThat(FeedEvents.of(seenLater).id()).isEqualTo(FeedsHarness.header(status.get(3), CloudEventHeaders.ID));
            TrackingChange parcel = FeedRoutes.readRecord(tracking.value(), TrackingChange.class);
            TrackingChange parcelLater = new TrackingChange(parcel.trackNumber(), parcel.orderNumber(),
                    parcel.orderId(), parcel.trackingStatus(), parcel.previousTrackingStatus(), parcel.finalStatus(),
                    Instant.now().plusSeconds(60).toString(), parcel.tracking());
            assertThat(FeedEvents.of(parcelLater).id()).isEqualTo(FeedsHarness.header(tracking, CloudEventHeaders.ID));
        }
    }

    private static void poll(FeedsHarness h, String trigger) {
        h.context.createProducerTemplate().sendBody(trigger, null);
    }

    private static List<String> headerNames(ConsumerRecord<String, String> r) {
        List<String> names = new ArrayList<>();
        r.headers().forEach(header -> names.add(header.key()));
        return names;
    }

    private static void assertNoSecretIn(ConsumerRecord<String, String> r) {
        List<String> secrets = new ArrayList<>(List.of(API_KEY, "0123456789abcdef0123456789abcdef",
                Long.toString(OPEN_ID)));
        CjTokens tokens = TOKENS.load(CjAccountId.of(API_KEY)).orElseThrow();
        secrets.add(tokens.accessToken());
        secrets.add(tokens.refreshToken());
        for (Header header : r.headers()) {
            String value = header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertThat(value).as("header %s of %s", header.key(), r.topic()).doesNotContain(secret);
            }
        }
    }
}
