package io.camelcj.cluster;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One node of the acceptance tests, run as its own JVM by {@link LocalJvm}: cluster mode on the given database,
 * {@code routes} routes per account that call CJ as fast as they are let (timer with period 1 ms, one call at a
 * time each). Arguments are {@code key=value}: jdbcUrl, baseUrl, apiKeys (comma-separated), qps, routes, margin,
 * egressGroup, operation, tokenLockTimeout. Prints READY once started and stops when its standard input closes.
 */
public final class BusyNode {

    /** Calls that succeeded, printed every second as {@code SUCCEEDED <n>}. */
    private static final AtomicLong SUCCEEDED = new AtomicLong();

    private BusyNode() {
    }

    public static void main(String[] args) throws Exception {
        Properties a = new Properties();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            a.setProperty(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Properties props = new Properties();
        props.setProperty("camel.cj.cluster.jdbc-url", a.getProperty("jdbcUrl"));
        props.setProperty("camel.cj.cluster.username", "camelcj");
        props.setProperty("camel.cj.cluster.pool-size", "6");
        props.setProperty("camel.cj.cluster.node-id", a.getProperty("nodeId", "node"));
        props.setProperty("camel.cj.cluster.egress-group", a.getProperty("egressGroup", "default"));
        props.setProperty("camel.cj.cluster.token-lock-timeout", a.getProperty("tokenLockTimeout", "30s"));
        CamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(props);
        CjCluster.install(context);
        String[] keys = a.getProperty("apiKeys").split(",");
        int routes = Integer.parseInt(a.getProperty("routes", "8"));
        String operation = a.getProperty("operation", "product/getCategory");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int k = 0; k < keys.length; k++) {
                    for (int i = 0; i < routes; i++) {
                        from("timer:busy-" + k + "-" + i + "?period=1&delay=0")
                                .routeId("busy-" + k + "-" + i)
                                .onException(Exception.class).handled(true)
                                    .log("call failed: ${exception.message}").end()
                                .to("cj:" + operation + "?apiKey=RAW(" + keys[k] + ")&baseUrl=" + a.getProperty("baseUrl")
                                        + "&qps=" + a.getProperty("qps", "2")
                                        + "&rateLimitMargin=" + a.getProperty("margin", "30"))
                                .process(e -> SUCCEEDED.incrementAndGet());
                    }
                }
            }
        });
        context.start();
        Thread reporter = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.out.println("SUCCEEDED " + SUCCEEDED.get());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "reporter");
        reporter.setDaemon(true);
        reporter.start();
        System.out.println("READY");
        System.out.flush();
        while (System.in.read() >= 0) {
            // runs until the test closes our standard input
        }
        context.stop();
        System.out.println("STOPPED");
    }
}
