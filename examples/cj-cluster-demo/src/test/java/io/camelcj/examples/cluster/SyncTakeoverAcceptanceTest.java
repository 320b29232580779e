package io.camelcj.examples.cluster;

import io.camelcj.cluster.local.LocalPostgres;
import io.camelcj.kafka.embedded.EmbeddedKafkaBroker;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, "Done when": a sync whose node is SIGKILLed halfway is finished by another node, same run, CJ calls
 * ≤ 1.05 × a clean run, topics identical to the clean run's. Products: {@code -Dcluster.sync.products=N} (default
 * 600 for CI; the 5,000 at 50 requests/s takes about 8 minutes on 2 cores).
 */
class SyncTakeoverAcceptanceTest {

    private static final int PRODUCTS = Integer.getInteger("cluster.sync.products", 600);
    private static final double QPS = 50;

    @Test
    void anotherNodeFinishesTheRunOfAKilledNodeAsIfNothingHappened() throws Exception {
        if (LocalPostgres.binaries().isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL is not installed and CI=true");
            }
            Assumptions.abort("PostgreSQL is not installed (apt-get install -y postgresql); skipped");
        }
        try (LocalPostgres pg = LocalPostgres.start(Path.of("target", "postgres-" + ProcessHandle.current().pid()));
             CjSimulator sim = CjSimulator.builder().port(0).products(PRODUCTS)
                     .account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).qps(QPS).build()).start();
             EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start()) {
            SyncTakeover scenario = new SyncTakeover(pg.jdbcUrl(), pg.user(), sim, kafka, QPS, System.out);
            SyncTakeover.Result clean = scenario.run("clean", 1, false, Duration.ofMinutes(10));
            SyncTakeover.Result killed = scenario.run("killed", 3, true, Duration.ofMinutes(10));
            double ratio = (double) killed.cjCalls() / clean.cjCalls();
            System.out.printf("sync of %d products: clean run %d CJ calls in %d s; with the syncing node SIGKILLed"
                            + " halfway %d CJ calls (%.3f x), take-over %d ms, %d s in all%n", PRODUCTS, clean.cjCalls(),
                    clean.total().toSeconds(), killed.cjCalls(), ratio, killed.takeOverMillis(), killed.total().toSeconds());
            assertThat(killed.finisher()).as("the node that finished").isNotEqualTo(killed.firstLeader());
            assertThat(killed.resumed()).as("the new node resumed the same run").isTrue();
            assertThat(killed.finishedRunId()).isEqualTo(killed.runId());
            assertThat(ratio).as("CJ calls relative to a clean run").isLessThanOrEqualTo(1.05);
            assertThat(killed.topics().get("products")).hasSize(PRODUCTS);
            assertThat(killed.topics()).as("topics at the end").isEqualTo(clean.topics());
        }
    }
}
