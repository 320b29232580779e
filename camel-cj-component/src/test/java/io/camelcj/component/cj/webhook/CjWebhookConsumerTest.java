package io.camelcj.component.cj.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consumer with its built-in JDK transport, over real HTTP. */
class CjWebhookConsumerTest {

    private static final String OPEN_ID = "1234567";
    private final CjWebhookSignature signature = new CjWebhookSignature(OPEN_ID);
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Exchange> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean blockRoute;
    private CamelContext context;
    private WebhookTestEndpoint endpoint;

    @TempDir
    Path dataDir;

    private void start(CjWebhookConfiguration configuration) throws Exception {
        configuration.setIdempotentFile(dataDir.resolve("ids.dat").toString());
        startWithFilesAsConfigured(configuration);
    }

    private void startWithFilesAsConfigured(CjWebhookConfiguration configuration) throws Exception {
        configuration.setOpenId(OPEN_ID);
        configuration.setHost("127.0.0.1");
        configuration.setPort(0);
        context = new DefaultCamelContext();
        endpoint = new WebhookTestEndpoint("cj-test:webhook", configuration);
        endpoint.setCamelContext(context);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(endpoint).routeId("webhook").process(exchange -> {
                    if (blockRoute) {
                        release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    }
                    if (failuresLeft.getAndDecrement() > 0) {
                        throw new IllegalStateException("downstream down");
                    }
                    received.add(exchange.copy());
                });
            }
        });
        context.start();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    private HttpResponse<String> post(String json, String sign) throws Exception {
        return SignedPost.post(http, "http://127.0.0.1:" + endpoint.consumer.getLocalPort() + "/cj/webhooks", json,
                sign, Duration.ofSeconds(5));
    }

    private HttpResponse<String> postSigned(String json) throws Exception {
        return post(json, signature.sign(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void deliversGenuineMessagesOnceWithHeaders() throws Exception {
        start(new CjWebhookConfiguration());
        String json = "{\"messageId\":\"m1\",\"type\":\"VARIANT\",\"messageType\":\"UPDATE\",\"params\":{\"vid\":\"v1\"}}";

        assertThat(postSigned(json).statusCode()).isEqualTo(200);
        assertThat(postSigned(json).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);
        Exchange exchange = received.get(0);
        assertThat(exchange.getMessage().getHeader(CjWebhookConstants.MESSAGE_ID)).isEqualTo("m1");
        assertThat(exchange.getMessage().getHeader(CjWebhookConstants.TYPE)).isEqualTo("VARIANT");
        assertThat(exchange.getMessage().getHeader(CjWebhookConstants.MESSAGE_TYPE)).isEqualTo("UPDATE");
        assertThat(exchange.getMessage().getHeader(CjWebhookConstants.ENTITY_ID)).isEqualTo("v1");
        assertThat(exchange.getMessage().getBody()).isInstanceOf(Map.class);
        Thread.sleep(200);
        assertThat(received).hasSize(1);
    }

    @Test
    void rejectsForgedMalformedOversizeAndWrongMethod() throws Exception {
        CjWebhookConfiguration configuration = new CjWebhookConfiguration();
        configuration.setMaxBodySize(2048);
        start(configuration);
        String json = "{\"messageId\":\"m2\",\"type\":\"ORDER\",\"params\":{}}";

        assertThat(post(json, new CjWebhookSignature("42").sign(json.getBytes(StandardCharsets.UTF_8))).statusCode())
                .isEqualTo(401);
        assertThat(post(json, null).statusCode()).isEqualTo(401);
        HttpResponse<String> malformed = postSigned("{\"messageId\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"result\":false");
        assertThat(postSigned("{\"messageId\":\"big\",\"type\":\"ORDER\",\"pad\":\"" + "x".repeat(4000) + "\"}")
                .statusCode()).isEqualTo(413);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + endpoint.consumer.getLocalPort() + "/cj/webhooks")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);

        // the server survived all of it
        assertThat(postSigned(json).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);
    }

    @Test
    void typedAndJsonOutput() throws Exception {
        CjWebhookConfiguration configuration = new CjWebhookConfiguration();
        configuration.setOutputType(CjWebhookOutput.TYPED);
        start(configuration);
        String json = "{\"messageId\":\"t1\",\"type\":\"LOGISTIC\",\"openId\":1234567,\"extra\":true,"
                + "\"params\":{\"orderId\":210823100016290555,\"trackingNumber\":\"T1\"}}";
        assertThat(postSigned(json).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);
        CjWebhookMessage message = received.get(0).getMessage().getBody(CjWebhookMessage.class);
        assertThat(message.getMessageId()).isEqualTo("t1");
        assertThat(message.getOpenId()).isEqualTo("1234567");
        assertThat(message.knownType()).contains(CjWebhookType.LOGISTIC);
        assertThat(message.entityId()).isEqualTo("210823100016290555");
        assertThat(message.getOther()).containsEntry("extra", true);
    }

    @Test
    void jsonOutputIsTheVerifiedBodyAsSent() throws Exception {
        CjWebhookConfiguration configuration = new CjWebhookConfiguration();
        configuration.setOutputType(CjWebhookOutput.JSON);
        start(configuration);
        String json = "{ \"messageId\" : \"j1\", \"type\":\"PRODUCT\", \"params\":{\"pid\":\"p1\"} }";
        assertThat(postSigned(json).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);
        assertThat(received.get(0).getMessage().getBody()).isEqualTo(json);
    }

    @Test
    void aRouteFailureIsAnswered500AndTheRedeliveryIsProcessed() throws Exception {
        // issue 16 item 2: the answer waits for the route, so a failure after receipt is a 5xx, not a lost 200
        failuresLeft.set(1);
        start(new CjWebhookConfiguration());
        String json = "{\"messageId\":\"f1\",\"type\":\"ORDER\",\"params\":{\"orderNumber\":\"o1\"}}";
        assertThat(postSigned(json).statusCode()).isEqualTo(500);
        assertThat(received).isEmpty();
        // CJ delivers it again: processed this time, and only once
        assertThat(postSigned(json).statusCode()).isEqualTo(200);
        assertThat(received).hasSize(1);
        assertThat(postSigned(json).statusCode()).isEqualTo(200);
        assertThat(received).hasSize(1);
        assertThat(endpoint.consumer.getReceiver().answerCounts()).containsEntry("FAILED", 1L)
                .containsEntry("ACCEPTED", 1L).containsEntry("DUPLICATE", 1L);
    }

    @Test
    void onReceiptFailedProcessingForgetsTheIdSoARedeliveryIsProcessed() throws Exception {
        failuresLeft.set(1);
        CjWebhookConfiguration configuration = new CjWebhookConfiguration();
        configuration.setAnswerMode(CjWebhookAnswerMode.ON_RECEIPT);
        start(configuration);
        String json = "{\"messageId\":\"f1\",\"type\":\"ORDER\",\"params\":{\"orderNumber\":\"o1\"}}";
        assertThat(postSigned(json).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> failuresLeft.get() <= 0);
        // CJ (or the sender) delivers it again: processed this time
        await().atMost(Duration.ofSeconds(5)).until(() -> postSigned(json).statusCode() == 200 && received.size() == 1);
        assertThat(received).hasSize(1);
    }

    @Test
    void withoutAnIdempotentFileTheIdsAreKeptInTheUsersCamelCjDirectory() throws Exception {
        String home = System.getProperty("user.home");
        String camelCjHome = System.getProperty(io.camelcj.component.cj.CjUserFiles.HOME_PROPERTY);
        Path userHome = dataDir.resolve("home");
        System.setProperty("user.home", userHome.toString());
        // the build points camel.cj.home into target; without it the default is under the user's home
        System.clearProperty(io.camelcj.component.cj.CjUserFiles.HOME_PROPERTY);
        try {
            startWithFilesAsConfigured(new CjWebhookConfiguration());
            assertThat(postSigned("{\"messageId\":\"home-1\",\"type\":\"PRODUCT\",\"params\":{\"pid\":\"x\"}}")
                    .statusCode()).isEqualTo(200);
            context.stop();
            Path ids = userHome.resolve(".camel-cj/webhook-message-ids.dat");
            assertThat(ids).exists();
            assertThat(java.nio.file.Files.readString(ids)).contains("home-1");
            assertThat(Path.of("cj-webhook-message-ids.dat")).as("nothing in the working directory").doesNotExist();
        } finally {
            System.setProperty("user.home", home);
            if (camelCjHome != null) {
                System.setProperty(io.camelcj.component.cj.CjUserFiles.HOME_PROPERTY, camelCjHome);
            }
        }
    }

    @Test
    void camelCjHomeNamesTheDirectoryOfTheDefaultFiles() throws Exception {
        String camelCjHome = System.getProperty(io.camelcj.component.cj.CjUserFiles.HOME_PROPERTY);
        Path dir = dataDir.resolve("cj-home");
        System.setProperty(io.camelcj.component.cj.CjUserFiles.HOME_PROPERTY, dir.toString());
        try {
            startWithFilesAsConfigured(new CjWebhookConfiguration());
            assertThat(postSigned("{\"messageId\":\"home-2\",\"type\":\"PRODUCT\",\"params\":{\"pid\":\"x\"}}")
                    .statusCode()).isEqualTo(200);
            context.stop();
            assertThat(java.nio.file.Files.readString(dir.resolve("webhook-message-ids.dat"))).contains("home-2");
            assertThat(io.camelcj.component.cj.CjUserFiles.tokenDirectory()).isEqualTo(dir.resolve("tokens"));
        } finally {
            if (camelCjHome != null) {
                System.setProperty(io.camelcj.component.cj.CjUserFiles.HOME_PROPERTY, camelCjHome);
            } else {
                System.clearProperty(io.camelcj.component.cj.CjUserFiles.HOME_PROPERTY);
            }
        }
    }

    @Test
    void aBlankIdempotentFileIsAClearError() {
        CjWebhookConfiguration configuration = new CjWebhookConfiguration();
        configuration.setOpenId(OPEN_ID);
        configuration.setIdempotentFile(" ");
        org.assertj.core.api.Assertions.assertThatThrownBy(configuration::validate).hasMessageContaining("idempotentFile")
                .hasMessageContaining(io.camelcj.component.cj.CjUserFiles.webhookMessageIds().toString());
    }

    @Test
    void theIdsSurviveARestartWithTheDefaultFileRepository() throws Exception {
        start(new CjWebhookConfiguration());
        String json = "{\"messageId\":\"p1\",\"type\":\"PRODUCT\",\"params\":{\"pid\":\"x\"}}";
        assertThat(postSigned(json).statusCode()).isEqualTo(200);
        context.stop();
        start(new CjWebhookConfiguration());
        assertThat(postSigned(json).statusCode()).isEqualTo(200);
        assertThat(received).hasSize(1);
        assertThat(endpoint.consumer.getReceiver().answerCounts()).containsEntry("DUPLICATE", 1L);
    }

    @Test
    void fullQueueAnswers503AndTheRetryIsAcceptedLater() throws Exception {
        blockRoute = true;
        CjWebhookConfiguration configuration = new CjWebhookConfiguration();
        // the queue in front of the route threads, seen with immediate answers and one route thread
        configuration.setAnswerMode(CjWebhookAnswerMode.ON_RECEIPT);
        configuration.setConcurrentConsumers(1);
        configuration.setQueueSize(1);
        start(configuration);
        String first = "{\"messageId\":\"b1\",\"type\":\"ORDER\",\"params\":{}}";
        String second = "{\"messageId\":\"b2\",\"type\":\"ORDER\",\"params\":{}}";
        String third = "{\"messageId\":\"b3\",\"type\":\"ORDER\",\"params\":{}}";
        assertThat(postSigned(first).statusCode()).isEqualTo(200);   // taken by the (blocked) worker
        await().atMost(Duration.ofSeconds(5)).until(() -> postSigned(second).statusCode() == 200); // queued
        HttpResponse<String> busy = postSigned(third);
        assertThat(busy.statusCode()).isEqualTo(503);
        long started = System.nanoTime();
        assertThat(postSigned(third).statusCode()).isEqualTo(503);
        // even with the route stuck, the answer is immediate
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 2);
        assertThat(postSigned(third).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 3);
    }

    @Test
    void missingOpenIdIsAClearError() {
        CjWebhookConfiguration configuration = new CjWebhookConfiguration();
        org.assertj.core.api.Assertions.assertThatThrownBy(configuration::validate)
                .hasMessageContaining("openId");
        configuration.setOpenId("1");
        configuration.setAutoRegister(true);
        org.assertj.core.api.Assertions.assertThatThrownBy(configuration::validate)
                .hasMessageContaining("callbackUrl");
        configuration.setCallbackUrl("https://example.org/cj");
        configuration.setRegisterTopics("product,orders");
        org.assertj.core.api.Assertions.assertThatThrownBy(configuration::validate)
                .hasMessageContaining("orders");
    }
}
