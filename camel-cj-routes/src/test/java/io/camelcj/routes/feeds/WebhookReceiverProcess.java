package io.camelcj.routes.feeds;

import java.util.Properties;

import io.camelcj.component.cj.CjComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The webhook receiver as its own JVM, for {@link WebhookKillTest}: WebhookToKafkaRoute on the built-in
 * server, writing to the broker given. Arguments: bootstrap servers, port, openId, idempotent file.
 * Prints {@code READY} when it listens, then runs until killed.
 */
public final class WebhookReceiverProcess {

    private WebhookReceiverProcess() {
    }

    public static void main(String[] args) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("camel.cj.webhooks.host", "127.0.0.1");
        properties.setProperty("camel.cj.webhooks.port", args[1]);
        properties.setProperty("camel.cj.webhooks.open-id", args[2]);
        properties.setProperty("camel.cj.webhooks.idempotent-file", args[3]);
        CamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(properties);
        CjComponent cj = new CjComponent();
        // never used: the receiver calls no CJ operation
        cj.getConfiguration().setApiKey("CJ1@api@00000000000000000000000000000000");
        context.addComponent("cj", cj);
        KafkaComponent kafka = new KafkaComponent();
        kafka.getConfiguration().setBrokers(args[0]);
        kafka.getConfiguration().setLingerMs(0);
        context.addComponent("kafka", kafka);
        context.addRoutes(new WebhookToKafkaRoute());
        context.start();
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}
