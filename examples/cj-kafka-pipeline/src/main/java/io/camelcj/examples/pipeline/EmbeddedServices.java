package io.camelcj.examples.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.Properties;

import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stand-ins for what is not configured: the CJ simulator when there is no API key, the in-JVM broker when
 * there are no Kafka bootstrap servers. {@link #close()} stops whatever was started.
 */
final class EmbeddedServices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServices.class);

    private static final long DEMO_OPEN_ID = 8888888L;

    private final CjSimulator simulator;
    private final EmbeddedKafkaBroker kafka;

    private EmbeddedServices(CjSimulator simulator, EmbeddedKafkaBroker kafka) {
        this.simulator = simulator;
        this.kafka = kafka;
    }

    static EmbeddedServices startFor(PipelineSettings settings) {
        CjSimulator simulator = null;
        EmbeddedKafkaBroker kafka = null;
        try {
            if (settings.embeddedCj()) {
                // the demo account is an "Advanced" one: 6 requests/second, CJ's highest tier; the demo's webhook
                // receiver is a local http URL, which real CJ (and a strict simulator) refuses in webhook/set
                simulator = CjSimulator.builder()
                        .account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).openId(DEMO_OPEN_ID).qps(6).build())
                        .products(settings.simulatorProducts()).seed(42L).strictWebhookUrls(false).start();
                LOG.info("CJ simulator started at {} with {} products (6 requests/second)", simulator.baseUrl(),
                        settings.simulatorProducts());
            }
            if (settings.embeddedKafka()) {
                kafka = EmbeddedKafkaBroker.start();
            }
            return new EmbeddedServices(simulator, kafka);
        } catch (RuntimeException e) {
            if (simulator != null) {
                simulator.close();
            }
            if (kafka != null) {
                kafka.close();
            }
            throw e;
        }
    }

    /** Camel properties that point the routes at the stand-ins (nothing when real services are configured). */
    Properties camelProperties() {
        Properties p = new Properties();
        if (simulator != null) {
            p.setProperty(PipelineSettings.API_KEY, simulator.defaultApiKey());
            p.setProperty(PipelineSettings.BASE_URL, simulator.baseUrl());
            p.setProperty("camel.component.cj.qps", "6");
            // webhooks: the simulator pushes signed messages to the built-in receiver; registered at start-up
            int port = freePort();
            // a fresh id store per demo run
            p.putAll(simulatorWebhooks(DEMO_OPEN_ID, port,
                    System.getProperty("java.io.tmpdir") + "/cj-demo-webhook-ids-" + port + ".dat"));
            // the demo is short: poll order status and tracking every few seconds instead of minutes
            p.setProperty("camel.cj.order-status.interval", "3s");
            p.setProperty("camel.cj.tracking.interval", "3s");
        }
        if (kafka != null) {
            p.setProperty(PipelineSettings.BROKERS, kafka.bootstrapServers());
        }
        return p;
    }

    /**
     * The built-in webhook receiver on a loopback port, registered with a simulator at start-up: the simulator's
     * loopback http callback (the real CJ takes https only).
     */
    static Properties simulatorWebhooks(long openId, int port, String idempotentFile) {
        Properties p = new Properties();
        p.setProperty("camel.cj.webhooks.enabled", "true");
        p.setProperty("camel.cj.webhooks.open-id", Long.toString(openId));
        p.setProperty("camel.cj.webhooks.host", "127.0.0.1");
        p.setProperty("camel.cj.webhooks.port", Integer.toString(port));
        p.setProperty("camel.cj.webhooks.callback-url", "http://127.0.0.1:" + port + "/cj/webhooks");
        p.setProperty("camel.cj.webhooks.auto-register", "true");
        p.setProperty("camel.cj.webhooks.allow-insecure-callback", "true");
        p.setProperty("camel.cj.webhooks.idempotent-file", idempotentFile);
        return p;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the webhook receiver", e);
        }
    }

    Optional<CjSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    @Override
    public void close() {
        try {
            if (simulator != null) {
                simulator.close();
            }
        } finally {
            if (kafka != null) {
                kafka.close();
            }
        }
    }
}
