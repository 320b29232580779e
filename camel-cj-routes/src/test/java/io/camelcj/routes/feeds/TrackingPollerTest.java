package io.camelcj.routes.feeds;

import io.camelcj.component.cj.api.CjOperation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TrackingPollerTest {

    private final FakeCj cj = new FakeCj();
    private final TrackingTracker tracker = new TrackingTracker(new InMemoryTrackWatchStore(), List.of("Delivered"),
            Duration.ofDays(120), Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
    private final TrackingPoller poller = new TrackingPoller(cj, tracker, 4);

    private List<TrackingChange> poll() {
        List<TrackingChange> changes = poller.poll();
        changes.forEach(tracker::recorded);
        return changes;
    }

    @Test
    @SuppressWarnings("unchecked")
    void batchesNumbersAndReportsOnlyChanges() {
        for (int i = 0; i < 10; i++) {
            tracker.onOrderStatus("T" + i, "n" + i, "cj" + i, "SHIPPED");
            cj.track("T" + i, "In transit");
        }
        assertThat(poll()).hasSize(10);
        assertThat(cj.count(CjOperation.TRACK_INFO)).isEqualTo(3); // 4 + 4 + 2
        assertThat((List<String>) cj.callParams.get(0).get("trackNumber")).containsExactly("T0", "T1", "T2", "T3");

        // deliveryDay differs in every FakeCj answer: not a change worth a record
        assertThat(poll()).isEmpty();
        cj.track("T5", "Delivered");
        List<TrackingChange> changes = poll();
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.trackNumber()).isEqualTo("T5");
            assertThat(c.orderNumber()).isEqualTo("n5");
            assertThat(c.previousTrackingStatus()).isEqualTo("In transit");
            assertThat(c.finalStatus()).isTrue();
            assertThat(c.tracking()).containsEntry("trackingStatus", "Delivered");
        });
        cj.reset();
        poll();
        assertThat(cj.callParams).allSatisfy(p -> assertThat((List<String>) p.get("trackNumber")).doesNotContain("T5"));
    }

    @Test
    void cancelledOrderStopsAndDeliveredOrderGetsOneLastPoll() {
        tracker.onOrderStatus("A", "na", "a", "SHIPPED");
        tracker.onOrderStatus("B", "nb", "b", "SHIPPED");
        cj.track("A", "In transit");
        cj.track("B", "In transit");
        poll();
        tracker.onOrderStatus("A", "na", "a", "CANCELLED");
        tracker.onOrderStatus("B", "nb", "b", "DELIVERED");
        cj.track("B", "Out for delivery");
        assertThat(poll()).singleElement().satisfies(c -> assertThat(c.finalStatus()).isTrue());
        assertThat(tracker.due()).isEmpty();
    }

    @Test
    void ignoresRecordsWithoutTrackingNumberAndUnknownItems() {
        tracker.onOrderStatus(null, "n", "o", "UNSHIPPED");
        assertThat(tracker.due()).isEmpty();
        assertThat(tracker.changeOf(Map.of("trackingNumber", "nobody"))).isEmpty();
    }

    @Test
    void restoredStateIsNotReportedAgainAndFinishedNumbersStayFinished() {
        tracker.restore(new TrackingChange("X", "nx", "ox", "Delivered", "In transit", true, "t",
                Map.of("trackingNumber", "X", "trackingStatus", "Delivered")));
        tracker.restore(new TrackingChange("Y", "ny", "oy", "In transit", null, false, "t",
                Map.of("trackingNumber", "Y", "trackingStatus", "In transit")));
        tracker.onOrderStatus("X", "nx", "ox", "SHIPPED"); // the source topic replayed: must not revive X
        assertThat(tracker.due()).extracting(TrackWatch::trackNumber).containsExactly("Y");
        cj.track("Y", "In transit");
        assertThat(poll()).isEmpty();
    }
}
