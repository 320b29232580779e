package io.camelcj.kamelets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.component.cj.CjComponent;
import io.camelcj.component.cj.webhook.CjWebhookSignature;
import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Each Kamelet of classpath:kamelets runs in a route against the CJ simulator. */
class CjKameletsTest extends CamelTestSupport {

    private static final long OPEN_ID = 7777777L;
    private static final CjSimulator SIM = CjSimulator.builder()
            .account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).openId(OPEN_ID).qps(50).build())
            .products(8).seed(3L).strictWebhookUrls(false).start(); // a plain-http callback on loopback
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WEBHOOK_PORT = freePort();
    /** Shared by the tests' contexts, as by a restarted application: getAccessToken is allowed once per 5 minutes. */
    private static final InMemoryTokenStore TOKENS = new InMemoryTokenStore();

    @AfterAll
    static void stopSimulator() {
        SIM.close();
    }

    private static String account() {
        return "apiKey=RAW(" + SIM.defaultApiKey() + ")&baseUrl=" + SIM.baseUrl() + "&qps=50";
    }

    /** The cj component of the context, configured as an application does. */
    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CjComponent cj = new CjComponent();
        cj.getConfiguration().setApiKey(SIM.defaultApiKey());
        cj.getConfiguration().setBaseUrl(SIM.baseUrl());
        cj.getConfiguration().setQps(50);
        cj.getConfiguration().setTokenStore(TOKENS);
        context.addComponent("cj", cj);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:cj-product-source?" + account() + "&period=300&pageSize=50").routeId("products")
                        .to("mock:products");
                // room for fewer products than the catalogue has: each walk forgets them before it sees them again
                // (another period: a second consumer of the very same cj: endpoint is refused)
                from("kamelet:cj-product-source?" + account() + "&period=310&pageSize=50&maxProducts=3")
                        .routeId("products-few").to("mock:products-few");
                from("direct:orders").routeId("orders").to("kamelet:cj-order-sink?" + account()).to("mock:placed");
                from("kamelet:cj-order-status-source?" + account() + "&period=300").routeId("statuses")
                        .to("mock:statuses");
                // a message id file of this run's own: the test's ids repeat from run to run
                from("kamelet:cj-webhook-source?openId=" + OPEN_ID + "&host=127.0.0.1&port=" + WEBHOOK_PORT
                        + "&idempotentFile=" + webhookIdFile()).routeId("webhooks").to("mock:webhooks");
            }
        };
    }

    @Test
    void productSourceEmitsEachProductOnceThenOnlyChanges() throws Exception {
        MockEndpoint products = getMockEndpoint("mock:products");
        int count = SIM.catalogue().productCount();
        await().atMost(Duration.ofSeconds(20)).until(() -> products.getReceivedCounter() >= count);
        Thread.sleep(1000); // several more polls of an unchanged catalogue
        assertThat(products.getReceivedCounter()).as("unchanged products are not emitted again").isEqualTo(count);
        Map<?, ?> first = JSON.readValue(products.getReceivedExchanges().get(0).getMessage().getBody(String.class),
                Map.class);
        assertThat(first.get("pid")).isNotNull();

        String pid = SIM.catalogue().productIds().get(1);
        SIM.admin().setSellPrice(pid, new BigDecimal("123.45"));
        await().atMost(Duration.ofSeconds(20)).until(() -> products.getReceivedCounter() == count + 1);
        Exchange changed = products.getReceivedExchanges().get(count);
        assertThat(changed.getMessage().getHeader("cj-product-id")).isEqualTo(pid);
        assertThat(changed.getMessage().getBody(String.class)).contains("123.45");
    }

    @Test
    void productSourceRemembersAtMostMaxProducts() {
        MockEndpoint few = getMockEndpoint("mock:products-few");
        int count = SIM.catalogue().productCount();
        // 8 products, 3 remembered: the least recently seen is always the one forgotten, so every walk emits all
        await().atMost(Duration.ofSeconds(20)).until(() -> few.getReceivedCounter() >= 3L * count);
    }

    @Test
    void orderSinkPlacesAnOrderNumberOnceAndStatusAndWebhookSourcesSeeIt() throws Exception {
        String vid = SIM.catalogue().variantIds(SIM.catalogue().productIds().get(0)).get(0);
        String order = order("kamelet-1", vid);
        template.sendBody("direct:orders", order);
        template.sendBody("direct:orders", order);
        assertThat(SIM.orders().count()).as("the second send of the same orderNumber is not placed").isEqualTo(1);
        String orderId = (String) SIM.orders().findByOrderNumber("kamelet-1").orElseThrow().get("orderId");
        assertThat(getMockEndpoint("mock:placed").getReceivedExchanges().get(0).getMessage().getBody(String.class))
                .contains(orderId);

        assertThatThrownBy(() -> template.sendBody("direct:orders", "{\"products\":[]}"))
                .isInstanceOf(CamelExecutionException.class).hasStackTraceContaining("orderNumber");
        assertThat(SIM.orders().count()).isEqualTo(1);

        MockEndpoint statuses = getMockEndpoint("mock:statuses");
        await().atMost(Duration.ofSeconds(20)).until(() -> statuses.getExchanges().stream()
                .anyMatch(e -> orderId.equals(e.getMessage().getHeader("cj-order-id"))));
        int before = statuses.getReceivedCounter();
        template.requestBody("cj:shopping/order/confirmOrder?orderId=" + orderId, (Object) null); // CREATED -> UNPAID
        await().atMost(Duration.ofSeconds(20)).until(() -> statuses.getReceivedCounter() > before);
        List<Exchange> received = statuses.getReceivedExchanges();
        assertThat(received.get(received.size() - 1).getMessage().getHeader("cj-order-id")).isEqualTo(orderId);

        // a message signed as CJ signs it reaches the route through the webhook source
        String message = "{\"messageId\":\"m-" + orderId + "\",\"type\":\"ORDER\",\"messageType\":\"UPDATE\","
                + "\"params\":{\"cjOrderId\":\"" + orderId + "\",\"orderStatus\":\"UNPAID\"}}";
        byte[] body = message.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + WEBHOOK_PORT
                                + "/cj/webhooks"))
                        .header(CjWebhookSignature.HEADER, new CjWebhookSignature(Long.toString(OPEN_ID)).sign(body))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        MockEndpoint webhooks = getMockEndpoint("mock:webhooks");
        await().atMost(Duration.ofSeconds(20)).until(() -> webhooks.getExchanges().stream()
                .anyMatch(e -> e.getMessage().getBody(String.class).contains(orderId)));
    }

    private static String order(String orderNumber, String vid) {
        return "{\"orderNumber\":\"" + orderNumber + "\",\"shippingCountryCode\":\"US\",\"shippingCountry\":\"United"
                + " States\",\"shippingProvince\":\"California\",\"shippingCity\":\"Los Angeles\",\"shippingZip\":"
                + "\"90001\",\"shippingCustomerName\":\"Ann Smith\",\"shippingAddress\":\"1 Main Street\","
                + "\"shippingPhone\":\"3105550100\",\"logisticName\":\"CJPacket Ordinary\",\"fromCountryCode\":\"CN\","
                + "\"products\":[{\"vid\":\"" + vid + "\",\"quantity\":1}]}";
    }

    private static String webhookIdFile() {
        try {
            return java.nio.file.Files.createTempDirectory("cj-kamelets").resolve("webhook-ids.dat").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
