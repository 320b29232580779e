package io.camelcj.component.cj;

import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.simulator.CjSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** A 5,000-product catalogue streamed page by page, by the producer and by the polling consumer. */
class CjPagingAndConsumerTest {

    private static final int PRODUCTS = 5000;
    private static final InMemoryTokenStore TOKENS = new InMemoryTokenStore();
    private static CjSimulator sim;
    private CamelContext context;

    @BeforeAll
    static void startSimulator() {
        sim = CjTestSupport.fastSimulator().products(PRODUCTS).start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    @BeforeEach
    void start() throws Exception {
        sim.requestLog().clear();
        context = CjTestSupport.context(sim, TOKENS);
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void fetchAllPagesStreamsEveryProductLazily() throws Exception {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        List<Long> pagesFetchedAtItem = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:catalogue")
                        .to("cj:product/listV2?fetchAllPages=true")
                        .split(body()).streaming()
                        .process(e -> {
                            ids.add((String) e.getMessage().getBody(Map.class).get("id"));
                            if (ids.size() % 1000 == 1) {
                                pagesFetchedAtItem.add(sim.requestLog().count("product/listV2"));
                            }
                        });
            }
        });
        Exchange result = context.createProducerTemplate().request("direct:catalogue", e -> { });
        assertThat(result.getException()).isNull();
        assertThat(ids).hasSize(PRODUCTS);
        // 100 per page (the largest listV2 size), fetched only as the splitter reaches them
        CjTestSupport.awaitRequests(sim, "product/listV2", PRODUCTS / 100);
        // (the simulator logs a page just after serving it, so the count may lag by one)
        assertThat(pagesFetchedAtItem).first().isIn(0L, 1L);
        assertThat(pagesFetchedAtItem.get(1)).isLessThanOrEqualTo(11L);
        assertThat(result.getMessage().getHeader(CjConstants.TOTAL)).isEqualTo((long) PRODUCTS);
    }

    @Test
    void iteratorBodyHoldsOnePageAtATime() {
        Object body = context.createProducerTemplate().requestBody("cj:product/listV2?fetchAllPages=true&pageSize=50",
                (Object) null);
        assertThat(body).isInstanceOf(Iterator.class);
        CjTestSupport.awaitRequests(sim, "product/listV2", 1); // only the first page so far
        Iterator<?> items = (Iterator<?>) body;
        for (int i = 0; i < 51; i++) {
            items.next();
        }
        CjTestSupport.awaitRequests(sim, "product/listV2", 2);
    }

    @Test
    void outputClassTypesEveryItem() {
        Object body = context.createProducerTemplate().requestBody(
                "cj:product/listV2?size=3&outputClass=io.camelcj.component.cj.model.CjListedProduct", (Object) null);
        assertThat(body).isInstanceOf(List.class);
        assertThat((List<?>) body).hasSize(3).allSatisfy(p ->
                assertThat(p).isInstanceOf(io.camelcj.component.cj.model.CjListedProduct.class));
    }

    @Test
    void consumerEmitsOneExchangePerPage() throws Exception {
        MockEndpoint pages = context.getEndpoint("mock:pages", MockEndpoint.class);
        pages.expectedMessageCount(PRODUCTS / 100);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("cj:product/listV2?exchangePerPage=true&repeatCount=1&initialDelay=0").to("mock:pages");
            }
        });
        pages.assertIsSatisfied(20_000);
        assertThat(pages.getExchanges().get(0).getMessage().getBody(List.class)).hasSize(100);
        assertThat(pages.getExchanges().get(49).getMessage().getHeader(CjConstants.HAS_MORE)).isEqualTo(false);
        assertThat(pages.getExchanges().get(0).getMessage().getHeader(CjConstants.PAGE)).isEqualTo(1);
    }

    @Test
    void consumerEmitsOneExchangePerItemOfTheFilteredQuery() throws Exception {
        String category = sim.catalogue().categoryIds().get(0);
        long expected = context.createProducerTemplate().request("cj:product/listV2?size=1&categoryId=" + category,
                e -> { }).getMessage().getHeader(CjConstants.TOTAL, Long.class);
        MockEndpoint items = context.getEndpoint("mock:items", MockEndpoint.class);
        items.expectedMessageCount((int) expected);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("cj:product/listV2?categoryId=" + category + "&repeatCount=1&initialDelay=0").to("mock:items");
            }
        });
        items.assertIsSatisfied(20_000);
        assertThat(expected).isGreaterThan(0);
        assertThat(items.getExchanges().get(0).getMessage().getBody(Map.class)).containsKey("id");
        assertThat(items.getExchanges().get(0).getMessage().getHeader(CjConstants.OPERATION)).isEqualTo("product/listV2");
    }

    @Test
    void consumerRunsOnAQuartzSchedule() throws Exception {
        MockEndpoint balance = context.getEndpoint("mock:balance", MockEndpoint.class);
        balance.expectedMinimumMessageCount(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("cj:getBalance?scheduler=quartz&scheduler.cron=0/1+*+*+*+*+?&outputClass="
                        + "io.camelcj.component.cj.model.CjBalance").to("mock:balance");
            }
        });
        balance.assertIsSatisfied(10_000);
        assertThat(balance.getExchanges().get(0).getMessage().getBody())
                .isInstanceOf(io.camelcj.component.cj.model.CjBalance.class);
    }
}
