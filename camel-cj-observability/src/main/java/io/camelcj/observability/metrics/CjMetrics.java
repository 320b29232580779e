package io.camelcj.observability.metrics;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.camelcj.component.cj.CjAccounts;
import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjEndpoint;
import io.camelcj.component.cj.client.CjAccount;
import io.camelcj.component.cj.webhook.CjWebhookConsumer;
import io.camelcj.routes.catalogue.CatalogueSync;
import io.camelcj.routes.catalogue.CatalogueSyncRouteBuilder;
import io.camelcj.routes.orders.OrderPushProcessor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSentEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Publishes the camel-cj figures to a Micrometer {@link MeterRegistry} (names in {@link CjMeterNames}).
 * <p>
 * An event notifier: bind it in the Camel registry (Camel Main, Spring Boot and Quarkus add event notifier beans to
 * the context) or add it with {@code context.getManagementStrategy().addEventNotifier(..)} before the context
 * starts. Calls, orders and call outcomes are counted as exchanges are sent; the state of accounts, the catalogue
 * sync and the webhook receivers is read from them when the registry is scraped. Accounts are created on their
 * first call and are bound then; receivers and the sync are looked for at start-up and every
 * {@link #setRefreshInterval refresh interval}.
 * <p>
 * No meter carries a key or a token: accounts are tagged with their {@code cj-<hash>} id.
 */
public class CjMetrics extends EventNotifierSupport {

    /** What the order push's exchange property says for a result record and for a dead letter. */
    private static final Map<String, String> ORDER_OUTCOMES = Map.of(
            OrderPushProcessor.TARGET_RESULT, "placed",
            OrderPushProcessor.TARGET_DEAD_LETTER, "dead_lettered");

    private final MeterRegistry registry;
    private final Set<String> boundAccounts = ConcurrentHashMap.newKeySet();
    private volatile boolean syncBound;
    private Duration refreshInterval = Duration.ofSeconds(10);
    private Clock clock = Clock.systemUTC();
    private ScheduledExecutorService refresher;

    public CjMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        setIgnoreCamelContextInitEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeFailedEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        // sending events stay on: Camel fires the sent event (with the time taken) only after a sending one
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreServiceEvents(true);
    }

    public MeterRegistry getRegistry() {
        return registry;
    }

    public Duration getRefreshInterval() {
        return refreshInterval;
    }

    /** How often new webhook receivers, their new answer reasons and the sync are looked for (default 10 s). */
    public void setRefreshInterval(Duration refreshInterval) {
        this.refreshInterval = Objects.requireNonNull(refreshInterval, "refreshInterval");
    }

    /** The clock of the sync's ETA (tests). */
    public void setClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void notify(CamelEvent event) {
        if (event instanceof ExchangeSentEvent sent) {
            if (sent.getEndpoint() instanceof CjEndpoint cj && cj.getResolvedOperation() != null) {
                recordCall(cj, sent.getExchange(), sent.getTimeTaken());
            }
        } else if (event instanceof CamelEvent.ExchangeCompletedEvent completed) {
            recordOrder(completed.getExchange());
        } else if (event instanceof CamelEvent.CamelContextStartedEvent
                || event instanceof CamelEvent.RouteStartedEvent) {
            refresh();
        }
    }

    private void recordCall(CjEndpoint endpoint, Exchange exchange, long millis) {
        CjAccount account = endpoint.account();
        bindAccount(account);
        CallOutcome outcome = CallOutcome.of(exchange.getException());
        Timer.builder(CjMeterNames.CALLS).description("CJ calls by operation and outcome")
                .tag("account", account.accountId())
                .tag("operation", endpoint.getResolvedOperation().path())
                .tag("code", outcome.code()).tag("category", outcome.category())
                .register(registry).record(millis, TimeUnit.MILLISECONDS);
        if (!syncBound) {
            bindSync(); // the sync is created on its first run, which starts with a cj call
        }
    }

    /**
     * Counts an order record of the order push whose exchange completed: its outcome record is on Kafka and the
     * input offset committed (the exchange property names which outcome).
     */
    private void recordOrder(Exchange exchange) {
        Object target = exchange.getProperty(OrderPushProcessor.TARGET);
        if (target == null || exchange.getException() != null) {
            return;
        }
        String outcome = ORDER_OUTCOMES.get(target.toString());
        if (outcome != null) {
            registry.counter(CjMeterNames.ORDERS, "outcome", outcome).increment();
        }
    }

    /** Binds accounts, receivers and the sync that appeared since the last look. */
    public void refresh() {
        CamelContext context = getCamelContext();
        if (context == null) {
            return;
        }
        CjAccounts.of(context).accounts().forEach(this::bindAccount);
        for (Route route : context.getRoutes()) {
            if (route.getConsumer() instanceof CjWebhookConsumer webhook && webhook.getReceiver() != null) {
                WebhookMeters.bind(registry, route.getRouteId(), webhook.getReceiver());
            }
        }
        if (!syncBound) {
            bindSync();
        }
    }

    private void bindAccount(CjAccount account) {
        if (boundAccounts.add(account.accountId())) {
            AccountMeters.bind(registry, account);
        }
    }

    private void bindSync() {
        CamelContext context = getCamelContext();
        CatalogueSync sync = context == null ? null
                : context.getRegistry().lookupByNameAndType(CatalogueSyncRouteBuilder.SYNC_BEAN, CatalogueSync.class);
        if (sync != null) {
            synchronized (this) {
                if (!syncBound) {
                    SyncMeters.bind(registry, sync.stats(), clock);
                    syncBound = true;
                }
            }
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        CamelContext context = getCamelContext();
        if (context != null && !refreshInterval.isZero()) {
            refresher = context.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "CjMetrics");
            long every = refreshInterval.toMillis();
            refresher.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (refresher != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(refresher);
            refresher = null;
        }
        super.doStop();
    }

    /** The {@code code} and {@code category} tags of one call. */
    record CallOutcome(String code, String category) {

        /** CJ's success code: the envelope's {@code code} of every successful answer. */
        static final String SUCCESS_CODE = "200";

        static CallOutcome of(Throwable failure) {
            if (failure == null) {
                return new CallOutcome(SUCCESS_CODE, "SUCCESS");
            }
            CjApiException cj = find(failure, CjApiException.class);
            if (cj != null) {
                return new CallOutcome(cj.getCjCode() != null ? cj.getCjCode().toString()
                        : cj.getHttpStatus() > 0 ? "http-" + cj.getHttpStatus() : "none", cj.getCategory().name());
            }
            return new CallOutcome("none", "UNKNOWN");
        }

        private static <T extends Throwable> T find(Throwable t, Class<T> type) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (type.isInstance(c)) {
                    return type.cast(c);
                }
            }
            return null;
        }
    }
}
