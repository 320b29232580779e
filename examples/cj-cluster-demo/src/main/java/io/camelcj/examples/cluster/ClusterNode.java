package io.camelcj.examples.cluster;

import io.camelcj.cluster.CjCluster;
import io.camelcj.component.cj.CjComponent;
import io.camelcj.routes.catalogue.CatalogueSyncRouteBuilder;
import org.apache.camel.CamelContext;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.impl.DefaultCamelContext;

import java.util.Properties;

/**
 * One node of the demo: the prebuilt catalogue sync in cluster mode. Every node starts the same routes; cluster mode
 * runs them on the leader only, and the leader's start-up run resumes the checkpoint a dead leader left. Arguments
 * ({@code key=value}): jdbcUrl, dbUser, kafka, baseUrl, apiKey, qps, nodeId, topicPrefix. Stops when its standard input
 * closes.
 */
public final class ClusterNode {

    private ClusterNode() {
    }

    public static void main(String[] args) throws Exception {
        Properties a = new Properties();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            a.setProperty(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String prefix = a.getProperty("topicPrefix", "cj");
        Properties p = new Properties();
        p.setProperty("camel.cj.cluster.jdbc-url", a.getProperty("jdbcUrl"));
        p.setProperty("camel.cj.cluster.username", a.getProperty("dbUser", "camelcj"));
        p.setProperty("camel.cj.cluster.node-id", a.getProperty("nodeId"));
        p.setProperty("camel.cj.cluster.sync-state-name", prefix);
        // the simulator does not limit per IP: the demo lets one egress IP carry the account's whole rate
        p.setProperty("camel.cj.cluster.ip-qps", a.getProperty("qps", "6"));
        p.setProperty("camel.cj.sync.cron", "0 0 0 1 1 ? 2099"); // only the start-up run in the demo
        p.setProperty("camel.cj.sync.page-size", "20"); // a node killed mid-page costs at most one small page again
        p.setProperty("camel.cj.sync.run-on-startup", "true");
        p.setProperty("camel.cj.sync.startup-delay", "500ms");
        p.setProperty("camel.cj.sync.state.rebuild-from-topics", "false");
        p.setProperty("camel.cj.sync.progress-interval", "2s");
        for (String topic : new String[] {"categories", "products", "variants", "inventory"}) {
            p.setProperty("camel.cj.sync.topics." + topic, prefix + "." + topic);
        }
        p.setProperty("camel.cj.sync.topics.runs", prefix + ".sync.runs");
        CamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(p);
        CjCluster.install(context);
        KafkaComponent kafka = context.getComponent("kafka", KafkaComponent.class);
        kafka.getConfiguration().setBrokers(a.getProperty("kafka"));
        kafka.getConfiguration().setLingerMs(0);
        CjComponent cj = context.getComponent("cj", CjComponent.class);
        cj.getConfiguration().setApiKey(a.getProperty("apiKey"));
        cj.getConfiguration().setBaseUrl(a.getProperty("baseUrl"));
        cj.getConfiguration().setQps(Double.parseDouble(a.getProperty("qps", "6")));
        context.addRoutes(new CatalogueSyncRouteBuilder());
        context.start();
        System.out.println("READY");
        System.out.flush();
        while (System.in.read() >= 0) {
            // until the demo closes our standard input
        }
        context.stop();
    }
}
