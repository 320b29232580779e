package io.camelcj.routes.feeds;

import io.camelcj.component.cj.api.CjOperation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import org.junit.jupiter.api.Test;

class OrderStatusPollerTest {

    private final FakeCj cj = new FakeCj();
    private final OrderStatusTracker tracker = new OrderStatusTracker(new InMemoryOrderWatchStore(),
            Set.of("DELIVERED", "CANCELLED"), 3, Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
    private final List<OrderStatusChange> published = new ArrayList<>();

    private List<OrderStatusChange> poll(OrderStatusPoller poller) {
        List<OrderStatusChange> changes = poller.poll();
        changes.forEach(tracker::recorded);
        published.addAll(changes);
        return changes;
    }

    @Test
    void reportsEachTransitionOnceAndStopsAtFinalState() {
        OrderStatusPoller poller = new OrderStatusPoller(cj, tracker, 50, List.of(), 50);
        cj.order("cj-1", "n-1", "CREATED", null);
        tracker.follow("n-1", "cj-1", "CREATED");

        assertThat(poll(poller)).extracting(OrderStatusChange::status).containsExactly("CREATED");
        assertThat(poll(poller)).isEmpty();
        cj.order("cj-1", "n-1", "UNPAID", null);
        assertThat(poll(poller)).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo("UNPAID");
            assertThat(c.previousStatus()).isEqualTo("CREATED");
            assertThat(c.key()).isEqualTo("n-1");
        });
        cj.order("cj-1", "n-1", "SHIPPED", null);
        poll(poller);
        cj.order("cj-1", "n-1", "SHIPPED", "TRK1");
        assertThat(poll(poller)).singleElement().satisfies(c -> assertThat(c.trackNumber()).isEqualTo("TRK1"));
        cj.order("cj-1", "n-1", "DELIVERED", "TRK1");
        assertThat(poll(poller)).singleElement().satisfies(c -> assertThat(c.finalStatus()).isTrue());

        int callsBefore = cj.calls.size();
        assertThat(poll(poller)).isEmpty();
        assertThat(cj.calls).hasSize(callsBefore); // a delivered order costs no more calls
        assertThat(published).extracting(OrderStatusChange::status)
                .containsExactly("CREATED", "UNPAID", "SHIPPED", "SHIPPED", "DELIVERED");
    }

    @Test
    void unchangedOrdersCostOneCallPerStatusAndBatch() {
        OrderStatusPoller poller = new OrderStatusPoller(cj, tracker, 10, List.of(), 50);
        for (int i = 0; i < 25; i++) {
            cj.order("cj-" + i, "n-" + i, i < 20 ? "UNSHIPPED" : "SHIPPED", null);
            tracker.follow("n-" + i, "cj-" + i, i < 20 ? "UNSHIPPED" : "SHIPPED");
        }
        assertThat(poll(poller)).hasSize(25);
        cj.reset();
        assertThat(poll(poller)).isEmpty();
        // 20 UNSHIPPED in 2 batches of 10, 5 SHIPPED in 1 batch, no detail calls
        assertThat(cj.count(CjOperation.ORDER_LIST)).isEqualTo(3);
        assertThat(cj.count(CjOperation.ORDER_DETAIL)).isZero();

        cj.order("cj-3", "n-3", "SHIPPED", "T3");
        cj.reset();
        assertThat(poll(poller)).extracting(OrderStatusChange::orderNumber).containsExactly("n-3");
        assertThat(cj.count(CjOperation.ORDER_DETAIL)).isEqualTo(1); // only the order that moved
    }

    @Test
    void orderKnownByNumberOnlyIsLookedUpAndLearnsItsId() {
        OrderStatusPoller poller = new OrderStatusPoller(cj, tracker, 10, List.of(), 50);
        cj.order("cj-9", "n-9", "CREATED", null);
        tracker.follow("n-9", null, null);
        assertThat(poll(poller)).singleElement().satisfies(c -> assertThat(c.orderId()).isEqualTo("cj-9"));
        cj.reset();
        poll(poller);
        assertThat(cj.calls).containsExactly(CjOperation.ORDER_LIST);
    }

    @Test
    void unknownOrderIsDroppedAfterMaxMisses() {
        OrderStatusPoller poller = new OrderStatusPoller(cj, tracker, 10, List.of(), 50);
        tracker.follow("ghost", null, null);
        poll(poller);
        poll(poller);
        poll(poller);
        assertThat(tracker.active()).isEmpty();
    }

    @Test
    void allModeDiscoversTheAccountsOrders() {
        OrderStatusPoller poller = new OrderStatusPoller(cj, tracker, 10, List.of("CREATED", "SHIPPED"), 2);
        cj.order("a", "na", "CREATED", null);
        cj.order("b", "nb", "CREATED", null);
        cj.order("c", "nc", "CREATED", null);
        cj.order("d", "nd", "DELIVERED", "T");
        assertThat(poll(poller)).extracting(OrderStatusChange::orderId).containsExactlyInAnyOrder("a", "b", "c");
        cj.order("b", "nb", "DELIVERED", "TB");
        cj.reset();
        assertThat(poll(poller)).extracting(OrderStatusChange::status).containsExactly("DELIVERED");
        // CREATED: 1 page (a, c), SHIPPED: 1 page, then one detail for b
        assertThat(cj.count(CjOperation.ORDER_LIST)).isEqualTo(2);
        assertThat(cj.count(CjOperation.ORDER_DETAIL)).isEqualTo(1);
    }

    @Test
    void budgetFailuresEndThePollOtherFailuresSkip() {
        tracker.follow("n-1", "cj-1", "CREATED");
        CjCalls exhausted = failing(CjErrorCategory.DAILY_LIMIT, "daily limit");
        assertThatThrownBy(() -> new OrderStatusPoller(exhausted, tracker, 10, List.of(), 10).poll())
                .isInstanceOf(CjApiException.class);
        CjCalls flaky = failing(CjErrorCategory.TRANSIENT, "503");
        assertThat(new OrderStatusPoller(flaky, tracker, 10, List.of(), 10).poll()).isEmpty();
        assertThat(tracker.active()).hasSize(1);
    }

    /** A CJ whose every call and page fails with this category. */
    private static CjCalls failing(CjErrorCategory category, String message) {
        return new CjCalls() {
            @Override
            public Object call(CjOperation op, Map<String, Object> params) {
                throw new CjApiException(op.path(), category, message);
            }

            @Override
            public io.camelcj.routes.support.CjCaller.Page page(CjOperation op, Map<String, Object> params) {
                throw new CjApiException(op.path(), category, message);
            }
        };
    }
}
