package io.camelcj.cluster;

import org.junit.jupiter.api.Test;

import io.camelcj.cluster.local.LocalJvm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Separate JVMs: exactly one runs the leader-only routes; when it is SIGKILLed another takes over. */
class LeaderElectionTest {

    @Test
    void oneLeaderAtATimeAndATakeOverWithinSecondsOfASigkill() throws Exception {
        String url = TestPostgres.newDatabase("leader");
        List<LocalJvm> nodes = new ArrayList<>();
        try {
            for (int i = 1; i <= 3; i++) {
                nodes.add(LocalJvm.start("leader-" + i, LeaderNode.class, List.of(url, "node-" + i)));
            }
            for (LocalJvm n : nodes) {
                n.awaitOutput("READY", Duration.ofSeconds(60));
                n.awaitOutput("STARTED " + "node-" + (nodes.indexOf(n) + 1), Duration.ofSeconds(30));
            }
            Thread.sleep(3000); // several leader checks of every node
            List<LocalJvm> leaders = leaders(nodes);
            assertThat(leaders).as("leaders among 3 nodes").hasSize(1);
            LocalJvm leader = leaders.get(0);

            leader.kill();
            long killedAt = System.currentTimeMillis();
            nodes.remove(leader);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (leaders(nodes).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            List<LocalJvm> next = leaders(nodes);
            assertThat(next).as("leaders after the kill").hasSize(1);
            long tookOverAt = leaderSince(next.get(0));
            System.out.printf("leader SIGKILLed; %s took over after %d ms (check interval 1000 ms)%n",
                    next.get(0).name(), tookOverAt - killedAt);
            assertThat(tookOverAt - killedAt).as("take-over time, ms").isLessThan(5000);
            Thread.sleep(2000);
            assertThat(leaders(nodes)).as("still one leader").hasSize(1);
        } finally {
            for (LocalJvm n : nodes) {
                n.close();
            }
        }
    }

    private static List<LocalJvm> leaders(List<LocalJvm> nodes) throws Exception {
        List<LocalJvm> out = new ArrayList<>();
        for (LocalJvm n : nodes) {
            if (n.output().lines().anyMatch(l -> l.startsWith("LEADER "))) {
                out.add(n);
            }
        }
        return out;
    }

    private static long leaderSince(LocalJvm n) throws Exception {
        return n.output().lines().filter(l -> l.startsWith("LEADER ")).map(l -> Long.parseLong(l.split(" ")[2]))
                .findFirst().orElseThrow();
    }
}
