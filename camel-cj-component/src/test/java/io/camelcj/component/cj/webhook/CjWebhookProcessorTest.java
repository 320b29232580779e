package io.camelcj.component.cj.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code httpUri} path: the consumer puts its processor behind another Camel consumer endpoint. A
 * {@code direct:} endpoint stands in for the HTTP server here: the processor only sees Camel messages.
 */
class CjWebhookProcessorTest {

    private final CjWebhookSignature signature = new CjWebhookSignature("1234567");
    private final List<Exchange> received = new CopyOnWriteArrayList<>();
    private CamelContext context;
    private ProducerTemplate template;
    @TempDir
    Path dataDir;

    @BeforeEach
    void start() throws Exception {
        CjWebhookConfiguration configuration = new CjWebhookConfiguration();
        configuration.setOpenId("1234567");
        configuration.setHttpUri("direct:fake-http");
        configuration.setIdempotentFile(dataDir.resolve("ids.dat").toString());
        context = new DefaultCamelContext();
        WebhookTestEndpoint endpoint = new WebhookTestEndpoint("cj-test:webhook", configuration);
        endpoint.setCamelContext(context);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(endpoint).process(exchange -> received.add(exchange.copy()));
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private Exchange post(Object body, String sign, String method) {
        return template.request("direct:fake-http", exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeader("sign", sign);
            exchange.getMessage().setHeader("Content-Length", "999");
            exchange.getMessage().setHeader(Exchange.HTTP_METHOD, method);
        });
    }

    @Test
    void answersOnTheHttpExchangeAndDeliversToTheRoute() {
        byte[] json = "{\"messageId\":\"p1\",\"type\":\"PRODUCT\",\"params\":{\"pid\":\"x\"}}"
                .getBytes(StandardCharsets.UTF_8);
        Exchange reply = post(json, signature.sign(json), "POST");

        assertThat(reply.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(reply.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/json");
        // request headers are not echoed into the reply
        assertThat(reply.getMessage().getHeader("sign")).isNull();
        assertThat(reply.getMessage().getHeader("Content-Length")).isNull();
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);
        assertThat(received.get(0).getMessage().getHeader(CjWebhookConstants.ENTITY_ID)).isEqualTo("x");
    }

    @Test
    void streamBodiesAndStatusCodes() {
        byte[] json = "{\"messageId\":\"p2\",\"type\":\"STOCK\",\"params\":{}}".getBytes(StandardCharsets.UTF_8);
        Exchange forged = post(new ByteArrayInputStream(json), "AAAA", "POST");
        assertThat(forged.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(401);
        Exchange get = post(json, signature.sign(json), "GET");
        assertThat(get.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(405);
        Exchange ok = post(new ByteArrayInputStream(json), signature.sign(json), "POST");
        assertThat(ok.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);
    }
}
