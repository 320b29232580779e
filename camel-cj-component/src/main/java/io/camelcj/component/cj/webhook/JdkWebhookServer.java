package io.camelcj.component.cj.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in HTTP transport used when no {@code httpUri} is given: the JDK's own HTTP server
 * ({@code com.sun.net.httpserver}, module jdk.httpserver), so the webhook works without any extra
 * dependency. Plain HTTP: terminate TLS in front of it (CJ calls HTTPS URLs only).
 *
 * <p>Hostile clients: each request is served on its own thread, at most {@code maxConnections} at once
 * (beyond that the server closes the new connection, as it does when its executor refuses a task); a request
 * must be read within {@code requestReadTimeout} ({@link ReadDeadlines}); headers larger than
 * {@code maxHeaderSize} get 431, bodies larger than the receiver's limit 413.
 */
final class JdkWebhookServer {

    private static final Logger LOG = LoggerFactory.getLogger(JdkWebhookServer.class);

    /** Limits against hostile clients. */
    record Limits(int maxConnections, Duration requestReadTimeout, int maxHeaderSize) {

        static Limits of(CjWebhookConfiguration c) {
            return new Limits(c.getMaxConnections(), c.getRequestReadTimeout(), c.getMaxHeaderSize());
        }
    }

    private final String host;
    private final int port;
    private final String path;
    private final Limits limits;
    private final CjWebhookReceiver receiver;
    private final LongAdder refused = new LongAdder();
    private HttpServer server;
    private ThreadPoolExecutor threads;
    private ReadDeadlines deadlines;

    JdkWebhookServer(String host, int port, String path, Limits limits, CjWebhookReceiver receiver) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.path = path.startsWith("/") ? path : "/" + path;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.receiver = Objects.requireNonNull(receiver, "receiver");
    }

    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 200);
        AtomicInteger counter = new AtomicInteger();
        // no queue: a request beyond maxConnections is refused, and the JDK server closes its connection
        threads = new ThreadPoolExecutor(Math.min(4, limits.maxConnections()), limits.maxConnections(), 30,
                TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "cj-webhook-http-" + counter.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, (task, pool) -> {
                    refused.increment();
                    throw new java.util.concurrent.RejectedExecutionException("cj:webhook maxConnections ("
                            + limits.maxConnections() + ") reached");
                });
        deadlines = new ReadDeadlines(limits.requestReadTimeout());
        Executor guarded = task -> threads.execute(deadlines.guard(task));
        server.setExecutor(guarded);
        server.createContext(path, this::handle);
        server.start();
        LOG.info("CJ webhook endpoint listening on http://{}:{}{}", host, localPort(), path);
    }

    int localPort() {
        return server.getAddress().getPort();
    }

    /** Connections closed because maxConnections requests were being served. */
    long refusedCount() {
        return refused.sum();
    }

    /** Requests dropped because they were not read within requestReadTimeout. */
    long timedOutReads() {
        return deadlines == null ? 0 : deadlines.expiredCount();
    }

    /** Closes the listener, lets running exchanges finish for up to {@code drain}, then closes the rest. */
    void stop(Duration drain) {
        if (server != null) {
            server.stop((int) Math.max(1, (drain.toMillis() + 999) / 1000));
            threads.shutdown();
            try {
                threads.awaitTermination(drain.toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deadlines.close();
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
            } else if (headerSize(http) > limits.maxHeaderSize()) {
                response = CjWebhookResponse.HEADERS_TOO_LARGE;
            } else {
                try (InputStream body = http.getRequestBody()) {
                    response = receiver.receive(body, contentLength(http),
                            http.getRequestHeaders().getFirst(CjWebhookSignature.HEADER), deadlines::requestRead);
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
            if (response.status() == 413 || response.status() == 431 || "STOPPING".equals(response.reason())) {
                // the rest of the request is not read, or the server is going: no next request on this connection
                http.getResponseHeaders().set("Connection", "close");
            }
            http.sendResponseHeaders(response.status(), bytes.length);
            try (OutputStream out = http.getResponseBody()) {
                out.write(bytes);
            }
        } catch (ClosedByInterruptException e) {
            LOG.debug("CJ webhook request not read within {} ms: connection closed",
                    limits.requestReadTimeout().toMillis());
        } catch (IOException | RuntimeException e) {
            LOG.warn("CJ webhook request failed: {}", e.toString());
            throw e;
        }
    }

    /** Bytes of the request headers as received (names, values, separators). */
    private static long headerSize(HttpExchange http) {
        long size = 0;
        for (Map.Entry<String, List<String>> header : http.getRequestHeaders().entrySet()) {
            for (String value : header.getValue()) {
                size += header.getKey().length() + value.length() + 4;
            }
        }
        return size;
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
