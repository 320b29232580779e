package io.camelcj.routes.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.util.Map;

import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;

/** The in-JVM broker (with the given topics and partitions) and the simulator account of the webhook tests. */
final class WebhookInfrastructure implements AutoCloseable {

    final EmbeddedKafkaBroker kafka;
    final CjSimulator sim;

    WebhookInfrastructure(String apiKey, long openId, Map<String, Integer> topics) {
        kafka = EmbeddedKafkaBroker.start();
        topics.forEach((topic, partitions) -> kafka.createTopic(topic, partitions, false));
        // strictWebhookUrls(false): the simulator accepts the loopback http callbacks of these tests
        sim = CjSimulator.builder().port(0).products(20).seed(3L).strictWebhookUrls(false)
                .account(SimAccount.builder(apiKey).openId(openId).qps(50).balance(new BigDecimal("10.00")).build())
                .start();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        sim.close();
        kafka.close();
    }
}
