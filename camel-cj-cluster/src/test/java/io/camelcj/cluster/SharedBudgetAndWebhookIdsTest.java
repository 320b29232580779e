package io.camelcj.cluster;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.throttle.RateLimitWaitTimeoutException;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two budget instances on two pools stand for two nodes (the multi-JVM figures are in the acceptance tests). */
class SharedBudgetAndWebhookIdsTest {

    private static final String ACCOUNT = "cj-00000000000000aa";
    private TwoNodes nodes;
    private ClusterDatabase nodeA;
    private ClusterDatabase nodeB;

    @BeforeEach
    void setUp() {
        nodes = TwoNodes.on("budget");
        nodeA = nodes.nodeA;
        nodeB = nodes.nodeB;
    }

    @AfterEach
    void tearDown() {
        nodes.close();
    }

    @Test
    void aBlockRecordedByOneNodeStopsTheOtherUntilTheReset() throws InterruptedException {
        JdbcRateBudget a = new JdbcRateBudget(nodeA, null, 10, Duration.ZERO);
        JdbcRateBudget b = new JdbcRateBudget(nodeB, null, 10, Duration.ZERO);
        b.acquire(ACCOUNT, 100, Duration.ofSeconds(1));
        Instant reset = Instant.now().plusSeconds(3600);
        a.block(ACCOUNT, reset, CjErrorCategory.DAILY_LIMIT, "daily request limit reached");
        Thread.sleep(AccountBlocks.REFRESH.toMillis() + 100); // b re-reads blocks at most once per REFRESH
        assertThatThrownBy(() -> b.acquire(ACCOUNT, 100, Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(CjApiException.class, e -> {
                    assertThat(e.getCategory()).isEqualTo(CjErrorCategory.DAILY_LIMIT);
                    // PostgreSQL keeps microseconds
                    assertThat(Duration.between(reset, e.getResetAt()).abs()).isLessThan(Duration.ofMillis(1));
                })
                .hasMessageContaining(ACCOUNT);
        b.acquire("cj-00000000000000bb", 100, Duration.ofSeconds(1)); // other accounts are not blocked
    }

    @Test
    void twoNodesTogetherGetOnePermitPerIntervalAndAWaitBeyondMaxWaitFails() {
        JdbcRateBudget a = new JdbcRateBudget(nodeA, null, 10, Duration.ZERO);
        JdbcRateBudget b = new JdbcRateBudget(nodeB, null, 10, Duration.ZERO);
        a.acquire(ACCOUNT, 2, Duration.ofSeconds(5));
        long start = System.nanoTime();
        b.acquire(ACCOUNT, 2, Duration.ofSeconds(5)); // the other node waits out a's interval
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(400));
        assertThatThrownBy(() -> a.acquire(ACCOUNT, 2, Duration.ofMillis(100)))
                .isInstanceOf(RateLimitWaitTimeoutException.class);
    }

    @Test
    void anEgressGroupIsBindingOnlyWhileItsAccountsTogetherMayExceedItsLimit() throws Exception {
        nodeA.ensureSchema();
        IpGroupDemand onA = new IpGroupDemand(nodeA, "office", 3);
        IpGroupDemand onB = new IpGroupDemand(nodeB, "office", 3);
        assertThat(onA.mayExceed(ACCOUNT, 2)).as("one account at qps 2 under a limit of 3").isFalse();
        // each account counts ceil(qps): 2 + ceil(1.5) = 4 > 3
        assertThat(onB.mayExceed("cj-00000000000000bb", 1.5)).as("a second account on another node").isTrue();
        assertThat(new IpGroupDemand(nodeB, "lab", 3).mayExceed("cj-00000000000000bb", 1.5))
                .as("another group counts its own accounts").isFalse();
        Thread.sleep(IpGroupDemand.REFRESH.toMillis() + 100); // a node re-reads the sum at most once per REFRESH
        assertThat(onA.mayExceed(ACCOUNT, 2)).as("the first node sees the second account").isTrue();
    }

    @Test
    void aWebhookIdSeenByOneNodeIsADuplicateOnTheOther() throws Exception {
        nodeA.ensureSchema();
        JdbcMessageIdRepository a = new JdbcMessageIdRepository(nodes.poolA, CjCluster.WEBHOOK_PROCESSOR);
        JdbcMessageIdRepository b = new JdbcMessageIdRepository(nodes.poolB, CjCluster.WEBHOOK_PROCESSOR);
        for (JdbcMessageIdRepository r : new JdbcMessageIdRepository[] {a, b}) {
            r.setCreateTableIfNotExists(false);
            r.start();
        }
        try {
            assertThat(a.add("msg-1")).isTrue();
            assertThat(b.contains("msg-1")).isTrue();
            assertThat(b.add("msg-1")).as("duplicate delivered to the other node").isFalse();
            assertThat(b.add("msg-2")).isTrue();
        } finally {
            a.stop();
            b.stop();
        }
    }
}
