package io.camelcj.cluster;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.throttle.CjRateWindow;
import io.camelcj.component.cj.throttle.RateLimitWaitTimeoutException;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
        b.acquire(ACCOUNT, 100, CjRateWindow.of(100), Duration.ofSeconds(1));
        Instant reset = Instant.now().plusSeconds(3600);
        a.block(ACCOUNT, reset, CjErrorCategory.DAILY_LIMIT, "daily request limit reached");
        Thread.sleep(AccountBlocks.REFRESH.toMillis() + 100); // b re-reads blocks at most once per REFRESH
        assertThatThrownBy(() -> b.acquire(ACCOUNT, 100, CjRateWindow.of(100), Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(CjApiException.class, e -> {
                    assertThat(e.getCategory()).isEqualTo(CjErrorCategory.DAILY_LIMIT);
                    // PostgreSQL keeps microseconds
                    assertThat(Duration.between(reset, e.getResetAt()).abs()).isLessThan(Duration.ofMillis(1));
                })
                .hasMessageContaining(ACCOUNT);
        b.acquire("cj-00000000000000bb", 100, CjRateWindow.of(100), Duration.ofSeconds(1)); // other accounts are not blocked
    }

    @Test
    void twoNodesTogetherGetOnePermitPerIntervalAndAWaitBeyondMaxWaitFails() {
        JdbcRateBudget a = new JdbcRateBudget(nodeA, null, 10, Duration.ZERO);
        JdbcRateBudget b = new JdbcRateBudget(nodeB, null, 10, Duration.ZERO);
        a.acquire(ACCOUNT, 2, CjRateWindow.of(2), Duration.ofSeconds(5));
        long start = System.nanoTime();
        b.acquire(ACCOUNT, 2, CjRateWindow.of(2), Duration.ofSeconds(5)); // the other node waits out a's interval
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(400));
        assertThatThrownBy(() -> a.acquire(ACCOUNT, 2, CjRateWindow.of(2), Duration.ofMillis(100)))
                .isInstanceOf(RateLimitWaitTimeoutException.class);
    }

    @Test
    void aRequestThatWouldBeTheNPlusFirstInCjsWindowWaitsWhicheverNodeSentTheOthers() throws Exception {
        SharedSendWindow onA = new SharedSendWindow(nodeA);
        SharedSendWindow onB = new SharedSendWindow(nodeB);
        CjRateWindow twoPerSecond = CjRateWindow.of(2);
        long far = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long start = System.nanoTime();
        assertThat(onA.admit(of(ACCOUNT, twoPerSecond, 0), far)).isNotEqualTo(SharedSendWindow.REFUSED);
        assertThat(onB.admit(of(ACCOUNT, twoPerSecond, 0), far)).isNotEqualTo(SharedSendWindow.REFUSED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("two fit in the window at once")
                .isLessThan(Duration.ofMillis(500));
        assertThat(onB.admit(of(ACCOUNT, twoPerSecond, 0), System.nanoTime() + Duration.ofMillis(100).toNanos()))
                .as("a third within the window, with a wait beyond the deadline: refused, nothing recorded")
                .isEqualTo(SharedSendWindow.REFUSED);
        assertThat(onA.admit(of(ACCOUNT, twoPerSecond, Duration.ofMillis(50).toNanos()), far))
                .isNotEqualTo(SharedSendWindow.REFUSED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the third waits for the first to be a window"
                + " and the guard old").isGreaterThanOrEqualTo(Duration.ofMillis(1040));
        assertThat(onB.admit(of("cj-00000000000000bb", twoPerSecond, 0), far)).as("accounts count apart")
                .isNotEqualTo(SharedSendWindow.REFUSED);
    }

    @Test
    void aSendFoundLateIsMovedAndTheCallsAfterItKeepTheWindowFromItsLaterTime() throws Exception {
        SharedSendWindow onA = new SharedSendWindow(nodeA);
        SharedSendWindow onB = new SharedSendWindow(nodeB);
        CjRateWindow onePerSecond = CjRateWindow.of(1);
        long far = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long recorded = onA.admit(of(ACCOUNT, onePerSecond, 0), far);
        long start = System.nanoTime();
        onA.correct(List.of("qps:" + ACCOUNT), recorded, recorded + 600_000); // its answer said it left 600 ms late
        assertThat(onB.admit(of(ACCOUNT, onePerSecond, 0), far)).isNotEqualTo(SharedSendWindow.REFUSED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("a window from the later time")
                .isGreaterThan(Duration.ofMillis(1400));
        // no longer among the last n: nothing happens
        onA.correct(List.of("qps:" + ACCOUNT), recorded, recorded + 900_000);
        assertThat(onA.admit(of(ACCOUNT, onePerSecond, 0), System.nanoTime() + Duration.ofMillis(1200).toNanos()))
                .isNotEqualTo(SharedSendWindow.REFUSED);
    }

    @Test
    void anAnswerLaterThanTheBaselineCountsItsExcessAndTheFirstCountsWhole() {
        JdbcRateBudget.AnswerTimes times = new JdbcRateBudget.AnswerTimes();
        assertThat(times.excessOver(90_000_000)).as("no baseline yet: the whole time").isEqualTo(90_000_000);
        assertThat(times.excessOver(2_000_000)).isZero();
        assertThat(times.excessOver(2_500_000)).isEqualTo(500_000);
        assertThat(times.excessOver(72_000_000)).isEqualTo(70_000_000);
    }

    /** The send window of one account only. */
    private static List<SharedSendWindow.Limit> of(String account, CjRateWindow window, long guardNanos) {
        return List.of(new SharedSendWindow.Limit("qps:" + account, window, guardNanos));
    }

    @Test
    void aSendMustFitInItsAccountsWindowAndItsEgressGroupsAtOnce() throws Exception {
        SharedSendWindow onA = new SharedSendWindow(nodeA);
        SharedSendWindow onB = new SharedSendWindow(nodeB);
        SharedSendWindow.Limit group = new SharedSendWindow.Limit("ip:office", CjRateWindow.of(1), 0);
        long far = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long start = System.nanoTime();
        assertThat(onA.admit(List.of(of(ACCOUNT, CjRateWindow.of(6), 0).get(0), group), far))
                .isNotEqualTo(SharedSendWindow.REFUSED);
        assertThat(onB.admit(List.of(group, of("cj-00000000000000bb", CjRateWindow.of(6), 0).get(0)), far))
                .isNotEqualTo(SharedSendWindow.REFUSED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("another account, the same group: a group window")
                .isGreaterThanOrEqualTo(Duration.ofMillis(1000));
        assertThat(onA.admit(of(ACCOUNT, CjRateWindow.of(6), 0), far)).as("not in the group: its own window only")
                .isNotEqualTo(SharedSendWindow.REFUSED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void theSendWindowCountsTheLastNSendsAgainstTheWindowAndItsGuard() {
        assertThat(SharedSendWindow.waitMicros(new long[]{}, 2, 1_000_000, 5_000_000)).isZero();
        assertThat(SharedSendWindow.waitMicros(new long[]{4_900_000}, 2, 1_000_000, 5_000_000)).isZero();
        assertThat(SharedSendWindow.waitMicros(new long[]{4_600_000, 4_900_000}, 2, 1_000_000, 5_000_000))
                .isEqualTo(600_000);
        assertThat(SharedSendWindow.waitMicros(new long[]{3_900_000, 4_900_000}, 2, 1_000_000, 5_000_000)).isZero();
        // on time at 0.98 x 2/s, two slots span 1,020 ms: the guard is half of the 20 ms over the window
        assertThat(JdbcRateBudget.guardNanos(1.96, CjRateWindow.of(2))).isBetween(10_200_000L, 10_205_000L);
        assertThat(JdbcRateBudget.guardNanos(2, CjRateWindow.of(2))).isZero();
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
