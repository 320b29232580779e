package io.camelcj.component.cj.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 3 on the built-in server: clients trickling their headers cannot starve genuine requests
 * (the finding: 4 such clients made 60 of 60 genuine requests miss CJ's 3 s), too many at once are refused,
 * oversized headers get 431.
 */
class CjWebhookHostileClientsTest {

    private static final String OPEN_ID = "1234567";
    private final CjWebhookSignature signature = new CjWebhookSignature(OPEN_ID);
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicBoolean attacking = new AtomicBoolean(true);
    private final AtomicInteger slowConnections = new AtomicInteger();
    private final List<Thread> slowClients = new ArrayList<>();
    private CamelContext context;
    private WebhookTestEndpoint endpoint;
    @TempDir
    Path dataDir;

    private void start(CjWebhookConfiguration configuration) throws Exception {
        configuration.setOpenId(OPEN_ID);
        configuration.setHost("127.0.0.1");
        configuration.setPort(0);
        configuration.setIdempotentFile(dataDir.resolve("ids.dat").toString());
        context = new DefaultCamelContext();
        endpoint = new WebhookTestEndpoint("cj-test:webhook", configuration);
        endpoint.setCamelContext(context);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(endpoint).process(e -> received.add(e.getMessage().getHeader(CjWebhookConstants.MESSAGE_ID,
                        String.class)));
            }
        });
        context.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        attacking.set(false);
        for (Thread t : slowClients) {
            t.join(5000);
        }
        if (context != null) {
            context.stop();
        }
    }

    private int port() {
        return endpoint.consumer.getLocalPort();
    }

    /** A client that sends its request line, then one header byte every 200 ms; reconnects when cut off. */
    private void startSlowClients(int count) {
        for (int i = 0; i < count; i++) {
            Thread t = new Thread(() -> {
                while (attacking.get()) {
                    try (Socket socket = new Socket("127.0.0.1", port())) {
                        slowConnections.incrementAndGet();
                        OutputStream out = socket.getOutputStream();
                        out.write("POST /cj/webhooks HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        while (attacking.get()) {
                            Thread.sleep(200);
                            out.write('a');
                            out.flush();
                        }
                    } catch (IOException e) {
                        // cut off by the server: come back, as an attacker would
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "slow-client-" + i);
            t.setDaemon(true);
            t.start();
            slowClients.add(t);
        }
    }

    /** {@code count} genuine signed requests from 4 threads; returns their latencies in ms, sorted. */
    private List<Long> genuine(String prefix, int count) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String json = "{\"messageId\":\"" + prefix + i + "\",\"type\":\"ORDER\",\"params\":{}}";
                String sign = signature.sign(json.getBytes(StandardCharsets.UTF_8));
                results.add(senders.submit(() -> {
                    long started = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port() + "/cj/webhooks"))
                            .timeout(Duration.ofSeconds(3)) // CJ's limit
                            .header("sign", sign).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).isEqualTo(200);
                    return (System.nanoTime() - started) / 1_000_000;
                }));
            }
            List<Long> latencies = new ArrayList<>();
            for (Future<Long> f : results) {
                latencies.add(f.get(30, TimeUnit.SECONDS));
            }
            Collections.sort(latencies);
            return latencies;
        } finally {
            senders.shutdownNow();
        }
    }

    private static long p99(List<Long> sorted) {
        return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
    }

    @Test
    void sixteenSlowClientsDoNotStallGenuineRequests() throws Exception {
        start(new CjWebhookConfiguration());
        genuine("warm", 20);
        List<Long> baseline = genuine("b", 200);

        startSlowClients(16);
        // past the 2 s read deadline: the slow clients have been cut off once and are back
        Thread.sleep(2500);
        List<Long> underAttack = genuine("a", 200);
        attacking.set(false);

        long base = Math.max(1, p99(baseline));
        long attacked = p99(underAttack);
        System.out.printf("webhook slow clients: genuine p99 %d ms with 16 slow clients vs %d ms without"
                + " (ratio %.1f), max %d ms; slow connections opened %d, cut off by the read deadline %d%n",
                attacked, base, (double) attacked / base, underAttack.get(underAttack.size() - 1),
                slowConnections.get(), endpoint.consumer.getTimedOutReads());
        assertThat(underAttack).hasSize(200);
        assertThat(attacked).isLessThan(1000);
        // the deadline cut the trickling clients off (each came back, and was cut off again)
        assertThat(endpoint.consumer.getTimedOutReads()).isGreaterThanOrEqualTo(16);
        assertThat(slowConnections.get()).isGreaterThan(16);
        assertThat(received).hasSize(420);
    }

    @Test
    void beyondMaxConnectionsANewConnectionIsClosedAtOnce() throws Exception {
        CjWebhookConfiguration configuration = new CjWebhookConfiguration();
        configuration.setMaxConnections(4);
        configuration.setRequestReadTimeout(Duration.ofSeconds(30));
        start(configuration);
        startSlowClients(4);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (slowConnections.get() < 4 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        long started = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(3000);
            socket.getOutputStream().write("POST /cj/webhooks HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}"
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            // closed without an answer, and not after a wait
            assertThat(in.read()).isEqualTo(-1);
        } catch (java.net.SocketException reset) {
            // a reset is a refusal too
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(endpoint.consumer.getRefusedConnections()).isPositive();

        attacking.set(false);
        for (Thread t : slowClients) {
            t.join(5000);
        }
        // once the slow clients are gone the server serves again
        assertThat(genuine("after", 5)).hasSize(5);
    }

    @Test
    void oversizedHeadersAre431() throws Exception {
        CjWebhookConfiguration configuration = new CjWebhookConfiguration();
        configuration.setMaxHeaderSize(4096);
        start(configuration);
        String json = "{\"messageId\":\"h1\",\"type\":\"ORDER\",\"params\":{}}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port() + "/cj/webhooks"))
                .header("sign", signature.sign(json.getBytes(StandardCharsets.UTF_8)))
                .header("X-Padding", "p".repeat(5000))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(431);
        assertThat(received).isEmpty();
        assertThat(genuine("ok", 1)).hasSize(1);
    }
}
