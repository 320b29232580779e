package io.camelcj.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.routes.catalogue.CatalogueStateStore;
import io.camelcj.routes.catalogue.ProductState;
import io.camelcj.routes.catalogue.SyncCheckpoint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue sync's fingerprints and checkpoint in PostgreSQL ({@code cj_sync_products}, {@code cj_sync_categories},
 * {@code cj_sync_runs}), so that the node taking over a sync resumes the same run from the last committed page.
 * <p>
 * Reads go to the database (never a cache that another node's run could have made stale), overlaid with this
 * node's uncommitted changes; {@link #commit()} writes every change in one transaction, which is what the sync
 * expects (it commits after each page once Kafka acknowledged the page's records). Only the leader syncs (see
 * {@link PostgresClusterService}), so one writer at a time.
 */
public final class JdbcCatalogueStateStore implements CatalogueStateStore {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Marks a product or category removed in the pending changes. */
    private static final Object REMOVED = new Object();

    private final ClusterDatabase db;
    private final String name;
    private final Map<String, Object> pendingProducts = new LinkedHashMap<>();
    private final Map<String, Object> pendingCategories = new LinkedHashMap<>();
    private Optional<SyncCheckpoint> pendingCheckpoint; // null: unchanged; empty: cleared
    private Instant pendingLastCompleted;

    /** @param name keeps the state of several syncs apart in the same tables ("default" for one) */
    public JdbcCatalogueStateStore(ClusterDatabase db, String name) {
        this.db = Objects.requireNonNull(db, "db");
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("name must be 1-100 characters, was " + (name == null ? "null" : name.length() + " characters"));
        }
        this.name = name;
    }

    @Override
    public synchronized Optional<ProductState> product(String pid) {
        Object pending = pendingProducts.get(pid);
        if (pending != null) {
            return pending == REMOVED ? Optional.empty() : Optional.of((ProductState) pending);
        }
        return query("SELECT state FROM cj_sync_products WHERE store = ? AND pid = ?", List.of(name, pid),
                rs -> ProductState.fromJson(MAPPER.readTree(rs.getString(1)))).stream().findFirst();
    }

    @Override
    public synchronized void putProduct(ProductState state) {
        pendingProducts.put(state.pid(), state);
    }

    @Override
    public synchronized void removeProduct(String pid) {
        pendingProducts.put(pid, REMOVED);
    }

    @Override
    public synchronized Collection<ProductState> products() {
        Map<String, ProductState> all = new LinkedHashMap<>();
        for (ProductState p : query("SELECT state FROM cj_sync_products WHERE store = ?", List.of(name),
                rs -> ProductState.fromJson(MAPPER.readTree(rs.getString(1))))) {
            all.put(p.pid(), p);
        }
        pendingProducts.forEach((pid, v) -> {
            if (v == REMOVED) {
                all.remove(pid);
            } else {
                all.put(pid, (ProductState) v);
            }
        });
        return new ArrayList<>(all.values());
    }

    @Override
    public synchronized int productCount() {
        return pendingProducts.isEmpty()
                ? query("SELECT count(*) FROM cj_sync_products WHERE store = ?", List.of(name), rs -> rs.getInt(1)).get(0)
                : products().size();
    }

    @Override
    public synchronized Map<String, String> categories() {
        Map<String, String> all = new HashMap<>();
        query("SELECT category_id, fingerprint FROM cj_sync_categories WHERE store = ?", List.of(name),
                rs -> all.put(rs.getString(1), rs.getString(2)));
        pendingCategories.forEach((id, v) -> {
            if (v == REMOVED) {
                all.remove(id);
            } else {
                all.put(id, (String) v);
            }
        });
        return all;
    }

    @Override
    public synchronized void putCategory(String categoryId, String fingerprint) {
        pendingCategories.put(categoryId, Objects.requireNonNull(fingerprint, "fingerprint"));
    }

    @Override
    public synchronized void removeCategory(String categoryId) {
        pendingCategories.put(categoryId, REMOVED);
    }

    @Override
    public synchronized Optional<SyncCheckpoint> checkpoint() {
        if (pendingCheckpoint != null) {
            return pendingCheckpoint;
        }
        return query("SELECT checkpoint FROM cj_sync_runs WHERE store = ? AND checkpoint IS NOT NULL", List.of(name),
                rs -> SyncCheckpoint.fromJson(MAPPER.readTree(rs.getString(1)))).stream().findFirst();
    }

    @Override
    public synchronized void putCheckpoint(SyncCheckpoint checkpoint) {
        pendingCheckpoint = Optional.of(checkpoint);
    }

    @Override
    public synchronized void clearCheckpoint() {
        pendingCheckpoint = Optional.empty();
    }

    @Override
    public synchronized Optional<Instant> lastCompletedRunStart() {
        if (pendingLastCompleted != null) {
            return Optional.of(pendingLastCompleted);
        }
        return query("SELECT last_completed_run_start FROM cj_sync_runs WHERE store = ?"
                        + " AND last_completed_run_start IS NOT NULL", List.of(name),
                rs -> rs.getObject(1, OffsetDateTime.class).toInstant()).stream().findFirst();
    }

    @Override
    public synchronized void setLastCompletedRunStart(Instant startedAt) {
        pendingLastCompleted = Objects.requireNonNull(startedAt, "startedAt");
    }

    @Override
    public synchronized void commit() {
        if (pendingProducts.isEmpty() && pendingCategories.isEmpty() && pendingCheckpoint == null
                && pendingLastCompleted == null) {
            return;
        }
        try {
            db.inTransaction(c -> {
                writeProducts(c);
                writeCategories(c);
                writeRun(c);
                return null;
            });
        } catch (SQLException e) {
            throw new ClusterStoreException("cannot commit the catalogue sync state '" + name + "'", e);
        }
        pendingProducts.clear();
        pendingCategories.clear();
        pendingCheckpoint = null;
        pendingLastCompleted = null;
    }

    private void writeProducts(Connection c) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO cj_sync_products (store, pid, state)"
                + " VALUES (?, ?, ?) ON CONFLICT (store, pid) DO UPDATE SET state = EXCLUDED.state");
             PreparedStatement delete = c.prepareStatement("DELETE FROM cj_sync_products WHERE store = ? AND pid = ?")) {
            for (Map.Entry<String, Object> e : pendingProducts.entrySet()) {
                PreparedStatement ps = e.getValue() == REMOVED ? delete : upsert;
                ps.setString(1, name);
                ps.setString(2, e.getKey());
                if (ps == upsert) {
                    ps.setString(3, json(((ProductState) e.getValue()).toJson()));
                }
                ps.addBatch();
            }
            upsert.executeBatch();
            delete.executeBatch();
        }
    }

    private void writeCategories(Connection c) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO cj_sync_categories (store, category_id,"
                + " fingerprint) VALUES (?, ?, ?) ON CONFLICT (store, category_id) DO UPDATE SET"
                + " fingerprint = EXCLUDED.fingerprint");
             PreparedStatement delete = c.prepareStatement(
                     "DELETE FROM cj_sync_categories WHERE store = ? AND category_id = ?")) {
            for (Map.Entry<String, Object> e : pendingCategories.entrySet()) {
                PreparedStatement ps = e.getValue() == REMOVED ? delete : upsert;
                ps.setString(1, name);
                ps.setString(2, e.getKey());
                if (ps == upsert) {
                    ps.setString(3, (String) e.getValue());
                }
                ps.addBatch();
            }
            upsert.executeBatch();
            delete.executeBatch();
        }
    }

    private void writeRun(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cj_sync_runs (store) VALUES (?)"
                + " ON CONFLICT (store) DO NOTHING")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
        if (pendingCheckpoint != null) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE cj_sync_runs SET checkpoint = ? WHERE store = ?")) {
                ps.setString(1, pendingCheckpoint.map(cp -> json(cp.toJson())).orElse(null));
                ps.setString(2, name);
                ps.executeUpdate();
            }
        }
        if (pendingLastCompleted != null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE cj_sync_runs SET last_completed_run_start = ? WHERE store = ?")) {
                ps.setObject(1, pendingLastCompleted.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setString(2, name);
                ps.executeUpdate();
            }
        }
    }

    @Override
    public synchronized boolean isEmpty() {
        return productCount() == 0 && categories().isEmpty() && checkpoint().isEmpty();
    }

    @Override
    public void close() {
        // connections are borrowed per call; uncommitted changes are dropped, as with the other stores
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException, JsonProcessingException;
    }

    private <T> List<T> query(String sql, List<String> params, Row<T> row) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new ClusterStoreException("cannot read the catalogue sync state '" + name + "'", e);
        } catch (JsonProcessingException e) {
            throw new ClusterStoreException("unreadable catalogue sync state '" + name + "' in the database", e);
        }
    }

    private static String json(Map<String, Object> value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write sync state as JSON", e);
        }
    }

    @Override
    public String toString() {
        return "JdbcCatalogueStateStore[" + name + "]";
    }
}
