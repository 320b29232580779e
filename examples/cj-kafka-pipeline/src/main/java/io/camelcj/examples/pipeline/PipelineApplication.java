package io.camelcj.examples.pipeline;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.camelcj.component.cj.CjComponent;
import io.camelcj.component.cj.auth.FileTokenStore;
import io.camelcj.observability.metrics.CjMetrics;
import io.camelcj.routes.catalogue.CatalogueSyncRouteBuilder;
import io.camelcj.routes.feeds.OrderStatusFeedRoute;
import io.camelcj.routes.feeds.TrackingFeedRoute;
import io.camelcj.routes.feeds.WebhookToKafkaRoute;
import io.camelcj.routes.orders.OrderPushRoutes;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main job: a Camel Main application running the CJ → Kafka catalogue sync, the Kafka → CJ order push, and the
 * feeds back to Kafka (order status, tracking, webhooks).
 * <p>
 * With no configuration it starts a local CJ simulator and an in-JVM Kafka broker, runs one catalogue sync, pushes
 * a handful of sample orders, prints a summary and exits. Set {@code CJ_API_KEY} and {@code KAFKA_BOOTSTRAP_SERVERS}
 * (or the matching Camel properties) to run the same routes against CJ and a real Kafka cluster.
 */
public final class PipelineApplication {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineApplication.class);
    private static final String TOKEN_STORE_BEAN = "cjTokenStore";
    static final String METER_REGISTRY_BEAN = "cjMeterRegistry";
    static final String METRICS_BEAN = "cjMetrics";

    private PipelineApplication() {
    }

    public static void main(String[] args) throws Exception {
        PipelineSettings settings;
        try {
            settings = PipelineSettings.load(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("camel-cj pipeline: " + e.getMessage());
            System.exit(2);
            return;
        }
        boolean completed = run(settings, System.out);
        System.exit(completed ? 0 : 1);
    }

    /** Runs the pipeline; returns whether it completed (always false when it was kept running until stopped). */
    static boolean run(PipelineSettings settings, java.io.PrintStream out) throws Exception {
        return run(settings, out, context -> { });
    }

    /**
     * Runs the pipeline; {@code beforeStop} sees the running context once the run is done and the summary printed
     * (tests read the metrics and health there).
     */
    static boolean run(PipelineSettings settings, java.io.PrintStream out, Consumer<CamelContext> beforeStop)
            throws Exception {
        long started = System.nanoTime();
        LOG.info("Starting the camel-cj pipeline: {}", settings);
        try (EmbeddedServices services = EmbeddedServices.startFor(settings)) {
            Properties camel = new Properties();
            camel.putAll(settings.camelProperties());
            camel.putAll(services.camelProperties());
            if (settings.embeddedKafka()) {
                // fresh topics every run: keep the sync's fingerprints in memory, not in a file from an older run
                camel.setProperty("camel.cj.sync.state.type", "memory");
            }
            PipelineTopics topics = PipelineTopics.from(camel);
            String brokers = camel.getProperty(PipelineSettings.BROKERS);

            Main main = new Main();
            // CjMetrics is an event notifier: Main adds the bean to the context; the summary reads the registry
            MeterRegistry meters = new SimpleMeterRegistry();
            main.bind(METER_REGISTRY_BEAN, meters);
            main.bind(METRICS_BEAN, new CjMetrics(meters));
            if (!settings.embeddedCj()) {
                // real CJ: keep tokens across restarts, so a restart makes no getAccessToken call (limit: 1 per 5 min)
                main.bind(TOKEN_STORE_BEAN, new FileTokenStore(settings.tokenDirectory()));
                camel.setProperty("camel.component.cj.token-store", "#" + TOKEN_STORE_BEAN);
            }
            // The key goes to the component itself, not into Camel's properties: Camel 4.14 prints every property
            // value as written at DEBUG (BaseMainSupport, MainHelper), secret or not; its INFO summary masks it.
            String apiKey = (String) camel.remove(PipelineSettings.API_KEY);
            if (apiKey != null) {
                CjComponent cj = new CjComponent();
                cj.getConfiguration().setApiKey(apiKey);
                main.bind("cj", cj);
            }
            main.setOverrideProperties(camel);
            main.configure().addRoutesBuilder(new CatalogueSyncRouteBuilder());
            main.configure().addRoutesBuilder(new OrderPushRoutes());
            main.configure().addRoutesBuilder(new OrderStatusFeedRoute());
            main.configure().addRoutesBuilder(new TrackingFeedRoute());
            main.configure().addRoutesBuilder(new WebhookToKafkaRoute());
            Thread camelThread = new Thread(() -> {
                try {
                    main.run();
                } catch (Exception e) {
                    LOG.error("Camel stopped with an error", e);
                }
            }, "camel-main");
            camelThread.start();
            CamelContext context = awaitStarted(main, Duration.ofMinutes(2));

            try (PipelineMonitor monitor = new PipelineMonitor(brokers, topics)) {
                int orders = sendSampleOrders(settings, services, brokers, topics.ordersIn());
                boolean done = monitor.awaitCompletion(orders, settings.timeout(),
                        () -> LOG.info(monitor.progressLine()));
                monitor.poll(Duration.ofSeconds(1));
                out.println(PipelineSummary.render(monitor, orders, services.simulator(),
                        settings.cjBaseUrl().orElse("CJ API (default base URL)"), meters,
                        Duration.ofNanos(System.nanoTime() - started), done));
                beforeStop.accept(context);
                if (settings.keepRunning()) {
                    out.println("Keeping the pipeline running (--keep-running); press Ctrl+C to stop.");
                    Runtime.getRuntime().addShutdownHook(new Thread(main::completed));
                    camelThread.join();
                    return false;
                }
                return done;
            } finally {
                main.completed();
                camelThread.join(TimeUnit.SECONDS.toMillis(60));
                if (context.isStarted()) {
                    context.stop();
                }
            }
        }
    }

    private static CamelContext awaitStarted(Main main, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            CamelContext context = main.getCamelContext();
            if (context != null && context.isStarted()) {
                return context;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Camel did not start within " + timeout);
    }

    private static int sendSampleOrders(PipelineSettings settings, EmbeddedServices services, String brokers,
                                        String topic) throws Exception {
        if (settings.sampleOrders() == 0 || services.simulator().isEmpty()) {
            return 0;
        }
        Map<String, String> orders = SampleOrders.create(services.simulator().get(), settings.sampleOrders(),
                Long.toString(System.currentTimeMillis(), 36));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (Map.Entry<String, String> order : orders.entrySet()) {
                producer.send(new ProducerRecord<>(topic, order.getKey(), order.getValue())).get();
            }
        }
        LOG.info("Sent {} sample orders to {}", orders.size(), topic);
        return orders.size();
    }
}
