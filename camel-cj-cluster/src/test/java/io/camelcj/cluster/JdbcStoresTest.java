package io.camelcj.cluster;

import io.camelcj.routes.catalogue.Partition;
import io.camelcj.routes.catalogue.ProductState;
import io.camelcj.routes.catalogue.SyncCheckpoint;
import io.camelcj.routes.catalogue.SyncMode;
import io.camelcj.routes.orders.model.OrderResult;
import io.camelcj.routes.orders.model.PlacementOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared stores against a real PostgreSQL; two instances on two pools stand for two nodes. */
class JdbcStoresTest {

    private TwoNodes nodes;
    private ClusterDatabase nodeA;
    private ClusterDatabase nodeB;

    @BeforeEach
    void setUp() {
        nodes = TwoNodes.on("stores");
        nodeA = nodes.nodeA;
        nodeB = nodes.nodeB;
    }

    @AfterEach
    void tearDown() {
        nodes.close();
    }

    @Test
    void syncStateCommittedByOneNodeIsWhatTheNextNodeResumesFrom() {
        JdbcCatalogueStateStore a = new JdbcCatalogueStateStore(nodeA, "default");
        JdbcCatalogueStateStore b = new JdbcCatalogueStateStore(nodeB, "default");
        assertThat(b.isEmpty()).isTrue();

        ProductState p1 = new ProductState("P1", "l1", "s1", "h1", "v1", "i1", List.of("V1", "V2"), "run-1", 0, 1234L);
        ProductState p2 = new ProductState("P2", "l2", null, "h2", "v2", null, List.of(), "run-1", 1, 0L);
        SyncCheckpoint cp = new SyncCheckpoint("run-1", SyncMode.FULL, Instant.parse("2026-12-01T20:00:00Z"),
                SyncCheckpoint.Phase.LISTING, 5000, List.of(new SyncCheckpoint.Cursor(Partition.root(Map.of()), 7)), 42);
        a.putProduct(p1);
        a.putProduct(p2);
        a.putCategory("C1", "f1");
        a.putCheckpoint(cp);
        assertThat(a.product("P1")).contains(p1); // its own uncommitted change
        assertThat(b.product("P1")).as("not visible before commit").isEmpty();
        a.commit();

        assertThat(b.product("P1")).contains(p1);
        assertThat(b.products()).containsExactlyInAnyOrder(p1, p2);
        assertThat(b.productCount()).isEqualTo(2);
        assertThat(b.categories()).isEqualTo(Map.of("C1", "f1"));
        assertThat(b.checkpoint()).contains(cp);

        // the node taking over goes on from there and finishes the run
        b.removeProduct("P2");
        b.removeCategory("C1");
        b.clearCheckpoint();
        b.setLastCompletedRunStart(cp.startedAt());
        assertThat(b.productCount()).isEqualTo(1);
        b.commit();
        assertThat(a.products()).containsExactly(p1);
        assertThat(a.categories()).isEmpty();
        assertThat(a.checkpoint()).isEmpty();
        assertThat(a.lastCompletedRunStart()).contains(cp.startedAt());
        assertThat(new JdbcCatalogueStateStore(nodeA, "other").isEmpty()).as("names keep syncs apart").isTrue();
    }

    @Test
    void anUncommittedPageIsLostWithItsNodeNotHalfWritten() {
        JdbcCatalogueStateStore a = new JdbcCatalogueStateStore(nodeA, "default");
        a.putProduct(new ProductState("P1", "l", "s", "h", "v", "i", List.of(), "r", 0, 0));
        a.close(); // the node dies before commit
        assertThat(new JdbcCatalogueStateStore(nodeB, "default").products()).isEmpty();
    }

    @Test
    void anOrderPlacedByOneNodeIsFoundByTheOther() {
        JdbcPlacedOrderStore a = new JdbcPlacedOrderStore(nodeA);
        JdbcPlacedOrderStore b = new JdbcPlacedOrderStore(nodeB);
        assertThat(b.find("ORD-1")).isEmpty();
        OrderResult placed = new OrderResult("ORD-1", "CJ-9", PlacementOutcome.CREATED, "CREATED", null,
                new BigDecimal("12.30"), new BigDecimal("10.00"), new BigDecimal("2.30"), null, null, List.of(), null,
                "req-1", "2026-12-01T20:00:00Z");
        a.record(placed);
        assertThat(b.find("ORD-1")).contains(placed);
        a.record(placed.withStatus("UNSHIPPED"));
        assertThat(b.find("ORD-1")).map(OrderResult::status).contains("UNSHIPPED");
        assertThat(b.count()).isEqualTo(1);
    }
}
