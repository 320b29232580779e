package io.camelcj.benchmarks;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.routes.orders.OrderPushRoutes;
import io.camelcj.routes.orders.OrderPushSettings;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Benchmark 5: orders per minute through the order push route (Kafka → CJ → Kafka) at a given rate limit, against
 * the ceiling the rate allows (rate ÷ CJ calls per order, the calls counted in the simulator's log). The orders
 * wait on the input topic before the route starts; the rate is taken between the first and the last result record
 * (Kafka timestamps), so the consumer's start-up is left out. Route settings are the defaults (look-up before
 * create on, payment off).
 */
final class OrderPushBenchmark {

    private static final String NAME = "5. Order push";

    private final BenchmarkMode mode;
    private final EmbeddedKafkaBroker kafka;

    OrderPushBenchmark(BenchmarkMode mode, EmbeddedKafkaBroker kafka) {
        this.mode = mode;
        this.kafka = kafka;
    }

    List<ResultRow> run() throws Exception {
        double qps = mode.orderQps();
        int n = mode.orders();
        String tag = Long.toString(System.currentTimeMillis(), 36);
        String in = "bench-orders-in-" + tag;
        String out = "bench-orders-out-" + tag;
        String dlq = "bench-orders-dlq-" + tag;
        kafka.createTopic(in, 3, false);
        kafka.createTopic(out, 3, false);
        kafka.createTopic(dlq, 1, false);
        try (CjSimulator sim = CjSimulator.builder().products(500).seed(42L)
                .account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).qps(qps)
                        .balance(new BigDecimal("1000000.00")).build()).start()) {
            send(in, BenchOrders.create(sim, n, tag));
            Map<String, String> props = new HashMap<>();
            props.put("camel.cj.orders.inputTopic", in);
            props.put("camel.cj.orders.resultTopic", out);
            props.put("camel.cj.orders.deadLetterTopic", dlq);
            props.put("camel.cj.orders.groupId", "bench-order-push-" + tag);
            props.put("camel.cj.orders.poll-timeout", "500ms");
            OrderPushSettings settings = OrderPushSettings.from(props);
            DefaultCamelContext context = CamelSetup.context(sim.baseUrl(), sim.defaultApiKey(), qps,
                    kafka.bootstrapServers(), Map.of());
            context.addRoutes(new OrderPushRoutes(settings));
            long started = System.currentTimeMillis();
            context.start();
            try {
                Outcomes outcomes = await(out, dlq, n, Duration.ofSeconds((long) (n * 4 / qps) + 120));
                RequestCounts counts = RequestCounts.snapshot(sim);
                double callsPerOrder = (double) counts.workCalls() / n;
                double ceiling = 60 * qps / callsPerOrder;
                double steady = outcomes.results() < 2 ? 0
                        : (outcomes.results() - 1) * 60_000.0 / (outcomes.lastAt() - outcomes.firstAt());
                double overall = outcomes.results() * 60_000.0 / (outcomes.lastAt() - started);
                return List.of(
                        new ResultRow(NAME, "orders placed / dead-lettered", outcomes.results() + " / "
                                + outcomes.deadLetters(), n + " / 0", Format.number((double) outcomes.results() / n, 2),
                                "orders sent to the input topic: " + n + "; simulator orders: " + sim.orders().count()),
                        ResultRow.compare(NAME, "CJ calls per order", callsPerOrder, 1, 2,
                                "baseline = one createOrderV3 per order; " + counts.describe()
                                        + "; 1600200 answers: " + counts.rateLimited()),
                        ResultRow.compare(NAME, "orders per minute at qps " + Format.number(qps, 0), steady, ceiling,
                                1, "baseline = ceiling: 60 s x " + Format.number(qps, 0) + " requests/s / "
                                        + Format.number(callsPerOrder, 2) + " calls per order; measured between the"
                                        + " first and the last result; incl. consumer start-up: "
                                        + Format.number(overall, 1) + "/min; " + ComponentPacing.describe(context)));
            } finally {
                context.stop();
            }
        }
    }

    private void send(String topic, Map<String, String> orders) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (Map.Entry<String, String> order : orders.entrySet()) {
                producer.send(new ProducerRecord<>(topic, order.getKey(), order.getValue()));
            }
            producer.flush();
        }
    }

    /** Result and dead-letter records seen, and the first and last result's Kafka timestamps (epoch ms). */
    private record Outcomes(int results, int deadLetters, long firstAt, long lastAt) {
    }

    private Outcomes await(String out, String dlq, int expected, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-order-watch-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(out, dlq));
            List<Long> resultTimes = new ArrayList<>();
            int deadLetters = 0;
            long deadline = System.nanoTime() + timeout.toNanos();
            while (resultTimes.size() + deadLetters < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.topic().equals(out)) {
                        resultTimes.add(r.timestamp());
                    } else {
                        deadLetters++;
                    }
                }
            }
            long first = resultTimes.stream().mapToLong(Long::longValue).min().orElse(0);
            long last = resultTimes.stream().mapToLong(Long::longValue).max().orElse(0);
            return new Outcomes(resultTimes.size(), deadLetters, first, last);
        }
    }
}
