package io.camelcj.component.cj.webhook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.PropertyBindingSupport;

/**
 * Options of {@code cj:webhook}. Bind them from endpoint parameters with {@link #bind(CamelContext, Map)}
 * ({@code #beanName} references are resolved from the registry).
 */
public class CjWebhookConfiguration {

    /** The topics webhook/set knows; CJ sends VARIANT under product, ORDERSPLIT under order. */
    public static final List<String> ALL_TOPICS = List.of("product", "stock", "order", "logistics");

    private String httpUri;
    private String host = "0.0.0.0";
    private int port = 8085;
    private String path = "/cj/webhooks";
    private int serverThreads = 4;
    private String openId;
    private boolean verifySignature = true;
    private int maxBodySize = 1024 * 1024;
    private IdempotentRepository idempotentRepository;
    private int idempotentCacheSize = 100_000;
    private boolean removeOnFailure = true;
    private int concurrentConsumers = 1;
    private int queueSize = 10_000;
    private CjWebhookOutput outputType = CjWebhookOutput.MAP;
    private String callbackUrl;
    private boolean autoRegister;
    private boolean unregisterOnStop;
    private String registerTopics = String.join(",", ALL_TOPICS);
    private String registerUri = "cj:webhook/set";

    /**
     * Sets the options named in {@code parameters} and removes them from the map; what is left is not
     * a webhook option.
     */
    public static CjWebhookConfiguration bind(CamelContext context, Map<String, Object> parameters) {
        CjWebhookConfiguration configuration = new CjWebhookConfiguration();
        PropertyBindingSupport.build().withReference(true).withRemoveParameters(true)
                .bind(context, configuration, parameters);
        return configuration;
    }

    /** Checks the combination of options; the message names the option at fault. */
    public void validate() {
        if (verifySignature && (openId == null || openId.isBlank())) {
            throw new IllegalArgumentException("cj:webhook option openId is required to verify signatures"
                    + " (set verifySignature=false only behind another verifying proxy)");
        }
        if (maxBodySize <= 0) {
            throw new IllegalArgumentException("cj:webhook option maxBodySize must be positive");
        }
        if (concurrentConsumers <= 0) {
            throw new IllegalArgumentException("cj:webhook option concurrentConsumers must be positive");
        }
        if (queueSize <= 0) {
            throw new IllegalArgumentException("cj:webhook option queueSize must be positive");
        }
        if ((autoRegister || unregisterOnStop) && (callbackUrl == null || callbackUrl.isBlank())) {
            throw new IllegalArgumentException("cj:webhook option callbackUrl is required with autoRegister"
                    + " or unregisterOnStop");
        }
        for (String topic : topics()) {
            if (!ALL_TOPICS.contains(topic)) {
                throw new IllegalArgumentException("cj:webhook option registerTopics: unknown topic '" + topic
                        + "', expected some of " + ALL_TOPICS);
            }
        }
    }

    /** The topics to register, lower case. */
    public List<String> topics() {
        List<String> topics = new ArrayList<>();
        Arrays.stream(registerTopics.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).forEach(topics::add);
        return topics;
    }

    /**
     * A Camel HTTP consumer URI to receive on ({@code platform-http:/cj/webhooks}, {@code servlet:cj/webhooks});
     * when unset the built-in JDK server is used.
     */
    public String getHttpUri() {
        return httpUri;
    }

    public void setHttpUri(String httpUri) {
        this.httpUri = httpUri;
    }

    /** Built-in server: interface to bind to. */
    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    /** Built-in server: port (0 picks a free one). */
    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    /** Built-in server: request path. */
    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    /** Built-in server: threads answering requests. */
    public int getServerThreads() {
        return serverThreads;
    }

    public void setServerThreads(int serverThreads) {
        this.serverThreads = serverThreads;
    }

    /** The account's openId, the HMAC key of the signatures (a secret). */
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

    /** Largest body accepted in bytes; larger ones get 413. */
    public int getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(int maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    /** Store of seen message ids; defaults to an in-memory LRU of {@link #getIdempotentCacheSize()} ids. */
    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public int getIdempotentCacheSize() {
        return idempotentCacheSize;
    }

    public void setIdempotentCacheSize(int idempotentCacheSize) {
        this.idempotentCacheSize = idempotentCacheSize;
    }

    /** Forget a message id when its processing failed, so that a re-delivery is processed. */
    public boolean isRemoveOnFailure() {
        return removeOnFailure;
    }

    public void setRemoveOnFailure(boolean removeOnFailure) {
        this.removeOnFailure = removeOnFailure;
    }

    /** Threads processing accepted messages (1 keeps arrival order). */
    public int getConcurrentConsumers() {
        return concurrentConsumers;
    }

    public void setConcurrentConsumers(int concurrentConsumers) {
        this.concurrentConsumers = concurrentConsumers;
    }

    /** Accepted messages waiting for processing; when full, CJ gets 503 and retries later. */
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

    /** The public HTTPS URL CJ should call (used by autoRegister / unregisterOnStop). */
    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    /** Call webhook/set with ENABLE for {@link #getRegisterTopics()} when the consumer starts. */
    public boolean isAutoRegister() {
        return autoRegister;
    }

    public void setAutoRegister(boolean autoRegister) {
        this.autoRegister = autoRegister;
    }

    /** Call webhook/set with CANCEL when the consumer stops. */
    public boolean isUnregisterOnStop() {
        return unregisterOnStop;
    }

    public void setUnregisterOnStop(boolean unregisterOnStop) {
        this.unregisterOnStop = unregisterOnStop;
    }

    /** Comma-separated webhook/set topics: product, stock, order, logistics. */
    public String getRegisterTopics() {
        return registerTopics;
    }

    public void setRegisterTopics(String registerTopics) {
        this.registerTopics = registerTopics;
    }

    /** The endpoint that performs webhook/set (through the cj: component and its rate budget). */
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
                + ", maxBodySize=" + maxBodySize + ", outputType=" + outputType + "]";
    }
}
