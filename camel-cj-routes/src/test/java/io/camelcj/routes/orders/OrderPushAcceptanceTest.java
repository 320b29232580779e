package io.camelcj.routes.orders;

import io.camelcj.testfixtures.SampleCreateOrder;
import static io.camelcj.routes.orders.OrderPushHarness.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.Fault;
import io.camelcj.simulator.SimAccount;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 5's acceptance test: 500 orders through a real Kafka broker into the CJ simulator while the simulator
 * answers 10% of all calls with HTTP 500, lets create calls time out after it created the order, bursts 1600200
 * answers and revokes the access token once; 50 records are produced twice, the route is restarted mid-stream and
 * Kafka redelivers the last 40 records of one partition (its committed offset is moved back during the restart).
 * At the end CJ holds exactly 500 orders and every input record has its outcome on the result topic.
 */
class OrderPushAcceptanceTest {

    private static final Logger LOG = LoggerFactory.getLogger(OrderPushAcceptanceTest.class);
    private static final int ORDERS = 500;
    private static final int DUPLICATES = 50;
    private static final int REWIND = 40;
    private static final String API_KEY = "CJ1234567@api@0123456789abcdef0123456789abcdef";

    @Test
    void fiveHundredOrdersThroughFaultsRedeliveryAndARestartBecomeExactlyFiveHundredCjOrders() throws Exception {
        long started = System.nanoTime();
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start();
                CjSimulator sim = CjSimulator.builder().port(0)
                        .account(SimAccount.builder(API_KEY).qps(50).balance(new BigDecimal("100000.00")).build())
                        .products(100).seed(5L).tokenCooldown(Duration.ZERO).start();
                OrderPushHarness h = new OrderPushHarness(kafka, sim, "orders-acceptance", 3)) {
            List<String> vids = sim.catalogue().productIds().stream()
                    .map(pid -> sim.catalogue().variantIds(pid).get(0)).toList();
            List<Map<String, Object>> orders = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                orders.add(SampleCreateOrder.createOrder(String.format("ACC-%04d", i), vids.get(i % vids.size())));
            }
            sim.faults()
                    .failRandomly("shopping/order/createOrderV3", 0.05, 11L,
                            Fault.afterProcessing(Fault.latency(Duration.ofMillis(900))))
                    .failRandomly("*", 0.10, 42L, Fault.httpStatus(500));
            h.readTimeoutMs = 600;
            h.set("maxPollRecords", "25").set("consumersCount", "3").start();

            Map<String, String> sources = new LinkedHashMap<>(); // input record -> orderNumber
            for (int i = 0; i < 250; i++) {
                sources.put(h.send(orders.get(i)), (String) orders.get(i).get("orderNumber"));
            }
            LOG.info("phase: first 250 records sent at {} s", seconds(started));
            awaitResults(h, 100);
            LOG.info("phase: 100 results at {} s; 1600200 burst, token revoked", seconds(started));
            sim.faults().failNext("*", 3, Fault.rateLimited());
            sim.faults().revokeTokens(API_KEY);
            for (int i = 250; i < ORDERS; i++) {
                sources.put(h.send(orders.get(i)), (String) orders.get(i).get("orderNumber"));
            }
            awaitResults(h, 300);
            LOG.info("phase: 300 results at {} s; restarting the route", seconds(started));
            h.context.getRouteController().stopRoute("cj-order-push");
            int rewound = h.rewind(new TopicPartition(h.in, 0), REWIND);
            h.context.getRouteController().startRoute("cj-order-push");
            for (int i = 100; i < 100 + DUPLICATES; i++) {
                sources.put(h.send(orders.get(i)), (String) orders.get(i).get("orderNumber"));
            }
            sim.faults().failNext("*", 3, Fault.rateLimited());

            List<ConsumerRecord<String, String>> results = h.read(h.out,
                    r -> accounted(r).containsAll(sources.keySet()), Duration.ofSeconds(90));
            LOG.info("phase: all records accounted for at {} s", seconds(started));
            List<ConsumerRecord<String, String>> dead = h.read(h.dlq, r -> false, Duration.ofMillis(500));

            Set<String> accounted = accounted(results);
            accounted.addAll(accounted(dead));
            Map<String, Long> outcomes = results.stream()
                    .collect(Collectors.groupingBy(r -> header(r, OrderHeaders.OUTCOME), TreeMap::new,
                            Collectors.counting()));
            LOG.info("{} input records, {} result records {}, {} dead letters, {} create calls ({} answered 1603003),"
                    + " {} calls in all, {} s", sources.size(), results.size(), outcomes, dead.size(),
                    sim.requestLog().count("shopping/order/createOrderV3"),
                    sim.requestLog().count("shopping/order/createOrderV3", 1603003), sim.requestLog().entries().size(),
                    seconds(started));

            assertThat(accounted).as("every input record has an outcome").containsAll(sources.keySet());
            assertThat(dead).as("no order was given up").isEmpty();
            assertThat(sim.orders().count()).as("orders held by CJ").isEqualTo(ORDERS);
            assertThat(sim.orders().all().stream().map(o -> o.get("orderNumber")).collect(Collectors.toSet()))
                    .hasSize(ORDERS);
            Set<String> reported = results.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
            assertThat(reported).containsExactlyInAnyOrderElementsOf(new HashSet<>(sources.values()));
            Map<String, String> firstOutcome = new LinkedHashMap<>();
            results.forEach(r -> firstOutcome.putIfAbsent(r.key(), header(r, OrderHeaders.OUTCOME)));
            assertThat(firstOutcome.values()).as("per key, the original record is handled before its duplicate")
                    .allMatch(o -> o.equals("CREATED") || o.equals("RECOVERED"));
            for (ConsumerRecord<String, String> r : results) {
                Map<String, Object> cj = sim.orders().findByOrderNumber(r.key()).orElseThrow();
                assertThat(r.value()).as(r.key()).contains("\"cjOrderId\":\"" + cj.get("orderId") + "\"");
            }
            // 10% of all calls were to fail with 500: well over 5% must have (about 4 standard deviations)
            long calls = sim.requestLog().count();
            assertThat(sim.requestLog().entries().stream().filter(e -> e.httpStatus() == 500).count())
                    .as("5xx were injected").isGreaterThan(calls / 20);
            assertThat(outcomes.get("ALREADY_PLACED")).as("duplicates and rewound records")
                    .isGreaterThanOrEqualTo(DUPLICATES + rewound);
            assertThat(rewound).isEqualTo(REWIND);
        }
    }

    private static long seconds(long started) {
        return (System.nanoTime() - started) / 1_000_000_000;
    }

    private static void awaitResults(OrderPushHarness h, int count) {
        List<ConsumerRecord<String, String>> results = h.read(h.out, r -> r.size() >= count, Duration.ofSeconds(60));
        assertThat(results).hasSizeGreaterThanOrEqualTo(count);
    }

    private static Set<String> accounted(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> header(r, OrderHeaders.SOURCE)).collect(Collectors.toCollection(HashSet::new));
    }
}
