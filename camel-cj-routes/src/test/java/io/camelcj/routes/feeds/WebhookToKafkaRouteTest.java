package io.camelcj.routes.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import io.camelcj.component.cj.webhook.CjWebhookSignature;
import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.WebhookDispatcher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signed CJ pushes (the simulator's, with duplicates, plus a concurrent burst of our own with replays,
 * forgeries, junk and an oversized body) → cj:webhook → Kafka: every genuine message exactly once on the
 * topic of its type, every reply measured.
 */
class WebhookToKafkaRouteTest {

    private static final String API_KEY = "CJ7654321@api@0123456789abcdef0123456789abcdef";
    private static final long OPEN_ID = 7654321L;
    private static final Map<String, String> TOPIC_OF = Map.of("PRODUCT", "cj.webhooks.product",
            "VARIANT", "cj.webhooks.variant", "STOCK", "cj.webhooks.stock", "ORDER", "cj.webhooks.order",
            "LOGISTIC", "cj.webhooks.logistics", "ORDERSPLIT", "cj.webhooks.ordersplit",
            "SOURCINGCREATE", "cj.webhooks.sourcing");

    private static WebhookInfrastructure infra;
    private static EmbeddedKafkaBroker kafka;
    private static CjSimulator sim;
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dataDir;

    @BeforeAll
    static void startInfrastructure() {
        Map<String, Integer> topics = new HashMap<>();
        TOPIC_OF.values().forEach(t -> topics.put(t, 3));
        topics.put("cj.webhooks.unknown", 1);
        infra = new WebhookInfrastructure(API_KEY, OPEN_ID, topics);
        kafka = infra.kafka;
        sim = infra.sim;
    }

    @AfterAll
    static void stopInfrastructure() {
        infra.close();
    }

    private static int freePort() {
        return WebhookInfrastructure.freePort();
    }

    private static Map<String, Object> params(String type, int i) {
        return switch (type) {
            case "PRODUCT" -> Map.of("pid", "p" + i, "fields", List.of("productSellPrice"));
            case "VARIANT" -> Map.of("vid", "v" + i);
            case "STOCK" -> Map.of("v" + i, List.of(Map.of("vid", "v" + i, "areaId", "2", "storageNum", i)));
            case "ORDER" -> Map.of("orderNumber", "o" + i, "orderStatus", "SHIPPED");
            case "ORDERSPLIT" -> Map.of("originalOrderId", "c" + i, "splitOrderList", List.of());
            case "SOURCINGCREATE" -> Map.of("cjSourcingId", "s" + i, "status", "completed");
            default -> Map.of("orderId", 210823100016290555L + i, "trackingNumber", "T" + i, "trackingStatus", 5);
        };
    }

    private static String entityOf(String type, int i) {
        return switch (type) {
            case "PRODUCT" -> "p" + i;
            case "VARIANT", "STOCK" -> "v" + i;
            case "ORDER" -> "o" + i;
            case "ORDERSPLIT" -> "c" + i;
            case "SOURCINGCREATE" -> "s" + i;
            default -> String.valueOf(210823100016290555L + i);
        };
    }

    @Test
    void everyGenuineMessageExactlyOnceOnItsTopicAndEveryReplyFast() throws Exception {
        int port = freePort();
        String url = "http://127.0.0.1:" + port + "/cj/webhooks";
        try (FeedsHarness harness = new FeedsHarness(kafka, sim)
                .set("camel.cj.webhooks.open-id", OPEN_ID)
                .set("camel.cj.webhooks.host", "127.0.0.1")
                .set("camel.cj.webhooks.port", port)
                .set("camel.cj.webhooks.max-body-size", 16384)
                .set("camel.cj.webhooks.callback-url", url)
                .set("camel.cj.webhooks.auto-register", true)
                // the simulator's loopback http callback: allowed for tests only
                .set("camel.cj.webhooks.allow-insecure-callback", true)
                .set("camel.cj.webhooks.idempotent-file", dataDir.resolve("ids.dat"))
                .start(new WebhookToKafkaRoute())) {
            assertThat(sim.requestLog().count("webhook/set")).isEqualTo(1);

            // 1) the simulator: 1,000 signed messages, ~30% sent twice, one POST at a time like CJ
            sim.webhooks().duplicateProbability(0.3, 11L);
            String[] simTypes = {"PRODUCT", "VARIANT", "STOCK", "ORDER", "LOGISTIC"};
            Map<String, String> expectedTopic = new HashMap<>();
            Map<String, String> expectedKey = new HashMap<>();
            for (int i = 0; i < 1000; i++) {
                sim.webhooks().send(simTypes[i % simTypes.length], params(simTypes[i % simTypes.length], i));
            }

            // 2) meanwhile our own burst from 8 threads: 200 genuine messages, each sent twice, plus junk
            CjWebhookSignature signer = new CjWebhookSignature(String.valueOf(OPEN_ID));
            String[] ownTypes = {"ORDERSPLIT", "SOURCINGCREATE", "PRODUCT", "LOGISTIC"};
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<long[]>> replies = new ArrayList<>();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 200; i++) {
                String type = ownTypes[i % ownTypes.length];
                String id = "own-" + i;
                String json = new com.fasterxml.jackson.databind.ObjectMapper()
                        .writeValueAsString(Map.of("messageId", id, "type", type, "messageType", "UPDATE",
                                "params", params(type, 5000 + i)));
                expectedTopic.put(id, TOPIC_OF.get(type));
                expectedKey.put(id, entityOf(type, 5000 + i));
                String sign = signer.sign(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                for (int copy = 0; copy < 2; copy++) {
                    replies.add(pool.submit(() -> post(client, url, json, sign, latencies)));
                }
            }
            String forgedBody = "{\"messageId\":\"forged-1\",\"type\":\"ORDER\",\"params\":{\"orderNumber\":\"x\"}}";
            replies.add(pool.submit(() -> post(client, url, forgedBody, new CjWebhookSignature("1").sign(
                    forgedBody.getBytes(java.nio.charset.StandardCharsets.UTF_8)), latencies)));
            String junk = "{\"messageId\":\"junk-1\",\"type\":";
            replies.add(pool.submit(() -> post(client, url, junk,
                    signer.sign(junk.getBytes(java.nio.charset.StandardCharsets.UTF_8)), latencies)));
            String huge = "{\"messageId\":\"huge-1\",\"type\":\"PRODUCT\",\"params\":{\"pid\":\"" + "x".repeat(20000) + "\"}}";
            replies.add(pool.submit(() -> post(client, url, huge,
                    signer.sign(huge.getBytes(java.nio.charset.StandardCharsets.UTF_8)), latencies)));

            Map<Long, Long> statusCounts = new HashMap<>();
            for (Future<long[]> reply : replies) {
                statusCounts.merge(reply.get(30, java.util.concurrent.TimeUnit.SECONDS)[0], 1L, Long::sum);
            }
            pool.shutdown();
            assertThat(statusCounts).containsEntry(200L, 400L).containsEntry(401L, 1L).containsEntry(400L, 1L)
                    .containsEntry(413L, 1L);

            await().atMost(Duration.ofSeconds(60)).until(() -> sim.webhooks().deliveries().size() == 1000
                    + sim.webhooks().deliveries().stream().filter(WebhookDispatcher.Delivery::duplicate).count());
            List<WebhookDispatcher.Delivery> deliveries = sim.webhooks().deliveries();
            // the simulator gives up after 3 s (status 0): all 200 means every reply came in time
            assertThat(deliveries).allSatisfy(d -> assertThat(d.status()).isEqualTo(200));
            assertThat(deliveries.stream().filter(WebhookDispatcher.Delivery::duplicate).count()).isGreaterThan(200);
            for (int i = 0; i < deliveries.size(); i++) {
                WebhookDispatcher.Delivery d = deliveries.get(i);
                expectedTopic.put(d.messageId(), TOPIC_OF.get(d.type()));
            }
            long maxMs = latencies.stream().mapToLong(Long::longValue).max().orElseThrow();
            double p99 = latencies.stream().sorted().skip((long) (latencies.size() * 0.99)).findFirst().orElseThrow();
            System.out.printf("own burst: %d replies, max %d ms, p99 %.0f ms; simulator: %d POSTs all 200%n",
                    latencies.size(), maxMs, p99, deliveries.size());
            assertThat(maxMs).isLessThan(3000);

            int expected = expectedTopic.size();
            assertThat(expected).isEqualTo(1200);
            List<String> topics = new ArrayList<>(TOPIC_OF.values());
            topics.add("cj.webhooks.unknown");
            List<ConsumerRecord<String, String>> records = harness.read(topics, r -> r.size() >= expected,
                    Duration.ofSeconds(60));
            // nothing more trickles in
            records = harness.read(topics, r -> false, Duration.ofSeconds(1));

            Map<String, List<ConsumerRecord<String, String>>> byId = records.stream()
                    .collect(Collectors.groupingBy(r -> FeedsHarness.header(r, WebhookToKafkaRoute.MESSAGE_ID_HEADER)));
            assertThat(byId.keySet()).isEqualTo(expectedTopic.keySet());
            assertThat(byId.values()).allSatisfy(list -> assertThat(list).hasSize(1));
            byId.forEach((id, list) -> {
                ConsumerRecord<String, String> r = list.get(0);
                assertThat(r.topic()).as(id).isEqualTo(expectedTopic.get(id));
                assertThat(FeedsHarness.json(r.value())).containsEntry("messageId", id);
                if (expectedKey.containsKey(id)) {
                    assertThat(r.key()).isEqualTo(expectedKey.get(id));
                }
            });
            Set<String> rejected = Set.of("forged-1", "junk-1", "huge-1");
            assertThat(byId.keySet()).doesNotContainAnyElementsOf(rejected);
        }
    }

    private static long[] post(HttpClient client, String url, String json, String sign, List<Long> latencies)
            throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).header("sign", sign)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - started) / 1_000_000;
        latencies.add(ms);
        return new long[] {response.statusCode(), ms};
    }
}
