package io.camelcj.routes.orders.placement;

import static io.camelcj.routes.orders.placement.FakeCjOrderApi.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.routes.orders.model.OrderResult;
import io.camelcj.routes.orders.model.PaymentState;
import org.junit.jupiter.api.Test;

class PaymentFlowTest {

    private final FakeCjOrderApi cj = new FakeCjOrderApi();
    private final InMemoryPlacedOrderStore store = new InMemoryPlacedOrderStore(100);

    private OrderPlacer placer() {
        return new OrderPlacer(cj, store, true, new PaymentFlow(cj), Clock.systemUTC());
    }

    private Placement place(String orderNumber) {
        return placer().place(orderNumber, Map.of("orderNumber", orderNumber));
    }

    private static OrderResult result(Placement p) {
        return ((Placement.Placed) p).result();
    }

    @Test
    void paysANewOrderStepByStep() {
        OrderResult r = result(place("SO-1"));

        assertThat(r.payment().state()).isEqualTo(PaymentState.PAID);
        assertThat(r.payment().payId()).isEqualTo("PAY-SH-SO-1");
        assertThat(r.status()).isEqualTo("UNSHIPPED");
        assertThat(cj.orders.get("SO-1")).containsEntry("orderStatus", "UNSHIPPED");
        assertThat(cj.calls).containsExactly("find", "create", "addCart", "addCartConfirm", "parent", "pay");
    }

    @Test
    void aRedeliveredPaidOrderCostsNoCall() {
        place("SO-1");
        cj.calls.clear();
        assertThat(result(place("SO-1")).payment().state()).isEqualTo(PaymentState.PAID);
        assertThat(cj.calls).isEmpty();
    }

    @Test
    void insufficientBalanceParksTheOrderAndARedriveResumesAtPayment() {
        cj.balanceSufficient = false;

        OrderResult parked = result(place("SO-1"));

        assertThat(parked.payment().state()).isEqualTo(PaymentState.PARKED_INSUFFICIENT_BALANCE);
        assertThat(parked.payment().cjCode()).isEqualTo(1604000);
        assertThat(parked.payment().reason()).contains("top up");
        assertThat(parked.status()).isEqualTo("UNPAID");
        assertThat(parked.cjOrderId()).isEqualTo("CJ-SO-1");

        cj.balanceSufficient = true;
        cj.calls.clear();
        OrderResult paid = result(place("SO-1"));

        assertThat(paid.payment().state()).isEqualTo(PaymentState.PAID);
        assertThat(cj.calls).containsExactly("find", "parent", "pay");
        assertThat(cj.orders).hasSize(1);
    }

    @Test
    void aFailedStepIsResumedFromCjsStatusNotRepeated() {
        cj.failNextAfterWork("addCartConfirm", failure(CjErrorCategory.TRANSIENT, null));

        // the component gave up on the step (its retries are the only ones): placed, payment incomplete
        OrderResult first = result(place("SO-1"));
        assertThat(first.payment().state()).isEqualTo(PaymentState.INCOMPLETE);
        assertThat(cj.calls).containsExactly("find", "create", "addCart", "addCartConfirm");
        cj.calls.clear();

        OrderResult r = result(place("SO-1"));

        assertThat(r.payment().state()).isEqualTo(PaymentState.PAID);
        // the confirm went through before its answer was lost: the re-drive reads UNPAID and goes on to pay
        assertThat(cj.calls).containsExactly("find", "parent", "pay");
    }

    @Test
    void aNewProcessResumesAnOrderFoundAtCj() {
        cj.detailShowsShipmentOrderId = true;
        cj.failNext("addCart", failure(CjErrorCategory.TRANSIENT, null));
        OrderResult incomplete = result(place("SO-1"));
        assertThat(incomplete.payment().state()).isEqualTo(PaymentState.INCOMPLETE);
        assertThat(incomplete.payment().reason()).contains("retries exhausted");

        OrderPlacer freshProcess = new OrderPlacer(cj, new InMemoryPlacedOrderStore(10), true, new PaymentFlow(cj),
                Clock.systemUTC());
        cj.calls.clear();
        OrderResult paid = result(freshProcess.place("SO-1", Map.of("orderNumber", "SO-1")));

        assertThat(paid.payment().state()).isEqualTo(PaymentState.PAID);
        assertThat(cj.calls).containsExactly("find", "addCart", "addCartConfirm", "parent", "pay");
        assertThat(cj.count("create")).isZero();
    }

    @Test
    void aRefusedStepFailsThePaymentButTheOrderIsStillReported() {
        cj.failNext("parent", failure(CjErrorCategory.INVALID_PARAMETER, 1603001));

        OrderResult r = result(place("SO-1"));

        assertThat(r.payment().state()).isEqualTo(PaymentState.FAILED);
        assertThat(r.payment().cjCode()).isEqualTo(1603001);
        assertThat(r.payment().cjRequestId()).isEqualTo("req-1603001");
        assertThat(r.cjOrderId()).isEqualTo("CJ-SO-1");
    }

    @Test
    void paidOrCancelledOrdersNeedNothing() {
        PaymentFlow flow = new PaymentFlow(cj);
        OrderResult shipped = new OrderResult("SO-9", "CJ-9", null, "SHIPPED", null, null, null, null, null, null,
                List.of(), null, null, null);
        assertThat(flow.settle(shipped).payment().state()).isEqualTo(PaymentState.PAID);
        assertThat(flow.settle(shipped.withStatus("CANCELLED")).payment().state())
                .isEqualTo(PaymentState.NOT_PAYABLE);
        assertThat(cj.calls).isEmpty();
    }
}
