package io.camelcj.component.cj.webhook;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.camelcj.component.cj.CjUserFiles;
import io.camelcj.component.cj.api.CallbackUrlRule;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of {@code cj:webhook} (bound by the cj endpoint's generated configurer, listed in {@code cj.json}
 * under the label {@code webhook}). Other cj endpoints ignore them.
 */
@UriParams
public class CjWebhookConfiguration {

    /** The topics webhook/set knows; CJ sends VARIANT under product, ORDERSPLIT under order. */
    public static final List<String> ALL_TOPICS = List.of("product", "stock", "order", "logistics");
    /** CJ gives up on a webhook POST after 3 seconds (reference, "Webhook Configuration Requirements"). */
    static final Duration CJ_ANSWER_LIMIT = Duration.ofSeconds(3);

    @UriParam(label = "consumer,webhook", description = "A Camel HTTP consumer URI to receive on, e.g."
            + " platform-http:/cj/webhooks (Camel Main with camel-platform-http-main, Quarkus, Spring Boot) or"
            + " servlet:cj/webhooks. Write it as RAW(...). When unset the built-in JDK server is used.")
    private String httpUri;

    @UriParam(label = "consumer,webhook", defaultValue = "0.0.0.0", description = "Built-in server: interface to bind to.")
    private String host = "0.0.0.0";

    @UriParam(label = "consumer,webhook", defaultValue = "8085", description = "Built-in server: port (0 picks a free one).")
    private int port = 8085;

    @UriParam(label = "consumer,webhook", defaultValue = "/cj/webhooks", description = "Built-in server: request path.")
    private String path = "/cj/webhooks";

    @UriParam(label = "consumer,webhook", defaultValue = "64", description = "Built-in server: requests handled at"
            + " once (one thread each, created on demand). A connection that would exceed it is closed at once.")
    private int maxConnections = 64;

    @UriParam(label = "consumer,webhook", defaultValue = "2s", javaType = "java.time.Duration",
            description = "Built-in server: time a client has to send the request line, headers and body; a"
            + " slower client is disconnected (slow clients cannot hold the server's threads).")
    private Duration requestReadTimeout = Duration.ofSeconds(2);

    @UriParam(label = "consumer,webhook", defaultValue = "16384", description = "Built-in server: largest total"
            + " size of the request headers in bytes; larger ones get 431.")
    private int maxHeaderSize = 16 * 1024;

    @UriParam(label = "consumer,webhook,security", secret = true, description = "The account's openId: the HMAC"
            + " key of CJ's signatures. Pass it as #beanName to keep it out of logged URIs.")
    private String openId;

    @UriParam(label = "consumer,webhook,security", defaultValue = "true", description = "Verify the sign header;"
            + " false only behind a proxy that verifies already.")
    private boolean verifySignature = true;

    @UriParam(label = "consumer,webhook", defaultValue = "1000000", description = "Largest body accepted in bytes;"
            + " larger ones get 413. The default stays below Kafka's default record limit (1048576 bytes with key"
            + " and headers), so an accepted body can always be written there.")
    private int maxBodySize = 1_000_000;

    @UriParam(label = "consumer,webhook", defaultValue = "AFTER_ROUTE", description = "AFTER_ROUTE: 200 only when"
            + " the route has completed, within responseTimeout, 5xx otherwise so CJ delivers again. ON_RECEIPT:"
            + " 200 at once, the route runs afterwards (faster, but queued messages are lost if the JVM dies).")
    private CjWebhookAnswerMode answerMode = CjWebhookAnswerMode.AFTER_ROUTE;

    @UriParam(label = "consumer,webhook", defaultValue = "2s", javaType = "java.time.Duration",
            description = "AFTER_ROUTE: longest wait for the route before answering 503; must be under CJ's 3 s.")
    private Duration responseTimeout = Duration.ofSeconds(2);

    @UriParam(label = "consumer,webhook", description = "Store of the message ids processed (#bean of any Camel"
            + " IdempotentRepository: JDBC for a cluster, ...). Default: a file store (idempotentFile).")
    private IdempotentRepository idempotentRepository;

    @UriParam(label = "consumer,webhook", description = "The file of the default idempotent repository; it keeps"
            + " the ids across restarts. Default: .camel-cj/webhook-message-ids.dat in the user's home directory"
            + " (user.home), like the token files; a relative path is relative to the working directory. Give every cj:webhook endpoint"
            + " its own file.")
    private String idempotentFile;

    @UriParam(label = "consumer,webhook", defaultValue = "100000", description = "Ids the default repository"
            + " remembers (the most recent ones; older ones are forgotten).")
    private int idempotentCacheSize = 100_000;

    @UriParam(label = "consumer,webhook", defaultValue = "true", description = "ON_RECEIPT: forget a message id"
            + " when the route failed on it, so that a re-delivery is processed.")
    private boolean removeOnFailure = true;

    @UriParam(label = "consumer,webhook", defaultValue = "4", description = "Threads running the route.")
    private int concurrentConsumers = 4;

    @UriParam(label = "consumer,webhook", defaultValue = "10000", description = "Messages waiting for a route"
            + " thread; when full, CJ gets 503 and delivers again later.")
    private int queueSize = 10_000;

    @UriParam(label = "consumer,webhook", defaultValue = "MAP", description = "Body of the exchanges: MAP, TYPED"
            + " (CjWebhookMessage) or JSON (the text CJ signed).")
    private CjWebhookOutput outputType = CjWebhookOutput.MAP;

    @UriParam(label = "consumer,webhook", description = "The public HTTPS URL CJ should call (autoRegister,"
            + " unregisterOnStop). CJ accepts https only and no localhost/127.0.0.1.")
    private String callbackUrl;

    @UriParam(label = "common,webhook", defaultValue = "false", description = "Tests and development only:"
            + " accept an http:// or loopback callback URL (a simulator): the consumer's callbackUrl, and the"
            + " callbackUrls a webhook/set producer sends. The real CJ refuses them.")
    private boolean allowInsecureCallback;

    @UriParam(label = "consumer,webhook", defaultValue = "false", description = "Call webhook/set with ENABLE for"
            + " registerTopics when the consumer starts.")
    private boolean autoRegister;

    @UriParam(label = "consumer,webhook", defaultValue = "false", description = "Call webhook/set with CANCEL when"
            + " the consumer stops.")
    private boolean unregisterOnStop;

    @UriParam(label = "consumer,webhook", defaultValue = "product,stock,order,logistics", description = "The"
            + " webhook/set topics to enable; the others are sent as CANCEL.")
    private String registerTopics = String.join(",", ALL_TOPICS);

    @UriParam(label = "consumer,webhook", defaultValue = "cj:webhook/set", description = "The endpoint that"
            + " performs webhook/set (the account's token and rate budget).")
    private String registerUri = "cj:webhook/set";

    /** Checks the values and their combination; the message names the option at fault and what is expected. */
    public void validate() {
        if (verifySignature && (openId == null || openId.isBlank())) {
            throw new IllegalArgumentException("cj:webhook option openId is required to verify signatures"
                    + " (set verifySignature=false only behind another verifying proxy)");
        }
        positive("maxBodySize", maxBodySize);
        positive("concurrentConsumers", concurrentConsumers);
        positive("queueSize", queueSize);
        positive("maxConnections", maxConnections);
        positive("maxHeaderSize", maxHeaderSize);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("cj:webhook option port must be 0..65535, was " + port);
        }
        positive("requestReadTimeout", requestReadTimeout);
        positive("responseTimeout", responseTimeout);
        if (responseTimeout.compareTo(CJ_ANSWER_LIMIT) >= 0) {
            throw new IllegalArgumentException("cj:webhook option responseTimeout must be under CJ's 3 s answer"
                    + " limit, was " + responseTimeout.toMillis() + " ms");
        }
        if (idempotentFile != null && idempotentFile.isBlank()) {
            throw new IllegalArgumentException("cj:webhook option idempotentFile must name a file when set (leave it"
                    + " unset for the default " + CjUserFiles.webhookMessageIds() + ")");
        }
        positive("idempotentCacheSize", idempotentCacheSize);
        String callbackProblem = CallbackUrlRule.problem(callbackUrl, allowInsecureCallback);
        if ((autoRegister || unregisterOnStop) && callbackProblem != null) {
            throw new IllegalArgumentException("cj:webhook option callbackUrl " + callbackProblem);
        }
        for (String topic : topics()) {
            if (!ALL_TOPICS.contains(topic)) {
                throw new IllegalArgumentException("cj:webhook option registerTopics: unknown topic '" + topic
                        + "', expected some of " + ALL_TOPICS);
            }
        }
    }

    private static void positive(String option, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("cj:webhook option " + option + " must be positive, was " + value);
        }
    }

    private static void positive(String option, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("cj:webhook option " + option + " must be a positive duration"
                    + " (e.g. 2s or 2000), was " + value);
        }
    }

    /** The topics to register, lower case. */
    public List<String> topics() {
        List<String> topics = new ArrayList<>();
        Arrays.stream(registerTopics.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).forEach(topics::add);
        return topics;
    }

    public String getHttpUri() {
        return httpUri;
    }

    public void setHttpUri(String httpUri) {
        this.httpUri = httpUri;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Duration getRequestReadTimeout() {
        return requestReadTimeout;
    }

    public void setRequestReadTimeout(Duration requestReadTimeout) {
        this.requestReadTimeout = requestReadTimeout;
    }

    public int getMaxHeaderSize() {
        return maxHeaderSize;
    }

    public void setMaxHeaderSize(int maxHeaderSize) {
        this.maxHeaderSize = maxHeaderSize;
    }

    public String getOpenId() {
        return openId;
    }

    public void setOpenId(String openId) {
        this.openId = openId;
    }

    public boolean isVerifySignature() {
        return verifySignature;
    }

    public void setVerifySignature(boolean verifySignature) {
        this.verifySignature = verifySignature;
    }

    public int getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(int maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public CjWebhookAnswerMode getAnswerMode() {
        return answerMode;
    }

    public void setAnswerMode(CjWebhookAnswerMode answerMode) {
        this.answerMode = answerMode;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public String getIdempotentFile() {
        return idempotentFile;
    }

    /** The file of the default idempotent repository: {@link #getIdempotentFile()} or the per-user default. */
    public Path idempotentFilePath() {
        return idempotentFile != null ? Path.of(idempotentFile) : CjUserFiles.webhookMessageIds();
    }

    public void setIdempotentFile(String idempotentFile) {
        this.idempotentFile = idempotentFile;
    }

    public int getIdempotentCacheSize() {
        return idempotentCacheSize;
    }

    public void setIdempotentCacheSize(int idempotentCacheSize) {
        this.idempotentCacheSize = idempotentCacheSize;
    }

    public boolean isRemoveOnFailure() {
        return removeOnFailure;
    }

    public void setRemoveOnFailure(boolean removeOnFailure) {
        this.removeOnFailure = removeOnFailure;
    }

    public int getConcurrentConsumers() {
        return concurrentConsumers;
    }

    public void setConcurrentConsumers(int concurrentConsumers) {
        this.concurrentConsumers = concurrentConsumers;
    }

    public int getQueueSize() {
        return queueSize;
    }

    public void setQueueSize(int queueSize) {
        this.queueSize = queueSize;
    }

    public CjWebhookOutput getOutputType() {
        return outputType;
    }

    public void setOutputType(CjWebhookOutput outputType) {
        this.outputType = outputType;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public boolean isAllowInsecureCallback() {
        return allowInsecureCallback;
    }

    public void setAllowInsecureCallback(boolean allowInsecureCallback) {
        this.allowInsecureCallback = allowInsecureCallback;
    }

    public boolean isAutoRegister() {
        return autoRegister;
    }

    public void setAutoRegister(boolean autoRegister) {
        this.autoRegister = autoRegister;
    }

    public boolean isUnregisterOnStop() {
        return unregisterOnStop;
    }

    public void setUnregisterOnStop(boolean unregisterOnStop) {
        this.unregisterOnStop = unregisterOnStop;
    }

    public String getRegisterTopics() {
        return registerTopics;
    }

    public void setRegisterTopics(String registerTopics) {
        this.registerTopics = registerTopics;
    }

    public String getRegisterUri() {
        return registerUri;
    }

    public void setRegisterUri(String registerUri) {
        this.registerUri = registerUri;
    }

    @Override
    public String toString() {
        return "CjWebhookConfiguration[httpUri=" + httpUri + ", host=" + host + ", port=" + port + ", path=" + path
                + ", openId=" + (openId == null ? "unset" : "***") + ", verifySignature=" + verifySignature
                + ", maxBodySize=" + maxBodySize + ", answerMode=" + answerMode + ", outputType=" + outputType + "]";
    }
}
