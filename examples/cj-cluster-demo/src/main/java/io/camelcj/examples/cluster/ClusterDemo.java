package io.camelcj.examples.cluster;

import io.camelcj.cluster.local.LocalPostgres;
import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The cluster demo: a local PostgreSQL, the CJ simulator (one account) and an in-JVM Kafka broker, then three
 * {@link ClusterNode} JVMs. It shows which node syncs, SIGKILLs it halfway, and shows another node resuming and
 * finishing the same run. Options: {@code --products N} (default 1000), {@code --qps Q} (default 20: the
 * simulator's account is faster than CJ's so the demo takes a few minutes), or the system properties
 * {@code demo.products} / {@code demo.qps} (under {@code mvn exec:java}, {@code -Dexec.args} also reaches another
 * module's exec execution in the reactor: use {@code -Ddemo.products=N} there).
 */
public final class ClusterDemo {

    private ClusterDemo() {
    }

    public static void main(String[] args) throws Exception {
        int products = Integer.getInteger("demo.products", 1000);
        double qps = Double.parseDouble(System.getProperty("demo.qps", "20"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--products" -> products = Integer.parseInt(args[i + 1]);
                case "--qps" -> qps = Double.parseDouble(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--products N, --qps Q)");
            }
        }
        Path data = Path.of("target", "demo-postgres-" + ProcessHandle.current().pid());
        try (LocalPostgres pg = LocalPostgres.start(data);
             CjSimulator sim = CjSimulator.builder().port(0).products(products)
                     .account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).qps(qps).build()).start();
             EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start()) {
            System.out.println("PostgreSQL " + pg.jdbcUrl() + ", CJ simulator " + sim.baseUrl() + " (" + products
                    + " products, " + qps + " requests/s), Kafka " + kafka.bootstrapServers());
            SyncTakeover.Result r = new SyncTakeover(pg.jdbcUrl(), pg.user(), sim, kafka, qps, System.out)
                    .run("cj", 3, true, Duration.ofMinutes(10));
            System.out.println();
            System.out.println("=== camel-cj cluster demo ===");
            System.out.println("run " + r.runId() + " started on " + r.firstLeader() + " (SIGKILLed halfway)");
            System.out.println("taken over by " + r.finisher() + " after " + r.takeOverMillis() + " ms, "
                    + (r.resumed() ? "resuming the same run from its checkpoint" : "NOT resuming the same run"));
            System.out.println("finished run " + r.finishedRunId() + ": " + r.cjCalls() + " CJ calls, "
                    + r.topics().get("products").size() + " products, " + r.topics().get("variants").size()
                    + " variants on Kafka, " + r.total().toSeconds() + " s in all");
            System.out.println("node logs: target/nodes/");
        }
    }
}
