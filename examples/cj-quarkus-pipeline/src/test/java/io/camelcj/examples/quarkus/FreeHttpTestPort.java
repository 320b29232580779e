package io.camelcj.examples.quarkus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A free port for the test's HTTP server, known before the application starts: the webhook callback URL that the
 * application registers with the simulator at start-up contains it.
 */
public class FreeHttpTestPort implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return Map.of("quarkus.http.test-port", Integer.toString(socket.getLocalPort()));
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the test HTTP server", e);
        }
    }

    @Override
    public void stop() {
    }
}
