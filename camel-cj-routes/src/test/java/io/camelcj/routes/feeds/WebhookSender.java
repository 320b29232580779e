package io.camelcj.routes.feeds;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import io.camelcj.component.cj.webhook.CjWebhookSignature;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Plays CJ in the durability tests: signed ORDER messages from several threads, noting which got 200. */
final class WebhookSender {

    static final List<String> TOPICS = List.of("cj.webhooks.order");

    private final String url;
    private final CjWebhookSignature signer;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final Set<String> answered200 = ConcurrentHashMap.newKeySet();
    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

    WebhookSender(String url, long openId) {
        this.url = url;
        this.signer = new CjWebhookSignature(String.valueOf(openId));
    }

    static String json(String id) {
        return "{\"messageId\":\"" + id + "\",\"type\":\"ORDER\",\"messageType\":\"UPDATE\","
                + "\"params\":{\"orderNumber\":\"" + id + "\",\"orderStatus\":\"SHIPPED\"}}";
    }

    /** One POST; the status, or -1 when no answer came (connection refused, reset, time-out). */
    int post(String id) {
        String body = json(id);
        int status;
        try {
            status = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3))
                            .header("sign", signer.sign(body.getBytes(StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        }
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        if (status == 200) {
            answered200.add(id);
        }
        return status;
    }

    /**
     * Sends {@code prefix0..prefix(count-1)} once each from {@code threads} threads; {@code after200} is told
     * the number of 200 answers so far after each one.
     */
    void sendAll(String prefix, int count, int threads, IntConsumer after200) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger oks = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    if (post(prefix + i) == 200) {
                        after200.accept(oks.incrementAndGet());
                    }
                }
            }));
        }
        for (Future<?> w : workers) {
            w.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }

    static Map<String, Long> countById(List<ConsumerRecord<String, String>> records) {
        Map<String, Long> counts = new java.util.HashMap<>();
        records.forEach(r -> counts.merge(FeedsHarness.header(r, WebhookToKafkaRoute.MESSAGE_ID_HEADER), 1L, Long::sum));
        return counts;
    }
}
