package io.camelcj.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.camelcj.routes.orders.OrderCodec;
import io.camelcj.routes.orders.model.OrderResult;
import io.camelcj.routes.orders.placement.PlacedOrderStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * The orders placed by any node of the order push's consumer group, in {@code cj_placed_orders}: the node that gets
 * a partition after a rebalance or a node death sees at once what the previous owner placed and does not call CJ
 * for it. Rows are written the moment CJ confirmed the order (before the result record reaches Kafka), so a node
 * killed between the two leaves the order findable here. The result record is kept as the order push writes it
 * ({@link OrderCodec}).
 */
public final class JdbcPlacedOrderStore implements PlacedOrderStore {

    private final ClusterDatabase db;
    private final OrderCodec codec = new OrderCodec();

    public JdbcPlacedOrderStore(ClusterDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<OrderResult> find(String orderNumber) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT result FROM cj_placed_orders WHERE order_number = ?")) {
            ps.setString(1, orderNumber);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(codec.readResult(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ClusterStoreException("cannot look up placed order " + orderNumber, e);
        } catch (JsonProcessingException e) {
            throw new ClusterStoreException("unreadable placed-order row " + orderNumber, e);
        }
    }

    /** Keeps the latest result of the order (a payment step updates it). */
    @Override
    public void record(OrderResult result) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO cj_placed_orders (order_number, result)"
                     + " VALUES (?, ?) ON CONFLICT (order_number) DO UPDATE SET result = EXCLUDED.result,"
                     + " recorded_at = now()")) {
            ps.setString(1, result.orderNumber());
            ps.setString(2, codec.write(result));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new ClusterStoreException("cannot record placed order " + result.orderNumber(), e);
        }
    }

    /** Orders recorded so far (for monitoring and tests). */
    public long count() {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM cj_placed_orders");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new ClusterStoreException("cannot count placed orders", e);
        }
    }
}
