package io.camelcj.component.cj.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 6: {@code httpUri=platform-http:/cj/webhooks} on the Vert.x engine, the one
 * camel-platform-http-main runs in Camel Main (started here the way that module starts it), with the same
 * answers as the built-in server: 200 after the route, 500 when it fails, 401, duplicates dropped.
 */
class CjWebhookPlatformHttpTest {

    private static final String OPEN_ID = "1234567";
    private final CjWebhookSignature signature = new CjWebhookSignature(OPEN_ID);
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final HttpClient http = HttpClient.newHttpClient();
    private CamelContext context;
    private String url;
    @TempDir
    Path dataDir;

    @BeforeEach
    void start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        url = "http://127.0.0.1:" + port + "/cj/webhooks";
        context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("cj:webhook?openId=" + OPEN_ID + "&httpUri=RAW(platform-http:/cj/webhooks)"
                        + "&idempotentFile=RAW(" + dataDir.resolve("ids.dat") + ")")
                        .process(e -> {
                            if (failuresLeft.getAndDecrement() > 0) {
                                throw new IllegalStateException("downstream down");
                            }
                            received.add(e.getMessage().getHeader(CjWebhookConstants.MESSAGE_ID, String.class));
                        });
            }
        });
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private HttpResponse<String> post(String json, String sign) throws Exception {
        return SignedPost.post(http, url, json, sign, Duration.ofSeconds(30));
    }

    @Test
    void answersAfterTheRouteThroughPlatformHttp() throws Exception {
        String json = "{\"messageId\":\"ph1\",\"type\":\"ORDER\",\"params\":{\"orderNumber\":\"o1\"}}";
        String sign = signature.sign(json.getBytes(StandardCharsets.UTF_8));
        failuresLeft.set(1);

        assertThat(post(json, sign).statusCode()).isEqualTo(500);
        assertThat(received).isEmpty();
        HttpResponse<String> ok = post(json, sign);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"result\":true");
        assertThat(received).containsExactly("ph1");
        assertThat(post(json, sign).statusCode()).isEqualTo(200);
        assertThat(post(json, null).statusCode()).isEqualTo(401);
        assertThat(post("{\"messageId\":", signature.sign("{\"messageId\":".getBytes(StandardCharsets.UTF_8)))
                .statusCode()).isEqualTo(400);
        assertThat(received).containsExactly("ph1");
    }
}
