package io.camelcj.component.cj.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in HTTP transport used when no {@code httpUri} is given: the JDK's own HTTP server
 * ({@code com.sun.net.httpserver}, module jdk.httpserver), so the webhook works without any extra
 * dependency. Plain HTTP: terminate TLS in front of it (CJ calls HTTPS URLs only).
 */
final class JdkWebhookServer {

    private static final Logger LOG = LoggerFactory.getLogger(JdkWebhookServer.class);

    private final String host;
    private final int port;
    private final String path;
    private final int threads;
    private final CjWebhookReceiver receiver;
    private HttpServer server;
    private ExecutorService executor;

    JdkWebhookServer(String host, int port, String path, int threads, CjWebhookReceiver receiver) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.path = path.startsWith("/") ? path : "/" + path;
        this.threads = threads;
        this.receiver = Objects.requireNonNull(receiver, "receiver");
    }

    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 200);
        AtomicInteger counter = new AtomicInteger();
        executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cj-webhook-http-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(path, this::handle);
        server.start();
        LOG.info("CJ webhook endpoint listening on http://{}:{}{}", host, localPort(), path);
    }

    int localPort() {
        return server.getAddress().getPort();
    }

    void stop() {
        if (server != null) {
            server.stop(1);
            executor.shutdown();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
    }

    private void handle(HttpExchange http) throws IOException {
        try (http) {
            CjWebhookResponse response;
            if (!"POST".equalsIgnoreCase(http.getRequestMethod())) {
                response = CjWebhookResponse.of(405, "METHOD_NOT_ALLOWED", "Only POST is accepted");
            } else if (!http.getRequestURI().getPath().equals(path)) {
                response = CjWebhookResponse.of(404, "NOT_FOUND", "Not found");
            } else {
                try (InputStream body = http.getRequestBody()) {
                    response = receiver.receive(body, contentLength(http),
                            http.getRequestHeaders().getFirst(CjWebhookSignature.HEADER));
                }
            }
            if (response.status() == 200) {
                // CJ only looks at the status. Headers and a body go out in two writes, and with Nagle's
                // algorithm meeting the client's delayed ACK that costs ~40 ms a reply; one write costs ~2 ms.
                http.sendResponseHeaders(200, -1);
                return;
            }
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            http.getResponseHeaders().set("Content-Type", "application/json");
            if (response.status() == 413) {
                // the rest of the body is not read: do not keep the connection for a next request
                http.getResponseHeaders().set("Connection", "close");
            }
            http.sendResponseHeaders(response.status(), bytes.length);
            try (OutputStream out = http.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("CJ webhook request failed: {}", e.toString());
            throw e;
        }
    }

    private static long contentLength(HttpExchange http) {
        String value = http.getRequestHeaders().getFirst("Content-Length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
