package io.camelcj.cluster;

import io.camelcj.routes.orders.OrderPushRoutes;
import org.apache.camel.CamelContext;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.impl.DefaultCamelContext;

import java.util.Properties;

/**
 * A node of {@link OrderPushAcceptanceTest}: the prebuilt order push in cluster mode, one member of the consumer
 * group. Arguments: JDBC URL, Kafka bootstrap servers, CJ base URL, API key, qps, node id. Prints READY once started;
 * stops when its standard input closes.
 */
public final class OrderNode {

    private OrderNode() {
    }

    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.setProperty("camel.cj.cluster.jdbc-url", args[0]);
        props.setProperty("camel.cj.cluster.username", "camelcj");
        props.setProperty("camel.cj.cluster.node-id", args[5]);
        props.setProperty("camel.cj.cluster.pool-size", "4");
        props.setProperty("camel.cj.orders.group-id", "cluster-test-orders");
        props.setProperty("camel.cj.orders.poll-timeout", "200ms");
        props.setProperty("camel.cj.orders.max-poll-records", "5");
        props.setProperty("camel.cj.orders.cj.retry-backoff", "200ms");
        props.setProperty("camel.cj.orders.learn-from-result-topic", "false"); // the shared store is what is tested
        CamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(props);
        CjCluster.install(context);
        KafkaComponent kafka = context.getComponent("kafka", KafkaComponent.class);
        kafka.getConfiguration().setBrokers(args[1]);
        kafka.getConfiguration().setLingerMs(0);
        io.camelcj.component.cj.CjComponent cj = context.getComponent("cj", io.camelcj.component.cj.CjComponent.class);
        cj.getConfiguration().setApiKey(args[3]);
        cj.getConfiguration().setBaseUrl(args[2]);
        cj.getConfiguration().setQps(Double.parseDouble(args[4]));
        context.addRoutes(new OrderPushRoutes());
        context.start();
        System.out.println("READY");
        System.out.flush();
        while (System.in.read() >= 0) {
            // until the test closes our standard input
        }
        context.stop();
    }
}
