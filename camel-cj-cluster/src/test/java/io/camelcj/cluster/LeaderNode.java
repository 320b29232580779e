package io.camelcj.cluster;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import java.util.Properties;

/**
 * A node of {@link LeaderElectionTest}: cluster mode on {@code args[0]} (JDBC URL) with one leader-only route
 * (id {@code cj-catalogue-sync-probe}, matched by the default {@code leader-routes}) that prints
 * {@code LEADER <nodeId>} when it starts. Stops when its standard input closes.
 */
public final class LeaderNode {

    private LeaderNode() {
    }

    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.setProperty("camel.cj.cluster.jdbc-url", args[0]);
        props.setProperty("camel.cj.cluster.username", "camelcj");
        props.setProperty("camel.cj.cluster.node-id", args[1]);
        props.setProperty("camel.cj.cluster.pool-size", "3");
        CamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(props);
        CjCluster.install(context);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:probe?repeatCount=1&delay=0").routeId("cj-catalogue-sync-probe")
                        .process(e -> {
                            System.out.println("LEADER " + args[1] + " " + System.currentTimeMillis());
                            System.out.flush();
                        });
                from("timer:everyone?repeatCount=1&delay=0").routeId("not-leader-only")
                        .process(e -> System.out.println("STARTED " + args[1]));
            }
        });
        context.start();
        System.out.println("READY");
        while (System.in.read() >= 0) {
            // until the test closes our standard input
        }
        context.stop();
    }
}
