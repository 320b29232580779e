package io.camelcj.routes.orders.placement;

import static io.camelcj.routes.orders.placement.FakeCjOrderApi.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelcj.routes.orders.model.OrderLineResult;
import io.camelcj.routes.orders.model.OrderResult;
import io.camelcj.routes.orders.model.PlacementOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderPlacerTest {

    private final FakeCjOrderApi cj = new FakeCjOrderApi();
    private final InMemoryPlacedOrderStore store = new InMemoryPlacedOrderStore(1000);
    private final List<Duration> sleeps = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC);

    private OrderPlacer placer(boolean lookupBeforeCreate) {
        return new OrderPlacer(cj, store, new RetrySchedule(4, Duration.ofMillis(100), Duration.ofSeconds(1)),
                lookupBeforeCreate, null, (d, keepGoing) -> sleeps.add(d), clock);
    }

    private static Map<String, Object> body(String orderNumber) {
        return Map.of("orderNumber", orderNumber, "products", List.of(Map.of("vid", "V-1", "quantity", 2)));
    }

    private Placement place(OrderPlacer placer, String orderNumber) {
        return placer.place(orderNumber, body(orderNumber), () -> true);
    }

    @Test
    void createsAnOrderAfterCheckingItDoesNotExist() {
        Placement p = place(placer(true), "SO-1");

        OrderResult result = ((Placement.Placed) p).result();
        assertThat(result.outcome()).isEqualTo(PlacementOutcome.CREATED);
        assertThat(result.cjOrderId()).isEqualTo("CJ-SO-1");
        assertThat(result.orderAmount()).isEqualByComparingTo("12.34");
        assertThat(result.productAmount()).isEqualByComparingTo("10.00");
        assertThat(result.postageAmount()).isNull();
        assertThat(result.lineItems()).containsExactly(new OrderLineResult("SO-1-L1", "LI-SO-1", "V-1", 2));
        assertThat(result.recordedAt()).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(cj.calls).containsExactly("find", "create");
        assertThat(store.find("SO-1")).contains(result);
    }

    @Test
    void aRecordPlacedBeforeIsAnsweredFromTheStoreWithoutCallingCj() {
        OrderPlacer placer = placer(true);
        place(placer, "SO-1");
        cj.calls.clear();

        Placement again = place(placer, "SO-1");

        assertThat(((Placement.Placed) again).result().outcome()).isEqualTo(PlacementOutcome.ALREADY_PLACED);
        assertThat(cj.calls).isEmpty();
        assertThat(cj.orders).hasSize(1);
    }

    @Test
    void anOrderCjAlreadyHasIsReportedNotCreated() {
        place(placer(true), "SO-1");
        cj.calls.clear();
        OrderPlacer freshProcess = new OrderPlacer(cj, new InMemoryPlacedOrderStore(10),
                new RetrySchedule(4, Duration.ZERO, Duration.ZERO), true, null, (d, keepGoing) -> sleeps.add(d), clock);

        OrderResult result = ((Placement.Placed) place(freshProcess, "SO-1")).result();

        assertThat(result.outcome()).isEqualTo(PlacementOutcome.ALREADY_PLACED);
        assertThat(result.cjOrderId()).isEqualTo("CJ-SO-1");
        assertThat(result.lineItems()).containsExactly(new OrderLineResult("SO-1-L1", "LI-SO-1", "V-1", 2));
        assertThat(cj.calls).containsExactly("find");
    }

    @Test
    void duplicateAnswerIsResolvedByLookingTheOrderUp() {
        place(placer(true), "SO-1");
        cj.calls.clear();
        OrderPlacer withoutLookup = new OrderPlacer(cj, new InMemoryPlacedOrderStore(10),
                new RetrySchedule(4, Duration.ZERO, Duration.ZERO), false, null, (d, keepGoing) -> sleeps.add(d), clock);

        OrderResult result = ((Placement.Placed) place(withoutLookup, "SO-1")).result();

        assertThat(result.outcome()).isEqualTo(PlacementOutcome.DUPLICATE_REJECTED);
        assertThat(result.cjOrderId()).isEqualTo("CJ-SO-1");
        assertThat(cj.calls).containsExactly("create", "find");
        assertThat(cj.orders).hasSize(1);
    }

    @Test
    void aRetryAfterAnAnswerLostInTransitFindsTheOrderInsteadOfSendingItAgain() {
        cj.failNextAfterWork("create", failure(FailureKind.RETRYABLE, null));

        Placement p = place(placer(true), "SO-1");

        assertThat(((Placement.Placed) p).result().outcome()).isEqualTo(PlacementOutcome.RECOVERED);
        assertThat(p.attempts()).isEqualTo(2);
        assertThat(cj.calls).containsExactly("find", "create", "find");
        assertThat(cj.orders).hasSize(1);
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void withoutLookupBeforeCreateARetryAfterASentCreateStillLooksFirst() {
        cj.failNextAfterWork("create", failure(FailureKind.RETRYABLE, null));

        Placement p = place(placer(false), "SO-1");

        assertThat(((Placement.Placed) p).result().outcome()).isEqualTo(PlacementOutcome.RECOVERED);
        assertThat(cj.calls).containsExactly("create", "find");
        assertThat(cj.orders).hasSize(1);
    }

    @Test
    void theComponentsRecoveryIsReportedAsRecovered() {
        CjOrderApi recovering = new CjOrderApi() {
            @Override
            public CjReply createOrder(Map<String, Object> body) {
                CjReply r = cj.createOrder(body);
                return new CjReply(r.data(), r.requestId(), true);
            }

            @Override
            public java.util.Optional<CjReply> findOrder(String orderId) {
                return cj.findOrder(orderId);
            }

            @Override
            public CjReply addCart(String id) {
                return cj.addCart(id);
            }

            @Override
            public CjReply addCartConfirm(String id) {
                return cj.addCartConfirm(id);
            }

            @Override
            public CjReply saveGenerateParentOrder(String id) {
                return cj.saveGenerateParentOrder(id);
            }

            @Override
            public CjReply payBalance(String id, String payId) {
                return cj.payBalance(id, payId);
            }
        };
        OrderPlacer placer = new OrderPlacer(recovering, store, new RetrySchedule(1, Duration.ZERO, Duration.ZERO),
                true, null, (d, keepGoing) -> sleeps.add(d), clock);
        assertThat(((Placement.Placed) place(placer, "SO-1")).result().outcome())
                .isEqualTo(PlacementOutcome.RECOVERED);
    }

    @Test
    void retryableFailuresAreTriedAgainWithGrowingPausesThenGivenUp() {
        for (int i = 0; i < 4; i++) {
            cj.failNext("create", failure(FailureKind.RETRYABLE, 1600000));
        }

        Placement p = place(placer(true), "SO-1");

        assertThat(p).isInstanceOf(Placement.Exhausted.class);
        assertThat(p.attempts()).isEqualTo(4);
        assertThat(((Placement.Exhausted) p).lastFailure().cjCode()).isEqualTo(1600000);
        assertThat(sleeps).hasSize(3);
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(sleeps.get(2)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(cj.count("find")).isEqualTo(4);
        assertThat(cj.orders).isEmpty();
    }

    @Test
    void refusalsEndAtOnce() {
        cj.failNext("create", failure(FailureKind.REJECTED, 1605001));

        Placement p = place(placer(true), "SO-1");

        assertThat(p).isInstanceOf(Placement.Refused.class);
        assertThat(((Placement.Refused) p).failure().cjCode()).isEqualTo(1605001);
        assertThat(p.attempts()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = FailureKind.class, names = {"REJECTED", "NOT_FOUND", "INSUFFICIENT_BALANCE"})
    void everyRefusalOfTheCreateCallEndsTheOrderWithCjsAnswer(FailureKind kind) {
        cj.failNext("create", failure(kind, 1602003));

        Placement p = place(placer(true), "SO-1");

        assertThat(p).isInstanceOfSatisfying(Placement.Refused.class, r -> {
            assertThat(r.failure().kind()).isEqualTo(kind);
            assertThat(r.failure().requestId()).isEqualTo("req-1602003");
        });
        assertThat(cj.count("create")).isEqualTo(1);
    }

    @Test
    void aBlockedAccountIsNotTheOrdersFault() {
        cj.failNext("find", failure(FailureKind.ACCOUNT_BLOCKED, 1600201));

        assertThatThrownBy(() -> place(placer(true), "SO-1")).isInstanceOfSatisfying(CjCallException.class,
                e -> assertThat(e.kind()).isEqualTo(FailureKind.ACCOUNT_BLOCKED));
        assertThat(cj.orders).isEmpty();
    }

    @Test
    void aStoppingRouteAbandonsTheOrderBetweenTries() {
        cj.failNext("create", failure(FailureKind.RETRYABLE, null));

        assertThatThrownBy(() -> placer(true).place("SO-1", body("SO-1"), () -> false))
                .isInstanceOf(OrderAbandonedException.class);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void backoffGrowsAndIsCapped() {
        RetrySchedule schedule = new RetrySchedule(10, Duration.ofSeconds(1), Duration.ofSeconds(8));
        assertThat(schedule.delayAfter(1)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(schedule.delayAfter(3)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(schedule.delayAfter(9)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThatThrownBy(() -> new RetrySchedule(0, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("maxAttempts");
    }
}
