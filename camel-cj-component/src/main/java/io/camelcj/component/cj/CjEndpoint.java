package io.camelcj.component.cj;

import io.camelcj.component.cj.api.ApiOperation;
import io.camelcj.component.cj.api.CjHttpMethod;
import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.component.cj.api.ParamSpec;
import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.component.cj.client.AccountSettings;
import io.camelcj.component.cj.client.CjAccount;
import io.camelcj.component.cj.client.OutputMapper;
import io.camelcj.component.cj.client.RetrySettings;
import io.camelcj.component.cj.consumer.CjPollingConsumer;
import io.camelcj.component.cj.http.HttpSettings;
import io.camelcj.component.cj.webhook.CjWebhookConfiguration;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Call any CJ Dropshipping API 2.0 operation, or poll its read operations, with tokens, rate limits,
 * retries and paging handled. URI options that are not endpoint options are passed as operation parameters.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "cj", title = "CJ Dropshipping", syntax = "cj:operation",
        category = {Category.SAAS}, headersClass = CjConstants.class, lenientProperties = true)
public class CjEndpoint extends ScheduledPollEndpoint {

    /** The path of the cj:webhook consumer (a {@link CjConsumerFactory}, not a catalogue row). */
    static final String WEBHOOK_PATH = "webhook";
    private static final Logger LOG = LoggerFactory.getLogger(CjEndpoint.class);
    /** Deprecated operations already warned about in this JVM: warn once, not per endpoint or call. */
    private static final Set<CjOperation> DEPRECATION_WARNED = ConcurrentHashMap.newKeySet();

    @UriPath(description = "The CJ operation: the path after /api2.0/v1/ (product/listV2,"
            + " shopping/order/createOrderV3), the short form without the resource group (shopping/createOrderV3),"
            + " or the bare name when unique (createOrderV3); webhook for the webhook consumer; METHOD:path"
            + " (POST:product/newOperation) for an operation the catalogue does not list yet.",
            enums = CjOperation.PATHS_FOR_TOOLING + "," + WEBHOOK_PATH)
    @Metadata(required = true)
    private String operation;

    @UriParam
    private CjConfiguration configuration;

    @UriParam
    private CjWebhookConfiguration webhookConfiguration = new CjWebhookConfiguration();

    private final ApiOperation resolved;
    private final CjConsumerFactory consumerFactory;
    private Map<String, Object> operationParameters = Collections.emptyMap();
    private volatile CjAccount account;

    public CjEndpoint(String uri, CjComponent component, CjConfiguration configuration, String operation,
                      ApiOperation resolved, CjConsumerFactory consumerFactory) {
        super(uri, component);
        this.configuration = configuration;
        this.operation = operation;
        this.resolved = resolved;
        this.consumerFactory = consumerFactory;
    }

    @Override
    public boolean isLenientProperties() {
        return true;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (resolved instanceof CjOperation row) {
            row.replacement().filter(r -> DEPRECATION_WARNED.add(row)).ifPresent(r -> LOG.warn(
                    "CJ operation {} is deprecated by CJ; use {} instead", row.path(), r.path()));
            warnAboutUndocumentedParameters();
        }
    }

    /** CJ silently ignores parameters it does not know: a typo ({@code keyword} for {@code keyWord}) would go unseen. */
    private void warnAboutUndocumentedParameters() {
        if (resolved.params().isEmpty()) {
            return;
        }
        Set<String> documented = resolved.params().stream().map(ParamSpec::name).collect(Collectors.toSet());
        List<String> unknown = operationParameters.keySet().stream().filter(k -> !documented.contains(k)).toList();
        if (!unknown.isEmpty()) {
            LOG.warn("cj:{}: parameter(s) {} are not documented for this operation and are sent as they are;"
                    + " documented: {}", resolved.path(), unknown, new TreeSet<>(documented));
        }
    }

    @Override
    public Producer createProducer() {
        if (resolved == null) {
            throw new IllegalArgumentException("cj:" + operation + " can only be used as a consumer (from)");
        }
        return new CjProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Consumer consumer;
        if (consumerFactory != null) {
            consumer = consumerFactory.createConsumer(this, processor);
        } else {
            if (resolved.isAuthentication() || resolved.method() != CjHttpMethod.GET) {
                throw new IllegalArgumentException("cj:" + resolved.path()
                        + " cannot be polled: only read (GET) operations have a consumer");
            }
            consumer = new CjPollingConsumer(this, processor);
        }
        configureConsumer(consumer);
        return consumer;
    }

    /** The account (tokens, limiter, HTTP client) this endpoint calls with, shared within the CamelContext. */
    public CjAccount account() {
        CjAccount a = account;
        if (a == null) {
            synchronized (this) {
                if (account == null) {
                    account = CjAccounts.of(getCamelContext()).account(accountSettings(), ipQps());
                    CjHealthChecks.register(getCamelContext(), account, getComponent());
                }
                a = account;
            }
        }
        return a;
    }

    /** The component's per-IP limit ({@code ipQps}); off for an endpoint of another component class. */
    private double ipQps() {
        return getComponent() instanceof CjComponent cj ? cj.getIpQps() : 0;
    }

    private AccountSettings accountSettings() {
        CjConfiguration c = configuration;
        HttpSettings http = new HttpSettings(c.getBaseUrl(), Duration.ofMillis(c.getConnectTimeout()),
                Duration.ofMillis(c.getReadTimeout()), c.getProxyHost(), c.getProxyPort());
        Double qps = c.getQps() > 0 ? c.getQps() : null; // 0: the account's own, from setting/get
        return new AccountSettings(c.getApiKey(), http, qps, Duration.ofMillis(c.getRateLimitMargin()),
                Duration.ofMillis(c.getMaxPermitWait()),
                c.getTokenStore() != null ? c.getTokenStore() : new InMemoryTokenStore(),
                Duration.ofMillis(c.getGetAccessTokenCooldown()), Duration.ofMillis(c.getTokenRefreshAhead()),
                CjAccounts.of(getCamelContext()).clock());
    }

    /** This endpoint's retry policy: its own {@code maxRetries}, {@code retryBackoff} and {@code retryBackoffMax}. */
    public RetrySettings retrySettings() {
        return RetrySettings.of(configuration.getMaxRetries(), Duration.ofMillis(configuration.getRetryBackoff()),
                Duration.ofMillis(configuration.getRetryBackoffMax()));
    }

    public OutputMapper outputMapper() {
        return new OutputMapper(CjAccounts.of(getCamelContext()).mapper(), configuration.getOutputClass(),
                resolved != null ? resolved.path() : operation);
    }

    /**
     * The catalogue row, or the {@link io.camelcj.component.cj.api.CustomOperation} of a {@code cj:METHOD:path}
     * endpoint; null for consumer-factory endpoints such as cj:webhook.
     */
    public ApiOperation getResolvedOperation() {
        return resolved;
    }

    public String getOperation() {
        return operation;
    }

    public CjConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CjConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The options of {@code cj:webhook} (ignored by other cj endpoints). */
    public CjWebhookConfiguration getWebhookConfiguration() {
        return webhookConfiguration;
    }

    public void setWebhookConfiguration(CjWebhookConfiguration webhookConfiguration) {
        this.webhookConfiguration = webhookConfiguration;
    }

    /** URI options that are not endpoint options: parameters of the CJ operation. */
    public Map<String, Object> getOperationParameters() {
        return operationParameters;
    }

    public void setOperationParameters(Map<String, Object> operationParameters) {
        this.operationParameters = Collections.unmodifiableMap(new LinkedHashMap<>(operationParameters));
    }
}
