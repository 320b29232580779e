package io.camelcj.cluster;

import io.camelcj.component.cj.auth.CjAccountId;

import java.time.Duration;

/**
 * A node whose token renewal hangs, run as its own JVM by {@link io.camelcj.cluster.local.LocalJvm}: it takes the
 * renewal row lock of the account of the API key {@code args[1]} on database {@code args[0]}, prints LOCKED and
 * holds it until its standard input closes (or it is stopped or killed).
 */
public final class RenewalLockHolder {

    private RenewalLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (var pool = TestPostgres.pool(args[0], 2)) {
            JdbcTokenStore store = new JdbcTokenStore(new ClusterDatabase(pool), Duration.ofSeconds(5));
            store.underRenewalLock(CjAccountId.of(args[1]), () -> {
                System.out.println("LOCKED");
                System.out.flush();
                try {
                    while (System.in.read() >= 0) {
                        // a renewal that never ends
                    }
                } catch (java.io.IOException e) {
                    // stdin gone: end as if the renewal had finished
                }
                return null;
            });
        }
        System.out.println("RELEASED");
    }
}
