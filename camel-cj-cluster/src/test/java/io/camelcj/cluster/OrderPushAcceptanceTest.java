package io.camelcj.cluster;

import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.Fault;
import io.camelcj.simulator.SimAccount;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.camelcj.cluster.local.LocalJvm;
import io.camelcj.cluster.local.TopicSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, "Done when": orders on a 6-partition topic through 3 order-push JVMs sharing the placed-order store,
 * one SIGKILLed mid-way and restarted, with faults on (CJ busy, resets after an order was created). Count:
 * {@code -Dcluster.orders=N} (default 500).
 */
class OrderPushAcceptanceTest {

    private static final int ORDERS = Integer.getInteger("cluster.orders", 500);

    @Test
    void everyOrderIsPlacedExactlyOnceThroughANodeKillAndRestart() throws Exception {
        String jdbcUrl = TestPostgres.newDatabase("orders");
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start();
             CjSimulator sim = CjSimulator.builder().port(0).products(50)
                     .account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).qps(30)
                             .balance(new java.math.BigDecimal("1000000")).build()).start()) {
            kafka.createTopic("cj.orders.in", 6, false);
            kafka.createTopic("cj.orders.out", 3, false);
            kafka.createTopic("cj.orders.dlq", 3, false);
            sim.faults().failRandomly("shopping/order/createOrderV3", 0.05, 7, Fault.systemBusy());
            sim.faults().failRandomly("shopping/order/createOrderV3", 0.05, 11, Fault.afterProcessing(Fault.connectionReset()));
            List<String> vids = new ArrayList<>();
            for (String pid : sim.catalogue().productIds()) {
                vids.addAll(sim.catalogue().variantIds(pid));
            }
            produce(kafka, vids);

            List<LocalJvm> nodes = new ArrayList<>();
            try {
                for (int i = 1; i <= 3; i++) {
                    nodes.add(start(i, jdbcUrl, kafka, sim));
                }
                for (LocalJvm n : nodes) {
                    n.awaitOutput("READY", Duration.ofSeconds(60));
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (sim.orders().count() < ORDERS * 3 / 10 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                LocalJvm victim = nodes.get(1);
                int atKill = sim.orders().count();
                victim.kill();
                Thread.sleep(3000);
                nodes.set(1, start(4, jdbcUrl, kafka, sim));

                Map<String, Integer> outcomes = new HashMap<>();
                Set<String> deadLettered = new HashSet<>();
                long end = System.nanoTime() + Duration.ofSeconds(150).toNanos();
                while (System.nanoTime() < end) {
                    outcomes = keys(kafka, "cj.orders.out");
                    deadLettered = keys(kafka, "cj.orders.dlq").keySet();
                    if (outcomes.size() + deadLettered.size() >= ORDERS) {
                        break;
                    }
                    Thread.sleep(1000);
                }
                Set<String> accounted = new HashSet<>(outcomes.keySet());
                accounted.addAll(deadLettered);
                long duplicatesAtCj = sim.orders().all().stream().map(o -> String.valueOf(o.get("orderNumber")))
                        .count() - sim.orders().all().stream().map(o -> String.valueOf(o.get("orderNumber"))).distinct().count();
                System.out.printf("%d orders, 3 nodes, node-2 SIGKILLed at %d CJ orders and restarted: %d CJ orders"
                                + " (%d duplicate orderNumbers), %d results, %d dead-lettered, %d result records in all%n",
                        ORDERS, atKill, sim.orders().count(), duplicatesAtCj, outcomes.size(), deadLettered.size(),
                        outcomes.values().stream().mapToInt(Integer::intValue).sum());
                assertThat(accounted).as("input records with an outcome").hasSize(ORDERS);
                assertThat(deadLettered).as("dead-lettered (every order is valid)").isEmpty();
                assertThat(sim.orders().count()).as("CJ orders").isEqualTo(ORDERS);
                assertThat(duplicatesAtCj).isZero();
            } finally {
                for (LocalJvm n : nodes) {
                    n.close();
                }
            }
        }
    }

    private static LocalJvm start(int i, String jdbcUrl, EmbeddedKafkaBroker kafka, CjSimulator sim) throws Exception {
        return LocalJvm.start("orders-" + i, OrderNode.class, List.of(jdbcUrl, kafka.bootstrapServers(),
                sim.baseUrl(), CjSimulator.DEFAULT_API_KEY, "30", "node-" + i));
    }

    private static void produce(EmbeddedKafkaBroker kafka, List<String> vids) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (int i = 0; i < ORDERS; i++) {
                String number = "cluster-" + i;
                String json = "{\"orderNumber\":\"" + number + "\",\"shippingCountryCode\":\"US\","
                        + "\"shippingCountry\":\"United States\",\"shippingProvince\":\"Ohio\",\"shippingCity\":\"Columbus\","
                        + "\"shippingZip\":\"43004\",\"shippingCustomerName\":\"Node Test\",\"shippingAddress\":\"" + i
                        + " Cluster Road\",\"logisticName\":\"CJPacket Ordinary\",\"fromCountryCode\":\"CN\","
                        + "\"products\":[{\"vid\":\"" + vids.get(i % vids.size()) + "\",\"quantity\":1}]}";
                producer.send(new ProducerRecord<>("cj.orders.in", number, json));
            }
            producer.flush();
        }
    }

    /** Record count per key of a topic, read from its beginning. */
    private static Map<String, Integer> keys(EmbeddedKafkaBroker kafka, String topic) {
        Map<String, Integer> out = new HashMap<>();
        for (ConsumerRecord<String, String> r : TopicSnapshot.read(kafka.bootstrapServers(), topic)) {
            out.merge(r.key(), 1, Integer::sum);
        }
        return out;
    }
}
