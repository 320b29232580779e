package io.camelcj.component.cj.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.servlet.CamelHttpTransportServlet;
import org.apache.camel.impl.DefaultCamelContext;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cj:webhook?httpUri=servlet:...}: the webhook behind Camel's own HTTP consumer (camel-servlet in an
 * embedded Jetty 12 here; platform-http on Quarkus or Spring Boot works the same way).
 */
class CjWebhookServletTest {

    private final CjWebhookSignature signature = new CjWebhookSignature("1234567");
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private Server jetty;
    private CamelContext context;
    private String url;
    @TempDir
    Path dataDir;

    @BeforeEach
    void start() throws Exception {
        jetty = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler handler = new ServletContextHandler("/");
        ServletHolder servlet = new ServletHolder(new CamelHttpTransportServlet());
        servlet.setName("CamelServlet");
        handler.addServlet(servlet, "/camel/*");
        jetty.setHandler(handler);
        jetty.start();
        url = "http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort()
                + "/camel/cj/webhooks";

        context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("cj:webhook?openId=1234567&httpUri=RAW(servlet:cj/webhooks?httpMethodRestrict=POST)"
                        + "&idempotentFile=RAW(" + dataDir.resolve("ids.dat") + ")")
                        .process(e -> received.add(e.getMessage().getHeader(CjWebhookConstants.MESSAGE_ID, String.class)));
            }
        });
        context.start();
    }

    @AfterEach
    void stop() throws Exception {
        context.stop();
        jetty.stop();
    }

    private HttpResponse<String> post(String json, String sign) throws Exception {
        return SignedPost.post(http, url, json, sign, Duration.ofSeconds(5));
    }

    @Test
    void verifiesDedupesAndAnswersThroughTheServlet() throws Exception {
        String json = "{\"messageId\":\"s1\",\"type\":\"ORDER\",\"params\":{\"orderNumber\":\"o1\"}}";
        String sign = signature.sign(json.getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> ok = post(json, sign);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"result\":true");
        assertThat(ok.headers().firstValue("sign")).isEmpty();
        assertThat(post(json, sign).statusCode()).isEqualTo(200);
        assertThat(post(json, null).statusCode()).isEqualTo(401);
        String junk = "{\"messageId\":";
        assertThat(post(junk, signature.sign(junk.getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(400);
        String huge = "{\"messageId\":\"h\",\"type\":\"ORDER\",\"pad\":\"" + "x".repeat(1024 * 1024) + "\"}";
        assertThat(post(huge, signature.sign(huge.getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(413);

        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);
        Thread.sleep(200);
        assertThat(received).containsExactly("s1");
    }
}
