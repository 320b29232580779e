package io.camelcj.routes.orders.placement;

import static io.camelcj.routes.orders.placement.FakeCjOrderApi.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;

import io.camelcj.routes.orders.model.OrderLineResult;
import io.camelcj.routes.orders.model.OrderResult;
import io.camelcj.routes.orders.model.PlacementOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderPlacerTest {

    private final FakeCjOrderApi cj = new FakeCjOrderApi();
    private final InMemoryPlacedOrderStore store = new InMemoryPlacedOrderStore(1000);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC);

    private OrderPlacer placer(boolean lookupBeforeCreate) {
        return new OrderPlacer(cj, store, lookupBeforeCreate, null, clock);
    }

    private static Map<String, Object> body(String orderNumber) {
        return Map.of("orderNumber", orderNumber, "products", List.of(Map.of("vid", "V-1", "quantity", 2)));
    }

    private Placement place(OrderPlacer placer, String orderNumber) {
        return placer.place(orderNumber, body(orderNumber));
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
        OrderPlacer freshProcess = new OrderPlacer(cj, new InMemoryPlacedOrderStore(10), true, null, clock);

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
        OrderPlacer withoutLookup = new OrderPlacer(cj, new InMemoryPlacedOrderStore(10), false, null, clock);

        OrderResult result = ((Placement.Placed) place(withoutLookup, "SO-1")).result();

        assertThat(result.outcome()).isEqualTo(PlacementOutcome.DUPLICATE_REJECTED);
        assertThat(result.cjOrderId()).isEqualTo("CJ-SO-1");
        assertThat(cj.calls).containsExactly("create", "find");
        assertThat(cj.orders).hasSize(1);
    }

    @Test
    void aFailureTheComponentGaveUpOnIsNotRetriedByTheRouteAndARedriveFindsTheOrder() {
        // the create reached CJ, its answer was lost, and the component's retries (and look-up) gave up
        cj.failNextAfterWork("create", failure(CjErrorCategory.TRANSIENT, 1600000));

        Placement p = place(placer(false), "SO-1");

        assertThat(p).isInstanceOfSatisfying(Placement.Exhausted.class,
                e -> assertThat(e.lastFailure().getCjCode()).isEqualTo(1600000));
        assertThat(cj.calls).containsExactly("create");

        // re-driving the dead-lettered record: CJ's duplicate check and the look-up report the order, never twice
        OrderResult again = ((Placement.Placed) place(placer(false), "SO-1")).result();
        assertThat(again.outcome()).isEqualTo(PlacementOutcome.DUPLICATE_REJECTED);
        assertThat(cj.calls).containsExactly("create", "create", "find");
        assertThat(cj.orders).hasSize(1);
    }

    @Test
    void aPerSecondRateLimitIsNotAccountWide() {
        cj.failNext("create", failure(CjErrorCategory.RATE_LIMIT, 1600200));

        assertThat(place(placer(false), "SO-1")).isInstanceOf(Placement.Exhausted.class);
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
        OrderPlacer placer = new OrderPlacer(recovering, store, true, null, clock);
        assertThat(((Placement.Placed) place(placer, "SO-1")).result().outcome())
                .isEqualTo(PlacementOutcome.RECOVERED);
    }

    @Test
    void refusalsEndAtOnce() {
        cj.failNext("create", failure(CjErrorCategory.INVALID_PARAMETER, 1605001));

        Placement p = place(placer(true), "SO-1");

        assertThat(p).isInstanceOf(Placement.Refused.class);
        assertThat(((Placement.Refused) p).failure().getCjCode()).isEqualTo(1605001);
        assertThat(cj.count("create")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = CjErrorCategory.class, names = {"INVALID_PARAMETER", "PERMANENT", "NOT_FOUND",
            "INSUFFICIENT_BALANCE"})
    void everyRefusalOfTheCreateCallEndsTheOrderWithCjsAnswer(CjErrorCategory category) {
        cj.failNext("create", failure(category, 1602003));

        Placement p = place(placer(true), "SO-1");

        assertThat(p).isInstanceOfSatisfying(Placement.Refused.class, r -> {
            assertThat(r.failure().getCategory()).isEqualTo(category);
            assertThat(r.failure().getRequestId()).isEqualTo("req-1602003");
        });
        assertThat(cj.count("create")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = CjErrorCategory.class, names = {"AUTHENTICATION", "DAILY_LIMIT", "POINTS_EXHAUSTED"})
    void aBlockedAccountIsNotTheOrdersFault(CjErrorCategory category) {
        cj.failNext("find", failure(category, 1600201));

        assertThatThrownBy(() -> place(placer(true), "SO-1")).isInstanceOfSatisfying(CjApiException.class,
                e -> assertThat(e.getCategory()).isEqualTo(category));
        assertThat(cj.orders).isEmpty();
    }
}
