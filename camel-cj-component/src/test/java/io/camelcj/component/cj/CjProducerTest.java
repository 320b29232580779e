package io.camelcj.component.cj;

import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.simulator.CjSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The main read and order operations through a route-less producer, against the simulator. */
class CjProducerTest {

    private static CjSimulator sim;
    private static final InMemoryTokenStore TOKENS = new InMemoryTokenStore();
    private CamelContext context;
    private ProducerTemplate template;

    @BeforeAll
    static void startSimulator() {
        sim = CjTestSupport.fastSimulator().products(120).seed(7L).start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    @BeforeEach
    void start() throws Exception {
        context = CjTestSupport.context(sim, TOKENS);
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void listV2ReturnsDataAndPageHeaders() {
        Exchange ex = template.request("cj:product/listV2?size=5&page=2", e -> { });
        assertThat(ex.getException()).isNull();
        Map<String, Object> data = map(ex.getMessage().getBody());
        assertThat(data).containsKeys("pageNumber", "totalRecords", "content");
        assertThat(ex.getMessage().getHeader(CjConstants.PAGE)).isEqualTo(2);
        assertThat(ex.getMessage().getHeader(CjConstants.PAGE_SIZE)).isEqualTo(5);
        assertThat(ex.getMessage().getHeader(CjConstants.TOTAL)).isEqualTo(120L);
        assertThat(ex.getMessage().getHeader(CjConstants.TOTAL_PAGES)).isEqualTo(24L);
        assertThat(ex.getMessage().getHeader(CjConstants.HAS_MORE)).isEqualTo(true);
        assertThat(ex.getMessage().getHeader(CjConstants.OPERATION)).isEqualTo("product/listV2");
        assertThat(ex.getMessage().getHeader(CjConstants.CODE)).isEqualTo(200);
        assertThat(ex.getMessage().getHeader(CjConstants.REQUEST_ID, String.class)).isNotBlank();
    }

    @Test
    void productDetailInventoryAndCategories() {
        String pid = sim.catalogue().productIds().get(3);
        Map<String, Object> product = map(template.requestBody("cj:product/query?pid=" + pid, (Object) null));
        assertThat(product.get("pid")).isEqualTo(pid);
        assertThat((List<?>) product.get("variants")).isNotEmpty();
        // money arrives as BigDecimal, never double
        Object price = ((Map<?, ?>) ((List<?>) product.get("variants")).get(0)).get("variantSellPrice");
        assertThat(price).isInstanceOf(BigDecimal.class);

        Map<String, Object> inventory = map(template.requestBody("cj:getInventoryByPid?pid=" + pid, (Object) null));
        assertThat(inventory).containsKey("variantInventories");

        List<?> categories = template.requestBody("cj:product/getCategory", null, List.class);
        assertThat(categories).isNotEmpty();
    }

    @Test
    void createOrderThenReadItBack() {
        String vid = sim.catalogue().variantIds(sim.catalogue().productIds().get(0)).get(0);
        Object created = template.requestBody("cj:shopping/createOrderV3", CjTestSupport.order("T-100", vid));
        assertThat(created).isNotNull();
        assertThat(sim.orders().findByOrderNumber("T-100")).isPresent();

        Map<?, ?> detail = template.requestBodyAndHeader("cj:shopping/order/getOrderDetail", null,
                CjConstants.PARAMS, Map.of("orderId", "T-100"), Map.class);
        assertThat(detail.get("orderNum")).isEqualTo("T-100");

        Exchange list = template.request("cj:shopping/order/list?pageSize=10&status=CREATED", e -> { });
        assertThat(list.getException()).isNull();
        assertThat(list.getMessage().getHeader(CjConstants.TOTAL, Long.class)).isGreaterThanOrEqualTo(1L);
    }

    @Test
    void duplicateOrderIsADuplicateOrderException() {
        String vid = sim.catalogue().variantIds(sim.catalogue().productIds().get(1)).get(0);
        template.requestBody("cj:createOrderV3", CjTestSupport.order("T-DUP", vid));
        assertThatThrownBy(() -> template.requestBody("cj:createOrderV3", CjTestSupport.order("T-DUP", vid)))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOfSatisfying(CjApiException.class, e -> {
                    assertThat(e.getCategory()).isEqualTo(CjErrorCategory.DUPLICATE_ORDER);
                    assertThat(e.getCjCode()).isEqualTo(1603003);
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getOperation()).isEqualTo("shopping/order/createOrderV3");
                });
    }

    @Test
    void unknownProductIsNotFound() {
        assertThatThrownBy(() -> template.requestBody("cj:product/query?pid=does-not-exist", (Object) null))
                .cause().isInstanceOfSatisfying(CjApiException.class, e -> {
                    assertThat(e.getCategory()).isEqualTo(CjErrorCategory.NOT_FOUND);
                    assertThat(e.getRequestId()).isNotBlank();
                });
    }

    @Test
    void validationHappensBeforeSending() {
        long before = sim.requestLog().count("product/stock/getInventoryByPid");
        assertThatThrownBy(() -> template.requestBody("cj:product/stock/getInventoryByPid", (Object) null))
                .cause().isInstanceOfSatisfying(CjValidationException.class, e -> assertThat(e.getField()).isEqualTo("pid"));
        assertThat(sim.requestLog().count("product/stock/getInventoryByPid")).isEqualTo(before);
    }

    @Test
    void unknownOperationFailsWhenTheEndpointIsCreated() {
        assertThatThrownBy(() -> context.getEndpoint("cj:product/lstV2"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasStackTraceContaining("Closest valid operations: product/listV2");
    }

    @Test
    void anOperationTheCatalogueDoesNotKnowIsCalledByMethodAndPathWithTheSameTokensAndErrors() {
        String pid = sim.catalogue().productIds().get(3);
        // a GET: parameters in the query string, the access token, the envelope's data as body
        Exchange read = template.request("cj:GET:product/query?pid=" + pid, e -> { });
        assertThat(read.getException()).isNull();
        assertThat(map(read.getMessage().getBody())).containsEntry("pid", pid);
        assertThat(read.getMessage().getHeader(CjConstants.REQUEST_ID)).isNotNull();
        assertThat(read.getMessage().getHeader(CjConstants.OPERATION)).isEqualTo("product/query");
        // a POST: the body's fields as JSON
        Exchange write = template.request("cj:POST:product/addToMyProduct",
                e -> e.getMessage().setBody(Map.of("productId", pid)));
        assertThat(write.getException()).isNull();
        // CJ's errors are read as for every other call
        assertThatThrownBy(() -> template.requestBody("cj:GET:product/query?pid=does-not-exist", (Object) null))
                .cause().isInstanceOfSatisfying(CjApiException.class, e -> {
                    assertThat(e.getCategory()).isEqualTo(CjErrorCategory.NOT_FOUND);
                    assertThat(e.getOperation()).isEqualTo("product/query");
                });
    }

    @Test
    void theCustomFormRefusesAuthenticationAndMalformedPaths() {
        assertThatThrownBy(() -> context.getEndpoint("cj:POST:authentication/logout"))
                .hasStackTraceContaining("token manager");
        assertThatThrownBy(() -> context.getEndpoint("cj:GET:product/../setting"))
                .hasStackTraceContaining("the path must be segments");
        CjEndpoint custom = context.getEndpoint("cj:patch:/api2.0/v1/product/newThing", CjEndpoint.class);
        assertThat(custom.getResolvedOperation().path()).isEqualTo("product/newThing");
        assertThat(custom.getResolvedOperation().method()).isEqualTo(io.camelcj.component.cj.api.CjHttpMethod.PATCH);
        assertThat(custom.getResolvedOperation().safety()).isEqualTo(io.camelcj.component.cj.api.RetrySafety.UNSAFE);
    }

    @Test
    void trackingWithRepeatedTrackNumbers() {
        List<?> tracks = template.requestBodyAndHeader("cj:logistic/trackInfo", null, CjConstants.PARAMS,
                Map.of("trackNumber", List.of("CJPKL1", "CJPKL2")), List.class);
        assertThat(tracks).isNotNull();
        CjTestSupport.awaitRequests(sim, "logistic/trackInfo", 1);
        assertThat(sim.requestLog().entries().stream().filter(r -> r.operation().equals("logistic/trackInfo"))
                .findFirst().orElseThrow().params().toString()).contains("CJPKL1").contains("CJPKL2");
    }

    @Test
    void rawEnvelopeOnRequest() {
        Map<String, Object> env = map(template.requestBody("cj:shopping/pay/getBalance?rawEnvelope=true", (Object) null));
        assertThat(env).containsKeys("code", "data", "requestId");
    }

    @Test
    void authenticationOperationsGoThroughTheTokenManagerAndReturnNoSecrets() {
        Object state = template.requestBody("cj:authentication/getAccessToken", (Object) null);
        assertThat(state).isInstanceOf(io.camelcj.component.cj.auth.TokenState.class);
        assertThat(((io.camelcj.component.cj.auth.TokenState) state).accessTokenExpiry()).isAfter(sim.clock().now());
        assertThat(state.toString()).doesNotContain("API@CJ");
    }

    @Test
    void misconfigurationFailsWhenTheRouteStarts() throws Exception {
        CamelContext noKey = CjTestSupport.context(sim, TOKENS, c -> c.setApiKey(null));
        try {
            assertThatThrownBy(() -> noKey.addRoutes(new org.apache.camel.builder.RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:a").to("cj:getBalance");
                }
            })).hasStackTraceContaining("apiKey must be set");
        } finally {
            noKey.stop();
        }
        assertThatThrownBy(() -> template.requestBody("cj:getBalance?baseUrl=http://cj.example.com/api2.0/v1",
                (Object) null)).hasStackTraceContaining("Refusing plain http://");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object body) {
        assertThat(body).isInstanceOf(Map.class);
        return (Map<String, Object>) body;
    }
}
