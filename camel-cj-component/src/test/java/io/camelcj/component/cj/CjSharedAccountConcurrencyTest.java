package io.camelcj.component.cj;

import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.SimAccount;
import io.camelcj.simulator.SimRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Eight routes calling at once through one account stay within its QPS: CJ never answers 1600200. */
class CjSharedAccountConcurrencyTest {

    private static final Logger LOG = LoggerFactory.getLogger(CjSharedAccountConcurrencyTest.class);
    private static final int ROUTES = 8;
    private static final int CALLS_PER_ROUTE = 4;
    private static final double QPS = 5;

    @Test
    void eightRoutesShareTheAccountsBudget() throws Exception {
        try (CjSimulator sim = CjSimulator.builder().products(40)
                .account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).qps(QPS).build()).start()) {
            // this machine's 2 cores are shared by several builds: arrival times wobble by up to ~150 ms,
            // so the margin is raised above its 100 ms default
            CamelContext context = CjTestSupport.context(sim, new InMemoryTokenStore(), c -> {
                c.setQps(QPS);
                c.setRateLimitMargin(200);
            });
            try {
                List<String> pids = sim.catalogue().productIds();
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        for (int r = 0; r < ROUTES; r++) {
                            // different operations and endpoints, one account
                            from("direct:route" + r).routeId("route" + r)
                                    .toD(r % 2 == 0 ? "cj:product/query?pid=${body}" : "cj:getInventoryByPid?pid=${body}");
                        }
                    }
                });
                ProducerTemplate template = context.createProducerTemplate();
                ExecutorService pool = Executors.newFixedThreadPool(ROUTES);
                long start = System.nanoTime();
                List<Future<?>> results = new ArrayList<>();
                for (int r = 0; r < ROUTES; r++) {
                    int route = r;
                    results.add(pool.submit(() -> {
                        for (int i = 0; i < CALLS_PER_ROUTE; i++) {
                            template.requestBody("direct:route" + route, pids.get((route * CALLS_PER_ROUTE + i) % pids.size()));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : results) {
                    f.get(); // rethrows any failed call
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                pool.shutdown();

                List<SimRequest> log = sim.requestLog().entries();
                long rateLimited = log.stream().filter(e -> Integer.valueOf(1600200).equals(e.code())).count();
                long calls = log.stream().filter(e -> !e.operation().startsWith("authentication/")).count();
                LOG.info("{} calls from {} routes in {} s = {} calls/s at a limit of {}; 1600200 answers: {}",
                        calls, ROUTES, String.format("%.2f", seconds), String.format("%.2f", calls / seconds), QPS,
                        rateLimited);
                assertThat(calls).isEqualTo(ROUTES * CALLS_PER_ROUTE);
                assertThat(rateLimited).isZero();
                // all requests (the token call included) at no more than QPS: n requests need (n-1)/QPS seconds
                assertThat(seconds).isGreaterThanOrEqualTo((log.size() - 1) / QPS - 0.05);
            } finally {
                context.stop();
            }
        }
    }
}
