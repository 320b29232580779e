package io.camelcj.routes.catalogue;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjComponent;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.Fault;
import io.camelcj.simulator.SimAccount;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.camelcj.routes.catalogue.RecordingSink.keys;
import static org.assertj.core.api.Assertions.assertThat;

/** Run-level behaviour against the simulator, with a recording sink instead of Kafka. */
class CatalogueSyncBehaviourTest {

    private static final SyncTopics TOPICS = SyncTopics.defaults();

    private CjSimulator sim;
    private DefaultCamelContext context;
    private final RecordingSink sink = new RecordingSink();
    private final InMemoryCatalogueStateStore store = new InMemoryCatalogueStateStore();
    private final InMemoryTokenStore tokens = new InMemoryTokenStore(); // shared by the "processes" of a test

    @BeforeEach
    void start() {
        sim = CjSimulator.builder().port(0).products(120).seed(7L)
                .account(SimAccount.builder(CjSimulator.DEFAULT_API_KEY).qps(1000).build()).start();
        startContext();
    }

    /** A fresh context: a new "process" with its own view of the CJ account (limits, tokens). */
    private void startContext() {
        context = new DefaultCamelContext();
        CjComponent cj = context.getComponent("cj", CjComponent.class);
        cj.getConfiguration().setApiKey(sim.defaultApiKey());
        cj.getConfiguration().setBaseUrl(sim.baseUrl());
        cj.getConfiguration().setQps(1000);
        cj.getConfiguration().setRetryBackoff(20);
        cj.getConfiguration().setTokenStore(tokens);
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        sim.close();
    }

    private CatalogueSync sync(Map<String, String> properties) {
        return sync(properties, UnaryOperator.identity());
    }

    private CatalogueSync sync(Map<String, String> properties, UnaryOperator<CatalogueSource> around) {
        Map<String, String> p = new HashMap<>(properties);
        p.putIfAbsent("camel.cj.sync.detailConcurrency", "1");
        CatalogueSyncConfig config = CatalogueSyncConfig.fromMap(p);
        CatalogueSource source = new CjCatalogueSource(config.cj().caller(context.createProducerTemplate()));
        return new CatalogueSync(config, around.apply(source), sink, store, null, Clock.systemUTC());
    }

    @Test
    void aStockChangeCostsOneInventoryCallAndRepublishesOnlyThatProductsStock() {
        CatalogueSync sync = sync(Map.of());
        sync.run(SyncMode.FULL);
        sink.drain();
        String pid = sim.catalogue().productIds().get(5);
        String vid = sim.catalogue().variantIds(pid).get(0);
        sim.admin().setStock(vid, 4321);
        sim.requestLog().clear();

        RunSummary summary = sync.run(SyncMode.FULL);

        List<OutboundRecord> out = sink.drain();
        assertThat(summary.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(sim.requestLog().count("product/stock/getInventoryByPid")).isEqualTo(1);
        assertThat(sim.requestLog().count("product/query")).isZero();
        assertThat(out).allSatisfy(r -> assertThat(r.topic()).isEqualTo(TOPICS.inventory()));
        assertThat(keys(out, TOPICS.inventory(), false)).containsExactlyInAnyOrderElementsOf(
                sim.catalogue().variantIds(pid));
        assertThat(out.stream().filter(r -> r.key().equals(vid)).findFirst().orElseThrow().value())
                .contains("\"totalInventory\":4321");
    }

    @Test
    void aProductWhoseDetailsFailPublishesNothingAndIsRetriedNextRun() {
        CatalogueSync sync = sync(Map.of());
        // the first detail call is refused as a bad request (not retried, not an account problem)
        sim.faults().failNext("product/query", 1, Fault.cjCode(1600100, "Param error"));

        RunSummary first = sync.run(SyncMode.FULL);

        assertThat(first.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(first.counters().errorCount()).isEqualTo(1);
        List<OutboundRecord> out = sink.drain();
        String failed = sim.catalogue().productIds().stream()
                .filter(pid -> !keys(out, TOPICS.products(), false).contains(pid)).findFirst().orElseThrow();
        assertThat(keys(out, TOPICS.products(), false)).hasSize(119);
        assertThat(out).noneMatch(r -> r.value() != null && r.value().contains("\"pid\":\"" + failed + "\""));

        RunSummary second = sync.run(SyncMode.FULL);

        List<OutboundRecord> retried = sink.drain();
        assertThat(second.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(keys(retried, TOPICS.products(), false)).containsExactly(failed);
        assertThat(keys(retried, TOPICS.variants(), false))
                .containsExactlyInAnyOrderElementsOf(sim.catalogue().variantIds(failed));
    }

    @Test
    void anAccountLimitAbortsTheRunBeforeThePageIsPublishedAndTheNextRunResumes() {
        CatalogueSync sync = sync(Map.of());
        sim.faults().failNext("product/query", 1, Fault.dailyLimit());

        RunSummary failed = sync.run(SyncMode.FULL);

        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.failure()).containsIgnoringCase("daily");
        assertThat(sim.requestLog().count("product/query")).isEqualTo(1); // the rest of the page was not tried
        assertThat(keys(sink.drain(), TOPICS.products(), false)).isEmpty(); // categories only
        assertThat(store.checkpoint()).isPresent();
        // the component now refuses calls until the daily reset; a new day is simulated by a new process
        context.stop();
        startContext();

        RunSummary resumed = sync(Map.of()).run(SyncMode.FULL);

        assertThat(resumed.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(resumed.counters().runId()).isEqualTo(failed.counters().runId());
        assertThat(keys(sink.drain(), TOPICS.products(), false))
                .containsExactlyInAnyOrderElementsOf(sim.catalogue().productIds());
        assertThat(store.checkpoint()).isEmpty();
    }

    @Test
    void productsFetchedBeforeTheRunEndsArePublishedAndNotFetchedAgainWhenItResumes() {
        // issue 16: the 31st detail call of the first page (100 products) meets an account block, 30 products in
        CatalogueSync failing = sync(Map.of(), source -> new AccountBlockedAt(source, 31));

        RunSummary failed = failing.run(SyncMode.FULL);

        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(sim.requestLog().count("product/query")).isEqualTo(30);
        List<String> first = keys(sink.drain(), TOPICS.products(), false);
        assertThat(first).hasSize(30); // published before the run ended, not thrown away
        assertThat(store.checkpoint()).isPresent();
        assertThat(first).allSatisfy(pid -> assertThat(store.product(pid)).isPresent());
        sim.requestLog().clear();

        RunSummary resumed = sync(Map.of()).run(SyncMode.FULL);

        assertThat(resumed.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(resumed.counters().runId()).isEqualTo(failed.counters().runId());
        assertThat(sim.requestLog().count("product/query")).isEqualTo(90); // the 30 are not fetched again
        List<String> rest = keys(sink.drain(), TOPICS.products(), false);
        assertThat(rest).hasSize(90).doesNotContainAnyElementsOf(first);
        assertThat(store.productCount()).isEqualTo(120);
    }

    /** Delegates to the real source; its {@code n}-th product/query fails as an account-wide daily limit. */
    private static final class AccountBlockedAt implements CatalogueSource {
        private final CatalogueSource delegate;
        private final int n;
        private final AtomicInteger calls = new AtomicInteger();

        AccountBlockedAt(CatalogueSource delegate, int n) {
            this.delegate = delegate;
            this.n = n;
        }

        @Override
        public List<Map<String, Object>> categoryTree() {
            return delegate.categoryTree();
        }

        @Override
        public ListingPage listing(Map<String, String> params, int page, int size) {
            return delegate.listing(params, page, size);
        }

        @Override
        public Optional<Map<String, Object>> product(String pid) {
            if (calls.incrementAndGet() == n) {
                throw new CjApiException("product/query", CjErrorCategory.DAILY_LIMIT, "daily limit (test)");
            }
            return delegate.product(pid);
        }

        @Override
        public List<Map<String, Object>> variants(String pid) {
            return delegate.variants(pid);
        }

        @Override
        public Map<String, Object> inventory(String pid) {
            return delegate.inventory(pid);
        }
    }

    @Test
    void aProductThatLeftTheScopeIsKeptOnceThenTombstoned() {
        String pid = sim.catalogue().productIds().get(3);
        BigDecimal max = new BigDecimal("1000");
        CatalogueSync sync = sync(Map.of("camel.cj.sync.scope.maxPrice", max.toPlainString()));
        sync.run(SyncMode.FULL);
        sink.drain();
        sim.admin().setSellPrice(pid, max.add(BigDecimal.TEN)); // still sold, but no longer in the scope

        RunSummary first = sync.run(SyncMode.FULL);

        assertThat(first.counters().productsMissedKept.get()).isEqualTo(1);
        assertThat(sink.drain()).isEmpty();

        RunSummary second = sync.run(SyncMode.FULL);

        List<OutboundRecord> out = sink.drain();
        assertThat(second.counters().productsTombstoned()).isEqualTo(1);
        assertThat(keys(out, TOPICS.products(), true)).containsExactly(pid);
        assertThat(keys(out, TOPICS.variants(), true))
                .containsExactlyInAnyOrderElementsOf(sim.catalogue().variantIds(pid));
        assertThat(keys(out, TOPICS.products(), false)).isEmpty();
    }

    @Test
    void aTriggerDuringARunIsSkipped() throws Exception {
        CatalogueSync sync = sync(Map.of());
        sim.faults().failNext("product/listV2", 1, Fault.latency(java.time.Duration.ofSeconds(2)));
        Thread running = new Thread(() -> sync.run(SyncMode.FULL));
        running.start();
        org.awaitility.Awaitility.await().until(() -> sync.stats().isRunning());

        RunSummary skipped = sync.run(SyncMode.FULL);

        assertThat(skipped.status()).isEqualTo(RunStatus.SKIPPED);
        assertThat(sync.stats().getRunsSkipped()).isEqualTo(1);
        running.join(30_000);
        assertThat(sync.stats().getRunsSucceeded()).isEqualTo(1);
    }

    /** Fast pauses: the simulator's faults are scripted, not real per-second limits. */
    private static final Map<String, String> FAST_RETRIES = Map.of("camel.cj.sync.rate-limit-pause", "20ms",
            "camel.cj.sync.retry-pause", "10ms", "camel.cj.sync.retry-pause-max", "40ms");

    @Test
    void aRunDoesNotFailOnWeather() {
        // issue 16, finding 4: 20 consecutive 1600200 answers, or 30 x 502 on the first listV2 page, failed the run
        // and threw the fetched products away until the next cron
        CatalogueSync sync = sync(FAST_RETRIES);
        sim.faults().failNext("product/listV2", 30, Fault.httpStatus(502));
        sim.faults().failNext("product/query", 20, Fault.rateLimited());
        long started = System.nanoTime();

        RunSummary summary = sync.run(SyncMode.FULL);

        long ms = (System.nanoTime() - started) / 1_000_000;
        List<OutboundRecord> out = sink.drain();
        assertThat(summary.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(keys(out, TOPICS.products(), false)).hasSize(120);
        assertThat(sim.requestLog().entries().stream().filter(e -> e.httpStatus() == 502).count()).isEqualTo(30);
        assertThat(summary.counters().productsFailed.get()).isZero();
        org.slf4j.LoggerFactory.getLogger(CatalogueSyncBehaviourTest.class).info("16.4 re-measured: 30 x 502 and 20 x"
                + " 1600200 -> run {}, {} products published, {} CJ calls, {} ms (before: FAILED, 0 published)",
                summary.status(), keys(out, TOPICS.products(), false).size(), summary.callsTotal(), ms);
    }

    @Test
    void aRunThatSpendsItsRetryBudgetFailsAndIsResumedAfterItsBackOffNotAtTheNextCron() throws Exception {
        Map<String, String> p = new HashMap<>(FAST_RETRIES);
        p.put("camel.cj.sync.retry-budget", "150ms");
        p.put("camel.cj.sync.retry-after", "300ms");
        CatalogueSync sync = sync(p);
        sim.faults().failNext("product/listV2", 10_000, Fault.httpStatus(502));

        RunSummary failed = sync.run(SyncMode.FULL);

        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(sync.retryIfDue()).as("not before its back-off").isEmpty();
        sim.faults().clear();
        Thread.sleep(350);
        RunSummary resumed = sync.retryIfDue().orElseThrow();
        assertThat(resumed.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(resumed.counters().resumed()).isTrue();
        assertThat(keys(sink.drain(), TOPICS.products(), false)).hasSize(120);
        assertThat(sync.retryIfDue()).as("nothing left to resume").isEmpty();
    }

    @Test
    void aFirstSyncCostsOneCallPerProductAndItsInventoryEqualsGetInventoryByPids() {
        // issue 15, item 1: product/query with features=enable_inventory instead of product/query + getInventoryByPid
        RunSummary first = sync(Map.of()).run(SyncMode.FULL);

        List<OutboundRecord> out = sink.drain();
        int variants = sim.catalogue().productIds().stream().mapToInt(p -> sim.catalogue().variantIds(p).size()).sum();
        long listing = sim.requestLog().count("product/listV2");
        assertThat(first.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(sim.requestLog().count("product/query")).isEqualTo(120);
        assertThat(sim.requestLog().count("product/stock/getInventoryByPid")).isZero();
        assertThat(first.callsTotal()).isEqualTo(1 + listing + 120); // getCategory, the listV2 pages, one per product
        assertThat(keys(out, TOPICS.inventory(), false)).hasSize(variants);
        org.slf4j.LoggerFactory.getLogger(CatalogueSyncBehaviourTest.class).info("15.1: first sync of 120 products:"
                + " {} calls, {} per product (before: product/query + getInventoryByPid per product)",
                first.callsTotal(), String.format("%.3f", first.callsTotal() / 120.0));

        // the same inventory read the other way (getInventoryByPid for every product) changes no record
        sim.requestLog().clear();
        RunSummary again = sync(Map.of("camel.cj.sync.inventory-refresh", "always")).run(SyncMode.FULL);

        assertThat(again.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(sim.requestLog().count("product/stock/getInventoryByPid")).isEqualTo(120);
        assertThat(sink.drain()).noneMatch(r -> r.topic().equals(TOPICS.inventory()));
    }
}
