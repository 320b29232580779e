package io.camelcj.cluster;

import com.zaxxer.hikari.HikariDataSource;

/** One fresh database seen through two pools: two "nodes" for the stores' tests within one JVM. */
final class TwoNodes implements AutoCloseable {

    final HikariDataSource poolA;
    final HikariDataSource poolB;
    final ClusterDatabase nodeA;
    final ClusterDatabase nodeB;

    private TwoNodes(String url) {
        poolA = TestPostgres.pool(url, 4);
        poolB = TestPostgres.pool(url, 4);
        nodeA = new ClusterDatabase(poolA);
        nodeB = new ClusterDatabase(poolB);
    }

    static TwoNodes on(String databaseHint) {
        return new TwoNodes(TestPostgres.newDatabase(databaseHint));
    }

    @Override
    public void close() {
        poolA.close();
        poolB.close();
    }
}
