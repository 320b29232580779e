package io.camelcj.cluster;

import io.camelcj.cluster.local.LocalJvm;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: a node holding the token renewal lock freezes (SIGSTOP: its database session stays open, the lock stays
 * held). Separate JVMs: the holder ({@link RenewalLockHolder}) and a busy node ({@link BusyNode}, lock time-out 2 s).
 */
class StuckRenewalLockTest {

    private static final String LOCK_TIMEOUT_MESSAGE = "token renewal lock time-out";

    @Test
    void aFrozenLockHolderMakesOthersFailAfterTheLockTimeoutAndTheyRecoverWhenItDies() throws Exception {
        String jdbcUrl = TestPostgres.newDatabase("stuck_lock");
        try (CjSimulator sim = CjSimulator.builder().port(0).products(20)
                .account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).qps(4).build()).start();
             LocalJvm node = LocalJvm.start("stuck-lock-node", BusyNode.class, List.of("jdbcUrl=" + jdbcUrl,
                     "baseUrl=" + sim.baseUrl(), "apiKeys=" + CjSimulator.DEFAULT_API_KEY, "qps=4", "routes=2",
                     "margin=40", "nodeId=busy", "tokenLockTimeout=2s"))) {
            node.awaitOutput("READY", Duration.ofSeconds(60));
            awaitSucceeded(node, 1, Duration.ofSeconds(30));

            LocalJvm holder = LocalJvm.start("stuck-lock-holder", RenewalLockHolder.class,
                    List.of(jdbcUrl, CjSimulator.DEFAULT_API_KEY));
            try {
                holder.awaitOutput("LOCKED", Duration.ofSeconds(60));
                holder.signal("STOP"); // frozen mid-renewal: the session and its row lock stay

                long before = node.succeeded();
                Thread.sleep(2000);
                assertThat(node.succeeded()).as("calls go on while the stored token is valid (no renewal needed)")
                        .isGreaterThan(before);

                sim.faults().revokeTokens(CjSimulator.DEFAULT_API_KEY);
                Thread.sleep(1500); // calls in flight finish; every later call needs the renewal
                long frozenFrom = node.succeeded();
                long failuresBefore = lockTimeouts(node);
                Thread.sleep(7000);
                long failures = lockTimeouts(node) - failuresBefore;
                System.out.printf("renewal lock held by a frozen JVM: %d calls failed '%s' in 7 s (lock time-out 2 s),"
                        + " %d succeeded%n", failures, LOCK_TIMEOUT_MESSAGE, node.succeeded() - frozenFrom);
                assertThat(failures).as("waiters give up after the lock time-out (and retry), they do not hang")
                        .isGreaterThanOrEqualTo(2);
                assertThat(node.succeeded() - frozenFrom).as("no call succeeds with the revoked token").isLessThanOrEqualTo(2);
                assertThat(node.isAlive()).isTrue();

                holder.signal("KILL"); // the holder dies: PostgreSQL ends its session and releases the lock
                long killedAt = System.nanoTime();
                long after = node.succeeded();
                awaitSucceeded(node, after + 1, Duration.ofSeconds(20));
                System.out.printf("holder killed: calls succeed again after %.1f s; refreshAccessToken %d,"
                        + " getAccessToken %d%n", (System.nanoTime() - killedAt) / 1e9,
                        sim.requestLog().count("authentication/refreshAccessToken"),
                        sim.requestLog().count("authentication/getAccessToken"));
                assertThat(sim.requestLog().count("authentication/refreshAccessToken")
                        + sim.requestLog().count("authentication/getAccessToken"))
                        .as("token calls: the first login and one renewal after the lock came free").isEqualTo(2);
            } finally {
                if (holder.isAlive()) {
                    holder.signal("KILL");
                }
            }
        }
    }

    private static long lockTimeouts(LocalJvm node) throws java.io.IOException {
        return node.output().lines().filter(l -> l.contains(LOCK_TIMEOUT_MESSAGE)).count();
    }

    private static void awaitSucceeded(LocalJvm node, long atLeast, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (node.succeeded() < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(node.name() + " did not reach " + atLeast + " succeeded calls within " + timeout
                        + ":\n" + node.tail());
            }
            Thread.sleep(200);
        }
    }
}
