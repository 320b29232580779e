package io.camelcj.component.cj.webhook;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.envelope.CjErrorCodes;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer of {@code cj:webhook}: receives CJ's pushes over HTTP (a Camel HTTP consumer given by
 * {@code httpUri}, or the built-in JDK server) and runs every genuine, first-seen message through the route
 * on its own threads; by default CJ's answer waits for the route ({@link CjWebhookAnswerMode}).
 */
public class CjWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(CjWebhookConsumer.class);

    private final CjWebhookConfiguration configuration;
    private IdempotentRepository repository;
    private ExecutorService workers;
    private CjWebhookReceiver receiver;
    private Consumer httpConsumer;
    private JdkWebhookServer jdkServer;
    private CjWebhookRegistration registration;

    public CjWebhookConsumer(Endpoint endpoint, Processor processor, CjWebhookConfiguration configuration) {
        super(endpoint, processor);
        this.configuration = configuration;
    }

    /** The transport-independent receiver, e.g. to put it behind an HTTP route of your own. */
    public CjWebhookReceiver getReceiver() {
        return receiver;
    }

    /** The port the built-in server listens on, or -1 when an {@code httpUri} transport is used. */
    public int getLocalPort() {
        return jdkServer == null ? -1 : jdkServer.localPort();
    }

    /** Built-in server: connections closed because {@code maxConnections} requests were being served. */
    public long getRefusedConnections() {
        return jdkServer == null ? 0 : jdkServer.refusedCount();
    }

    /** Built-in server: requests dropped because they were not read within {@code requestReadTimeout}. */
    public long getTimedOutReads() {
        return jdkServer == null ? 0 : jdkServer.timedOutReads();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        configuration.validate();
        repository = configuration.getIdempotentRepository() != null
                ? configuration.getIdempotentRepository()
                : new FileMessageIdRepository(configuration.idempotentFilePath(),
                        configuration.getIdempotentCacheSize());
        ServiceHelper.startService(repository);
        workers = executors().newThreadPool(this, "CjWebhook", workerProfile());
        CjWebhookSignature signature = configuration.isVerifySignature()
                ? new CjWebhookSignature(configuration.getOpenId()) : null;
        if (signature == null) {
            LOG.warn("cj:webhook signature verification is OFF: anyone who can reach the endpoint can inject messages");
        }
        if (configuration.getAnswerMode() == CjWebhookAnswerMode.ON_RECEIPT) {
            LOG.warn("cj:webhook answerMode=ON_RECEIPT: CJ gets 200 before the route has run; messages still"
                    + " queued are lost if this JVM dies");
        }
        receiver = new CjWebhookReceiver(signature, CjWebhookReceiver.Settings.of(configuration), repository,
                this::deliver);
        startTransport();
        if (configuration.isAutoRegister() || configuration.isUnregisterOnStop()) {
            // created now: while the context shuts down no new producer can be started for the CANCEL call
            registration = CjWebhookRegistration.start(getEndpoint().getCamelContext(),
                    configuration.getRegisterUri(), configuration.isAllowInsecureCallback());
        }
        if (configuration.isAutoRegister()) {
            register();
        }
    }

    private void register() {
        try {
            registration.apply(CjWebhookRegistration.Action.ENABLE, configuration.getCallbackUrl(),
                    configuration.topics());
            LOG.info("Registered CJ webhooks {} to {}", configuration.topics(), configuration.getCallbackUrl());
        } catch (CjApiException e) {
            if (!Integer.valueOf(CjErrorCodes.WEBHOOK_ALREADY_SET).equals(e.getCjCode())) {
                throw e;
            }
            // the account has its webhook settings already: receiving is what matters, so start anyway
            LOG.warn("CJ already has webhook settings for this account ({}); they were left as they are."
                    + " Check in CJ that they point to {}", e.getCjMessage(), configuration.getCallbackUrl());
        }
    }

    @Override
    protected void doStop() throws Exception {
        // 1. new requests get 503 (CJ delivers them again); 2. requests already taken get their answer;
        // 3. the transport closes; 4. the route threads finish what they hold
        if (receiver != null) {
            receiver.stopAccepting();
            Duration drain = configuration.getResponseTimeout().plus(configuration.getRequestReadTimeout());
            if (!receiver.awaitAnswered(drain.plusSeconds(1))) {
                LOG.warn("cj:webhook stopping with requests still unanswered after {} ms", drain.toMillis());
            }
        }
        stopTransport();
        stopWorkers();
        if (configuration.isUnregisterOnStop() && registration != null) {
            try {
                registration.apply(CjWebhookRegistration.Action.CANCEL, configuration.getCallbackUrl(),
                        configuration.topics());
                LOG.info("Cancelled CJ webhooks {}", configuration.topics());
            } catch (RuntimeException e) {
                LOG.warn("Could not cancel CJ webhooks: {}", e.getMessage());
            }
        }
        if (registration != null) {
            registration.close();
            registration = null;
        }
        if (configuration.getIdempotentRepository() == null) {
            ServiceHelper.stopService(repository);
        }
        super.doStop();
    }

    private void stopWorkers() throws InterruptedException {
        if (workers == null) {
            return;
        }
        ExecutorService pool = workers;
        workers = null;
        pool.shutdown();
        long timeout = getEndpoint().getCamelContext().getShutdownStrategy().getTimeout();
        TimeUnit unit = getEndpoint().getCamelContext().getShutdownStrategy().getTimeUnit();
        if (!pool.awaitTermination(timeout, unit)) {
            List<Runnable> dropped = executors().shutdownNow(pool);
            LOG.warn("cj:webhook stopped with {} message(s) not processed after {} {}{}", dropped.size(), timeout,
                    unit, configuration.getAnswerMode() == CjWebhookAnswerMode.ON_RECEIPT
                            ? ": they were answered 200 and are lost (answerMode=ON_RECEIPT)"
                            : ": they were answered 503, CJ delivers them again");
        } else {
            executors().shutdown(pool);
        }
    }

    private ExecutorServiceManager executors() {
        return getEndpoint().getCamelContext().getExecutorServiceManager();
    }

    private ThreadPoolProfile workerProfile() {
        ThreadPoolProfile profile = new ThreadPoolProfile("CjWebhook");
        profile.setPoolSize(configuration.getConcurrentConsumers());
        profile.setMaxPoolSize(configuration.getConcurrentConsumers());
        profile.setMaxQueueSize(configuration.getQueueSize());
        profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        return profile;
    }

    private void startTransport() throws Exception {
        if (configuration.getHttpUri() != null && !configuration.getHttpUri().isBlank()) {
            Endpoint http = getEndpoint().getCamelContext().getEndpoint(configuration.getHttpUri());
            httpConsumer = http.createConsumer(new CjWebhookProcessor(receiver));
            ServiceHelper.startService(httpConsumer);
            LOG.info("CJ webhook endpoint on {}", http);
        } else {
            jdkServer = new JdkWebhookServer(configuration.getHost(), configuration.getPort(), configuration.getPath(),
                    JdkWebhookServer.Limits.of(configuration), receiver);
            jdkServer.start();
        }
    }

    private void stopTransport() {
        if (httpConsumer != null) {
            ServiceHelper.stopAndShutdownService(httpConsumer);
            httpConsumer = null;
        }
        if (jdkServer != null) {
            jdkServer.stop(Duration.ofSeconds(1));
            jdkServer = null;
        }
    }

    /** The receiver's sink: runs the route on a worker; rejected (503) when the queue is full or stopping. */
    private CompletionStage<?> deliver(CjWebhookEvent event) {
        ExecutorService pool = workers;
        if (pool == null) {
            throw new java.util.concurrent.RejectedExecutionException("cj:webhook is stopping");
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        pool.execute(() -> process(event, done));
        return done;
    }

    private void process(CjWebhookEvent event, CompletableFuture<Void> done) {
        Exchange exchange = createExchange(false);
        try {
            Message message = exchange.getMessage();
            message.setHeader(CjWebhookConstants.MESSAGE_ID, event.messageId());
            message.setHeader(CjWebhookConstants.TYPE, event.type());
            if (event.messageType() != null) {
                message.setHeader(CjWebhookConstants.MESSAGE_TYPE, event.messageType());
            }
            if (event.entityId() != null) {
                message.setHeader(CjWebhookConstants.ENTITY_ID, event.entityId());
            }
            message.setBody(body(event));
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        } finally {
            Exception failure = exchange.getException();
            if (failure != null) {
                getExceptionHandler().handleException("Error processing CJ webhook " + event.messageId(),
                        exchange, failure);
                done.completeExceptionally(failure);
            } else {
                done.complete(null);
            }
            releaseExchange(exchange, false);
        }
    }

    private Object body(CjWebhookEvent event) {
        return switch (configuration.getOutputType()) {
            case MAP -> event.message();
            case JSON -> event.rawJson();
            case TYPED -> CjWebhookReceiver.json().convertValue(event.message(), CjWebhookMessage.class);
        };
    }
}
