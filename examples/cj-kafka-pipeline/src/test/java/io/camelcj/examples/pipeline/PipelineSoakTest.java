package io.camelcj.examples.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.cluster.local.LocalJvm;
import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.routes.feeds.WebhookToKafkaRoute;
import io.camelcj.routes.orders.OrderHeaders;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.Fault;
import io.camelcj.simulator.SimAccount;
import io.camelcj.simulator.WebhookDispatcher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 10, the soak: the pipeline's real main application ({@link PipelineApplication}, through
 * {@link SoakApplicationProcess}) runs in its own JVM against a CJ simulator and a Kafka broker that live in this
 * test's JVM. Mixed work at the account's QPS — catalogue sync, orders through the order push route, webhooks
 * (stock and price changes, order events; 5% sent twice), the order status feed — with seeded random faults on
 * the CJ calls, and two kill -9s of the application JVM, each followed by a new one on the same token directory,
 * webhook id file and consumer group. Checked at the end: every order placed at CJ exactly once, none
 * dead-lettered, every outcome record of an order the same order (item 9); every webhook answered 200 on Kafka
 * exactly once; every placed order on the status feed; every product on the catalogue topic; the last JVM's heap
 * after a full GC within 10% of its start; no API key, access or refresh token in any log line at TRACE.
 *
 * <p>CI runs the short form (defaults below, about 4 minutes); the 30-minute form is
 * {@code -Dsoak.duration=PT30M -Dsoak.orders=1000} (src/docs/soak.md).
 */
@Tag("slow")
class PipelineSoakTest {

    private static final String API_KEY = "CJ5550001@api@5a0c1e2d3f4b5a6c7d8e9f0a1b2c3d4e";
    private static final long OPEN_ID = 5550001L;
    private static final String READY = "Keeping the pipeline running (--keep-running); press Ctrl+C to stop.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PipelineTopics TOPICS = PipelineTopics.from(new Properties());

    private final Duration duration = Duration.parse(System.getProperty("soak.duration", "PT3M"));
    private final int orders = Integer.getInteger("soak.orders", 300);
    private final int qps = Integer.getInteger("soak.qps", 10);
    private final int products = Integer.getInteger("soak.products", 60);

    @TempDir
    Path data;

    @Test
    void mixedWorkThroughFaultsAndTwoKillsLosesAndDuplicatesNothing() throws Exception {
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start();
             CjSimulator cj = CjSimulator.builder()
                     .account(SimAccount.builder(API_KEY).openId(OPEN_ID).qps(qps).build())
                     .products(products).seed(42L).strictWebhookUrls(false).start()) {
            injectFaults(cj);
            cj.webhooks().duplicateProbability(0.05, 11L);
            Map<String, String> sent = ordersToSend(cj);
            List<String> args = applicationArguments(cj, kafka);
            long started = System.nanoTime();
            ExecutorService load = Executors.newFixedThreadPool(2);
            AtomicBoolean stop = new AtomicBoolean();
            LocalJvm app = start(1, args);
            Future<?> producer = load.submit(() -> sendOrders(kafka.bootstrapServers(), sent, stop));
            Future<?> changes = load.submit(() -> changeCatalogue(cj, stop));
            long[] heap = new long[2];
            try {
                for (int kill = 1; kill <= 2; kill++) {
                    // at 20% and 40% of the run, and not before this JVM has placed orders itself (a new member
                    // of the consumer group gets its partitions only when the killed one's session has expired)
                    awaitNewOrders(cj, 10, Duration.ofMinutes(2));
                    sleepUntil(started, duration.multipliedBy(kill).dividedBy(5));
                    app.kill(); // SIGKILL: no shutdown hook, no drain, no commit
                    System.out.printf("soak: kill -9 #%d at %ds; CJ holds %d orders%n", kill,
                            elapsed(started).toSeconds(), cj.orders().count());
                    app = start(kill + 1, args);
                }
                awaitNewOrders(cj, 10, Duration.ofMinutes(2)); // the last JVM has restored its state and works
                heap[0] = SoakHeap.afterGc(pid(app));
                sleepUntil(started, duration);
                producer.get(1, TimeUnit.MINUTES);
                awaitEverything(cj, kafka.bootstrapServers(), sent.keySet(), Duration.ofMinutes(4));
                stop.set(true);
                changes.get(1, TimeUnit.MINUTES);
                Thread.sleep(5_000); // webhooks in flight
                heap[1] = SoakHeap.afterGc(pid(app));
            } finally {
                stop.set(true);
                load.shutdownNow();
                app.kill();
            }
            System.out.printf("soak: %s, %d orders, %d products, %d requests/second; took %ds%n", duration, orders,
                    products, qps, elapsed(started).toSeconds());
            checkOrders(cj, kafka.bootstrapServers(), sent.keySet());
            checkWebhooks(cj, kafka.bootstrapServers());
            checkCatalogue(cj, kafka.bootstrapServers());
            System.out.printf("soak: heap after GC of the last JVM: %d KiB at its start, %d KiB at the end"
                    + " (ratio %.3f)%n", heap[0] / 1024, heap[1] / 1024, (double) heap[1] / heap[0]);
            assertThat((double) heap[1]).as("heap after GC at the end against the start")
                    .isLessThanOrEqualTo(heap[0] * 1.10);
            checkNoSecretInLogs();
        }
    }

    /** Seeded random faults on the CJ calls of every route (the simulator's fault injection). */
    private static void injectFaults(CjSimulator cj) {
        long seed = 1;
        cj.faults()
                .failNext("authentication/getAccessToken", 1, Fault.httpStatus(502)) // the first login: retried
                .failRandomly("product/listV2", 0.05, seed++, Fault.httpStatus(502))
                .failRandomly("product/query", 0.03, seed++, Fault.connectionReset())
                .failRandomly("product/stock/queryByVid", 0.03, seed++, Fault.httpStatus(503))
                .failRandomly("shopping/order/createOrderV3", 0.03, seed++, Fault.afterProcessing(Fault.connectionReset()))
                .failRandomly("shopping/order/createOrderV3", 0.03, seed++, Fault.httpStatus(502))
                .failRandomly("shopping/order/createOrderV3", 0.02, seed++, Fault.rateLimited())
                .failRandomly("shopping/order/getOrderDetail", 0.05, seed++, Fault.latency(Duration.ofMillis(1500)))
                .failRandomly("shopping/order/list", 0.05, seed++, Fault.httpStatus(503))
                .failRandomly("logistic/trackInfo", 0.05, seed, Fault.systemBusy());
    }

    /** Valid orders only (SampleOrders makes its last two invalid, for the demo's dead-letter topic). */
    private Map<String, String> ordersToSend(CjSimulator cj) {
        Map<String, String> all = SampleOrders.create(cj, orders + 2, "soak");
        Map<String, String> valid = new LinkedHashMap<>();
        all.entrySet().stream().limit(orders).forEach(e -> valid.put(e.getKey(), e.getValue()));
        return valid;
    }

    private List<String> applicationArguments(CjSimulator cj, EmbeddedKafkaBroker kafka) {
        int port = EmbeddedServices.freePort();
        Map<String, String> p = new LinkedHashMap<>();
        p.put(PipelineSettings.API_KEY, API_KEY);
        p.put(PipelineSettings.BASE_URL, cj.baseUrl());
        p.put(PipelineSettings.BROKERS, kafka.bootstrapServers());
        p.put(PipelineSettings.TOKEN_DIRECTORY, data.resolve("tokens").toString());
        p.put(PipelineSettings.TIMEOUT, "60");
        p.put("camel.component.cj.qps", Integer.toString(qps));
        p.put("camel.cj.sync.run-on-startup", "true");
        p.put("camel.cj.sync.startup-delay", "1s");
        p.put("camel.cj.sync.state.type", "memory");
        EmbeddedServices.simulatorWebhooks(OPEN_ID, port, data.resolve("webhook-ids.dat").toString())
                .forEach((k, v) -> p.put((String) k, (String) v));
        p.put("camel.cj.order-status.interval", "5s");
        p.put("camel.cj.tracking.interval", "10s");
        List<String> args = new ArrayList<>();
        p.forEach((k, v) -> args.add("--" + k + "=" + v));
        args.add("--keep-running");
        return args;
    }

    private static LocalJvm start(int n, List<String> args) throws Exception {
        LocalJvm app = LocalJvm.start("soak-app-" + n, SoakApplicationProcess.class, args);
        app.awaitOutput(READY, Duration.ofMinutes(3));
        return app;
    }

    private static long pid(LocalJvm app) throws Exception {
        return app.output().lines().filter(l -> l.startsWith("PID ")).findFirst()
                .map(l -> Long.parseLong(l.substring(4).trim()))
                .orElseThrow(() -> new IllegalStateException(app.name() + " printed no PID"));
    }

    /** The orders, spread evenly over the first 60% of the run, each sent once (acks=all). */
    private void sendOrders(String brokers, Map<String, String> sent, AtomicBoolean stop) {
        long gapNanos = duration.multipliedBy(6).dividedBy(10).toNanos() / Math.max(1, sent.size());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            long next = System.nanoTime();
            for (Map.Entry<String, String> order : sent.entrySet()) {
                if (stop.get()) {
                    throw new IllegalStateException("stopped before every order was sent");
                }
                producer.send(new ProducerRecord<>(TOPICS.ordersIn(), order.getKey(), order.getValue())).get();
                next += gapNanos;
                TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("sending orders failed", e);
        }
    }

    /** Stock and price changes at CJ every half second: STOCK, PRODUCT and VARIANT webhooks. */
    private static void changeCatalogue(CjSimulator cj, AtomicBoolean stop) {
        Random random = new Random(5);
        List<String> pids = cj.catalogue().productIds();
        try {
            for (int i = 0; !stop.get(); i++) {
                String pid = pids.get(random.nextInt(pids.size()));
                if (i % 5 == 4) {
                    cj.admin().setSellPrice(pid, BigDecimal.valueOf(500 + random.nextInt(5000), 2));
                } else {
                    List<String> vids = cj.catalogue().variantIds(pid);
                    cj.admin().setStock(vids.get(random.nextInt(vids.size())), 5_000 + random.nextInt(5_000));
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until CJ holds {@code more} orders more than now (orders keep coming from the producer). */
    private static void awaitNewOrders(CjSimulator cj, int more, Duration timeout) throws InterruptedException {
        int target = cj.orders().count() + more;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (cj.orders().count() < target && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
    }

    private static void awaitEverything(CjSimulator cj, String brokers, Set<String> orderNumbers, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (cj.orders().count() >= orderNumbers.size()
                    && keys(SoakTopics.readAll(brokers, List.of(TOPICS.ordersOut()))).containsAll(orderNumbers)
                    && keys(SoakTopics.readAll(brokers, List.of(TOPICS.orderStatus()))).containsAll(orderNumbers)) {
                return;
            }
            Thread.sleep(2_000);
        }
        System.out.printf("soak: not everything arrived within %s of the end (checked below)%n", timeout);
    }

    private static void checkOrders(CjSimulator cj, String brokers, Set<String> sent) {
        Map<String, Long> atCj = cj.orders().all().stream()
                .collect(Collectors.groupingBy(o -> String.valueOf(o.get("orderNumber")), Collectors.counting()));
        List<ConsumerRecord<String, String>> out = SoakTopics.readAll(brokers, List.of(TOPICS.ordersOut()));
        List<ConsumerRecord<String, String>> dlq = SoakTopics.readAll(brokers, List.of(TOPICS.ordersDeadLetter()));
        Map<String, List<ConsumerRecord<String, String>>> outcomes = out.stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key));
        long repeated = outcomes.values().stream().filter(l -> l.size() > 1).count();
        System.out.printf("soak: %d orders sent, %d orders at CJ (%d distinct order numbers), %d outcome records"
                + " (%d orders with more than one), %d dead-lettered%n", sent.size(), cj.orders().count(),
                atCj.size(), out.size(), repeated, dlq.size());
        assertThat(atCj.keySet()).as("orders at CJ").containsExactlyInAnyOrderElementsOf(sent);
        assertThat(atCj.values()).as("CJ orders per order number").containsOnly(1L);
        assertThat(dlq).as("valid orders dead-lettered").isEmpty();
        assertThat(outcomes.keySet()).as("orders with an outcome record").containsExactlyInAnyOrderElementsOf(sent);
        // item 9: a repeated outcome (kill between writing it and committing the input offset) is the same
        // order: same key, CJ order id and source record, so a compacted topic or a dedupe by source keeps one
        outcomes.forEach((orderNumber, records) -> {
            assertThat(records.stream().map(r -> SoakTopics.header(r, OrderHeaders.CJ_ORDER_ID)).distinct())
                    .as("CJ order ids of %s's outcomes", orderNumber).hasSize(1).doesNotContainNull();
            assertThat(records.stream().map(r -> SoakTopics.header(r, OrderHeaders.SOURCE)).distinct())
                    .as("source records of %s's outcomes", orderNumber).hasSize(1).doesNotContainNull();
        });
        Set<String> followed = keys(SoakTopics.readAll(brokers, List.of(TOPICS.orderStatus())));
        assertThat(followed).as("orders on the status feed").containsAll(sent);
    }

    private static void checkWebhooks(CjSimulator cj, String brokers) {
        List<WebhookDispatcher.Delivery> deliveries = cj.webhooks().deliveries();
        Set<String> answered200 = deliveries.stream().filter(d -> d.status() == 200)
                .map(WebhookDispatcher.Delivery::messageId).collect(Collectors.toSet());
        List<String> topics = TOPICS.webhooks();
        Map<String, Long> onKafka = SoakTopics.readAll(brokers, topics).stream()
                .map(r -> SoakTopics.header(r, WebhookToKafkaRoute.MESSAGE_ID_HEADER))
                .collect(Collectors.groupingBy(id -> String.valueOf(id), Collectors.counting()));
        Map<String, Long> of200 = new HashMap<>();
        answered200.forEach(id -> of200.put(id, onKafka.getOrDefault(id, 0L)));
        long notAnswered = deliveries.stream().filter(d -> d.status() != 200).count();
        System.out.printf("soak: %d webhook deliveries, %d message ids answered 200, %d deliveries not answered 200"
                + " (the JVM was down or dying); %d ids on Kafka%n", deliveries.size(), answered200.size(),
                notAnswered, onKafka.size());
        assertThat(answered200).as("webhooks answered 200").isNotEmpty();
        assertThat(of200.values()).as("Kafka records per message id answered 200").containsOnly(1L);
    }

    private static void checkCatalogue(CjSimulator cj, String brokers) throws Exception {
        List<ConsumerRecord<String, String>> runs = SoakTopics.readAll(brokers, List.of(TOPICS.catalogue().runs()));
        List<String> statuses = new ArrayList<>();
        for (ConsumerRecord<String, String> r : runs) {
            JsonNode run = JSON.readTree(r.value());
            statuses.add(run.path("status").asText());
        }
        Set<String> products = keys(SoakTopics.readAll(brokers, List.of(TOPICS.catalogue().products())));
        System.out.printf("soak: sync runs %s; %d of %d products on cj.products%n", statuses, products.size(),
                cj.catalogue().productCount());
        assertThat(statuses).as("sync runs").isNotEmpty().contains("SUCCEEDED");
        assertThat(products).containsAll(cj.catalogue().productIds());
    }

    /** No API key (nor its secret part), access or refresh token in any line the application JVMs wrote. */
    private void checkNoSecretInLogs() throws Exception {
        Set<String> secrets = new HashSet<>(List.of(API_KEY, API_KEY.substring(API_KEY.lastIndexOf('@') + 1)));
        try (var files = Files.list(data.resolve("tokens"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode tokens = JSON.readTree(f.toFile());
                secrets.add(tokens.path("accessToken").asText());
                secrets.add(tokens.path("refreshToken").asText());
            }
        }
        secrets.remove("");
        assertThat(secrets).as("API key, its secret, access and refresh token").hasSizeGreaterThanOrEqualTo(4);
        long cjLines = 0;
        for (int n = 1; n <= 3; n++) {
            String log = Files.readString(Path.of("target", "nodes", "soak-app-" + n + ".log"));
            cjLines += log.lines().filter(l -> l.contains("] io.camelcj.")).count();
            for (String secret : secrets) {
                assertThat(log).as("soak-app-%d.log holds a secret", n).doesNotContain(secret);
            }
        }
        // log4j2-soak.xml sets the cj loggers to TRACE (the component's most detailed lines are DEBUG) and Camel
        // Main to DEBUG (its property dump)
        System.out.printf("soak: %d lines of the cj loggers at TRACE, none with a secret%n", cjLines);
        assertThat(cjLines).as("lines of the cj loggers were written").isPositive();
    }

    private static Set<String> keys(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::key).filter(k -> k != null).collect(Collectors.toSet());
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static void sleepUntil(long started, Duration at) throws InterruptedException {
        long wait = at.toNanos() - (System.nanoTime() - started);
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
