package io.camelcj.component.cj.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.camelcj.component.cj.CjComponent;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import io.camelcj.simulator.WebhookDispatcher;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code from("cj:webhook")} end to end: registration through webhook/set, then the simulator's signed pushes. */
class CjWebhookSimulatorTest {

    private static final String API_KEY = "CJ1234567@api@0123456789abcdef0123456789abcdef";
    private static final long OPEN_ID = 1234567L;

    private CjSimulator sim;
    private CamelContext context;
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final Map<String, String> types = new ConcurrentHashMap<>();
    private int port;
    @TempDir
    Path dataDir;

    @BeforeEach
    void start() throws Exception {
        // strictWebhookUrls(false): the simulator accepts our loopback http callback (tests only)
        sim = CjSimulator.builder().port(0).products(20).seed(7L).strictWebhookUrls(false)
                .account(SimAccount.builder(API_KEY).openId(OPEN_ID).qps(50).balance(new BigDecimal("100.00")).build())
                .start();
        port = freePort();
        context = new DefaultCamelContext();
        CjComponent cj = new CjComponent();
        cj.getConfiguration().setApiKey(API_KEY);
        cj.getConfiguration().setBaseUrl(sim.baseUrl());
        cj.getConfiguration().setQps(50);
        context.addComponent("cj", cj);
        String callback = "http://127.0.0.1:" + port + "/cj/webhooks";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("cj:webhook?openId=" + OPEN_ID + "&host=127.0.0.1&port=" + port
                        + "&autoRegister=true&unregisterOnStop=true&callbackUrl=RAW(" + callback + ")"
                        // a loopback http callback: the simulator's, allowed for tests only
                        + "&allowInsecureCallback=true&idempotentFile=RAW(" + dataDir.resolve("ids.dat") + ")")
                        .routeId("webhooks")
                        .process(exchange -> {
                            String id = exchange.getMessage().getHeader(CjWebhookConstants.MESSAGE_ID, String.class);
                            received.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                            types.put(id, exchange.getMessage().getHeader(CjWebhookConstants.TYPE, String.class));
                        });
            }
        });
        context.start();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        if (sim != null) {
            sim.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void registersAtStartAndReceivesEveryMessageOnceDespiteDuplicates() {
        assertThat(sim.requestLog().count("webhook/set")).isEqualTo(1);
        sim.webhooks().duplicateProbability(0.3, 42L);
        int total = 1000;
        String[] kinds = {"PRODUCT", "VARIANT", "STOCK", "ORDER", "LOGISTIC"};
        long started = System.nanoTime();
        for (int i = 0; i < total; i++) {
            String type = kinds[i % kinds.length];
            Map<String, Object> params = switch (type) {
                case "PRODUCT" -> Map.of("pid", "p" + i);
                case "VARIANT" -> Map.of("vid", "v" + i);
                case "STOCK" -> Map.of("v" + i, List.of(Map.of("vid", "v" + i, "storageNum", i)));
                case "ORDER" -> Map.of("orderNumber", "o" + i, "orderStatus", "SHIPPED");
                default -> Map.of("orderId", "c" + i, "trackingNumber", "T" + i);
            };
            assertThat(sim.webhooks().send(type, params)).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> sim.webhooks().deliveries().size()
                == total + sim.webhooks().deliveries().stream().filter(WebhookDispatcher.Delivery::duplicate).count());
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        List<WebhookDispatcher.Delivery> deliveries = sim.webhooks().deliveries();
        long duplicates = deliveries.stream().filter(WebhookDispatcher.Delivery::duplicate).count();
        // the simulator gives up after 3 s (status 0): every delivery answered 200 means every reply was in time
        assertThat(deliveries).allSatisfy(d -> assertThat(d.status()).isEqualTo(200));
        assertThat(duplicates).isGreaterThan(200);

        Set<String> sent = deliveries.stream().map(WebhookDispatcher.Delivery::messageId).collect(Collectors.toSet());
        assertThat(sent).hasSize(total);
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == total);
        assertThat(received.keySet()).isEqualTo(sent);
        assertThat(received.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(types.values().stream().distinct()).containsExactlyInAnyOrder(kinds);
        System.out.printf("webhook burst: %d messages + %d duplicates delivered sequentially in %d ms%n", total,
                duplicates, elapsedMs);
    }

    @Test
    void unregistersOnStop() {
        context.getRouteController();
        context.stop();
        context = null;
        // ENABLE at start, CANCEL at stop
        assertThat(sim.requestLog().count("webhook/set")).isEqualTo(2);
        assertThat(sim.webhooks().send("PRODUCT", Map.of("pid", "p1"))).isZero();
    }
}
