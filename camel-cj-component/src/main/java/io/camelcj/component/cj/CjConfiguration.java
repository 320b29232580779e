package io.camelcj.component.cj;

import io.camelcj.component.cj.auth.CjTokenStore;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of the cj: component (defaults) and its endpoints (overrides). Times follow Camel's convention: a
 * {@code long} of milliseconds typed {@code java.time.Duration} for tooling, so the generated configurer
 * accepts {@code 1000}, {@code 30s}, {@code 5m} or {@code PT5M}.
 */
@UriParams
public class CjConfiguration implements Cloneable {

    public static final String DEFAULT_BASE_URL = "https://developers.cjdropshipping.com/api2.0/v1";
    private static final String TIME = " A duration: 30s, 5m, 1h, or plain milliseconds.";

    @UriParam(label = "security", secret = true,
            description = "The CJ API key generated on the CJ developer page. Tokens are obtained and refreshed with it automatically.")
    @Metadata(required = true)
    private String apiKey;

    @UriParam(defaultValue = DEFAULT_BASE_URL, description = "Base URL of the CJ API, up to and including /api2.0/v1."
            + " Plain http:// is refused except for loopback hosts (the simulator).")
    private String baseUrl = DEFAULT_BASE_URL;

    @UriParam(label = "advanced", defaultValue = "0", description = "Requests per second allowed for the account"
            + " (CJ: free 1, Plus 2, Prime 4, Advanced 6). Shared by all endpoints and routes of the account."
            + " 0 (default): read from setting/get (qpsLimit, at most 6), 1 until it answers. Pacing uses 0.98 of"
            + " it, slows down on a 1600200 and probes back up, never above it.")
    private double qps;

    @UriParam(label = "advanced", defaultValue = "0", javaType = "java.time.Duration",
            description = "Extra spacing per CJ rate window on top of the pacing's 2% safety share, for"
            + " requests whose arrival times may be skewed by more (cluster nodes with unsynchronised clocks)."
            + " 0: none." + TIME)
    private long rateLimitMargin;

    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
            description = "Longest time a call waits for its turn under the account's QPS before failing." + TIME)
    private long maxPermitWait = 60000;

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
            description = "Connect time-out." + TIME)
    private long connectTimeout = 10000;

    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
            description = "Time-out for the answer of one request." + TIME)
    private long readTimeout = 30000;

    @UriParam(label = "proxy", description = "HTTP proxy host.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "HTTP proxy port.")
    private int proxyPort;

    @UriParam(label = "security", description = "Where access and refresh tokens are kept (#bean of"
            + " io.camelcj.component.cj.auth.CjTokenStore). Default: in memory. Use a FileTokenStore so restarts"
            + " reuse tokens, or a shared store for several processes.")
    private CjTokenStore tokenStore;

    @UriParam(label = "security", defaultValue = "300000", javaType = "java.time.Duration",
            description = "Minimum time between two getAccessToken calls of one API key (CJ allows one per"
            + " 5 minutes)." + TIME)
    private long getAccessTokenCooldown = 300000;

    @UriParam(label = "security", defaultValue = "86400000", javaType = "java.time.Duration",
            description = "Refresh the access token this long before it expires." + TIME)
    private long tokenRefreshAhead = 86400000;

    @UriParam(label = "producer", secret = true, description = "Value of the platformToken header sent with"
            + " createOrderV2/V3 and podProductCustomPicturesEdit (optional).")
    private String platformToken;

    @UriParam(label = "producer", defaultValue = "false", description = "For paged operations: return a lazy"
            + " Iterator over every item of every page (fetched one page at a time; use split(body()).streaming()).")
    private boolean fetchAllPages;

    @UriParam(description = "Page size for paged operations (listV2: 1..100, product/list: up to 200). Default:"
            + " CJ's default, or the largest size when fetching all pages or polling.")
    private Integer pageSize;

    @UriParam(description = "Convert the data (or each item of a paged answer) to this class, e.g."
            + " io.camelcj.component.cj.model.CjProduct. Default: plain Map/List/String/Number/Boolean.")
    private Class<?> outputClass;

    @UriParam(defaultValue = "false", description = "Return the whole envelope (code, result, message, data,"
            + " requestId) as a Map instead of its data.")
    private boolean rawEnvelope;

    @UriParam(label = "advanced", defaultValue = "3", description = "Retries after transient failures (I/O,"
            + " time-outs, 5xx, 1600000, 1600301) and, separately, after 1600200 answers; 0 turns retries off."
            + " Writes are only repeated when CJ certainly did not process them; an order create that ended"
            + " ambiguously is looked up by orderNumber before being re-sent (also with 0).")
    private int maxRetries = 3;

    @UriParam(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration",
            description = "First pause before retrying a transient failure; doubles each retry up to"
            + " retryBackoffMax, plus up to 20% jitter." + TIME)
    private long retryBackoff = 1000;

    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
            description = "Longest pause between two retries of a transient failure (before jitter)." + TIME)
    private long retryBackoffMax = 30000;

    @UriParam(label = "consumer", defaultValue = "false", description = "Consumer: one exchange per page (body:"
            + " List of items) instead of one exchange per item.")
    private boolean exchangePerPage;

    public CjConfiguration copy() {
        try {
            return (CjConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public double getQps() {
        return qps;
    }

    public void setQps(double qps) {
        this.qps = qps;
    }

    public long getRateLimitMargin() {
        return rateLimitMargin;
    }

    public void setRateLimitMargin(long rateLimitMargin) {
        this.rateLimitMargin = rateLimitMargin;
    }

    public long getMaxPermitWait() {
        return maxPermitWait;
    }

    public void setMaxPermitWait(long maxPermitWait) {
        this.maxPermitWait = maxPermitWait;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(long readTimeout) {
        this.readTimeout = readTimeout;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public int getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(int proxyPort) {
        this.proxyPort = proxyPort;
    }

    public CjTokenStore getTokenStore() {
        return tokenStore;
    }

    public void setTokenStore(CjTokenStore tokenStore) {
        this.tokenStore = tokenStore;
    }

    public long getGetAccessTokenCooldown() {
        return getAccessTokenCooldown;
    }

    public void setGetAccessTokenCooldown(long getAccessTokenCooldown) {
        this.getAccessTokenCooldown = getAccessTokenCooldown;
    }

    public long getTokenRefreshAhead() {
        return tokenRefreshAhead;
    }

    public void setTokenRefreshAhead(long tokenRefreshAhead) {
        this.tokenRefreshAhead = tokenRefreshAhead;
    }

    public String getPlatformToken() {
        return platformToken;
    }

    public void setPlatformToken(String platformToken) {
        this.platformToken = platformToken;
    }

    public boolean isFetchAllPages() {
        return fetchAllPages;
    }

    public void setFetchAllPages(boolean fetchAllPages) {
        this.fetchAllPages = fetchAllPages;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public Class<?> getOutputClass() {
        return outputClass;
    }

    public void setOutputClass(Class<?> outputClass) {
        this.outputClass = outputClass;
    }

    public boolean isRawEnvelope() {
        return rawEnvelope;
    }

    public void setRawEnvelope(boolean rawEnvelope) {
        this.rawEnvelope = rawEnvelope;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryBackoff() {
        return retryBackoff;
    }

    public void setRetryBackoff(long retryBackoff) {
        this.retryBackoff = retryBackoff;
    }

    public long getRetryBackoffMax() {
        return retryBackoffMax;
    }

    public void setRetryBackoffMax(long retryBackoffMax) {
        this.retryBackoffMax = retryBackoffMax;
    }

    public boolean isExchangePerPage() {
        return exchangePerPage;
    }

    public void setExchangePerPage(boolean exchangePerPage) {
        this.exchangePerPage = exchangePerPage;
    }

    @Override
    public String toString() {
        // apiKey and platformToken are secrets: never printed
        return "CjConfiguration[baseUrl=" + baseUrl + ", qps=" + qps + "]";
    }
}
