package io.camelcj.routes.orders.placement;

import java.time.Duration;

/**
 * Waits between tries; replaced in tests.
 */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
