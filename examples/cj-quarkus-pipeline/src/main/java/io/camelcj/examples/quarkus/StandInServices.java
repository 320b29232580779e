package io.camelcj.examples.quarkus;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.camelcj.component.cj.auth.FileTokenStore;
import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import org.apache.camel.CamelContext;
import org.apache.camel.quarkus.main.events.AfterStop;
import org.apache.camel.quarkus.main.events.BeforeConfigure;
import org.apache.camel.spi.PropertiesComponent;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: with no CJ API key configured a local CJ simulator stands in for CJ, with no Kafka
 * bootstrap servers an in-JVM broker stands in for Kafka. They start before Camel reads its configuration and
 * their addresses go in as override properties; configured services are used as they are.
 */
@ApplicationScoped
public class StandInServices {

    static final String API_KEY = "camel.component.cj.api-key";
    static final String BROKERS = "camel.component.kafka.brokers";
    static final String TOKEN_STORE_BEAN = "cjTokenStore";
    /** The demo account is an "Advanced" one: 6 requests/second, CJ's highest tier. */
    private static final int DEMO_QPS = 6;
    private static final long DEMO_OPEN_ID = 8888888L;
    private static final Logger LOG = LoggerFactory.getLogger(StandInServices.class);

    private volatile CjSimulator simulator;
    private volatile EmbeddedKafkaBroker broker;

    void beforeConfigure(@Observes BeforeConfigure event) {
        Config config = ConfigProvider.getConfig();
        CamelContext camel = event.getMain().getCamelContext();
        PropertiesComponent properties = camel.getPropertiesComponent();
        if (configured(config, API_KEY)) {
            // real CJ: keep tokens across restarts (getAccessToken is allowed once per 5 minutes)
            Path tokens = Path.of(config.getValue("pipeline.token-directory", String.class));
            camel.getRegistry().bind(TOKEN_STORE_BEAN, new FileTokenStore(tokens));
            properties.addOverrideProperty("camel.component.cj.token-store", "#" + TOKEN_STORE_BEAN);
        } else {
            int products = config.getValue("pipeline.simulator.products", Integer.class);
            simulator = CjSimulator.builder()
                    .account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).openId(DEMO_OPEN_ID).qps(DEMO_QPS).build())
                    .products(products).seed(42L).start();
            LOG.info("CJ simulator started at {} with {} products ({} requests/second)", simulator.baseUrl(), products,
                    DEMO_QPS);
            properties.addOverrideProperty(API_KEY, simulator.defaultApiKey());
            properties.addOverrideProperty("camel.component.cj.base-url", simulator.baseUrl());
            properties.addOverrideProperty("camel.component.cj.qps", Integer.toString(DEMO_QPS));
            // the simulator pushes signed webhooks to this application's own HTTP server (platform-http)
            properties.addOverrideProperty("camel.cj.webhooks.enabled", "true");
            properties.addOverrideProperty("camel.cj.webhooks.open-id", Long.toString(DEMO_OPEN_ID));
            properties.addOverrideProperty("camel.cj.webhooks.callback-url",
                    config.getValue("pipeline.embedded.webhook-callback-url", String.class));
            properties.addOverrideProperty("camel.cj.webhooks.auto-register", "true");
            // the demo is short: poll order status and tracking every few seconds instead of minutes
            properties.addOverrideProperty("camel.cj.feeds.order-status.interval", "3s");
            properties.addOverrideProperty("camel.cj.feeds.tracking.interval", "3s");
        }
        if (!configured(config, BROKERS)) {
            broker = EmbeddedKafkaBroker.start();
            properties.addOverrideProperty(BROKERS, broker.bootstrapServers());
            // fresh topics every run: keep the sync's fingerprints in memory, not in a file from an older run
            properties.addOverrideProperty("camel.cj.sync.state.type", "MEMORY");
        }
    }

    void afterStop(@Observes AfterStop event) {
        try {
            if (simulator != null) {
                simulator.close();
            }
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    /** The simulator standing in for CJ, if CJ is not configured. */
    public Optional<CjSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    private static boolean configured(Config config, String name) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).isPresent();
    }
}
