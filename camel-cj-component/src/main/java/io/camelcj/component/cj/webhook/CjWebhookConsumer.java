package io.camelcj.component.cj.webhook;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer of {@code cj:webhook}: receives CJ's pushes over HTTP (a Camel HTTP consumer given by
 * {@code httpUri}, or the built-in JDK server), answers at once, and feeds every genuine, first-seen
 * message into the route from a bounded queue.
 */
public class CjWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(CjWebhookConsumer.class);

    private final CjWebhookConfiguration configuration;
    private IdempotentRepository repository;
    private ExecutorService workers;
    private CjWebhookReceiver receiver;
    private Consumer httpConsumer;
    private JdkWebhookServer jdkServer;
    private Producer registerProducer;
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

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        configuration.validate();
        repository = configuration.getIdempotentRepository() != null
                ? configuration.getIdempotentRepository()
                : MemoryIdempotentRepository.memoryIdempotentRepository(configuration.getIdempotentCacheSize());
        ServiceHelper.startService(repository);
        workers = getEndpoint().getCamelContext().getExecutorServiceManager().newThreadPool(this, "CjWebhook",
                workerProfile());
        CjWebhookSignature signature = configuration.isVerifySignature()
                ? new CjWebhookSignature(configuration.getOpenId()) : null;
        if (signature == null) {
            LOG.warn("cj:webhook signature verification is OFF: anyone who can reach the endpoint can inject messages");
        }
        receiver = new CjWebhookReceiver(signature, configuration.getMaxBodySize(), repository, this::enqueue);
        startTransport();
        if (configuration.isAutoRegister() || configuration.isUnregisterOnStop()) {
            // created now: while the context shuts down no new producer can be started for the CANCEL call
            registration = startRegistration();
        }
        if (configuration.isAutoRegister()) {
            registration.apply(CjWebhookRegistration.Action.ENABLE, configuration.getCallbackUrl(),
                    configuration.topics());
            LOG.info("Registered CJ webhooks {} to {}", configuration.topics(), configuration.getCallbackUrl());
        }
    }

    @Override
    protected void doStop() throws Exception {
        // first stop taking requests, then drain what was accepted (CJ already got its 200)
        stopTransport();
        if (workers != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(workers);
            workers = null;
        }
        if (configuration.isUnregisterOnStop()) {
            try {
                registration.apply(CjWebhookRegistration.Action.CANCEL, configuration.getCallbackUrl(),
                        configuration.topics());
                LOG.info("Cancelled CJ webhooks {}", configuration.topics());
            } catch (RuntimeException e) {
                LOG.warn("Could not cancel CJ webhooks: {}", e.getMessage());
            }
        }
        if (registerProducer != null) {
            ServiceHelper.stopAndShutdownService(registerProducer);
            registerProducer = null;
        }
        if (configuration.getIdempotentRepository() == null) {
            ServiceHelper.stopService(repository);
        }
        super.doStop();
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
                    configuration.getServerThreads(), receiver);
            jdkServer.start();
        }
    }

    private void stopTransport() {
        if (httpConsumer != null) {
            ServiceHelper.stopAndShutdownService(httpConsumer);
            httpConsumer = null;
        }
        if (jdkServer != null) {
            jdkServer.stop();
            jdkServer = null;
        }
    }

    private CjWebhookRegistration startRegistration() throws Exception {
        Endpoint endpoint = getEndpoint().getCamelContext().getEndpoint(configuration.getRegisterUri());
        registerProducer = endpoint.createProducer();
        ServiceHelper.startService(registerProducer);
        return new CjWebhookRegistration(body -> {
            Exchange exchange = endpoint.createExchange();
            exchange.getMessage().setBody(body);
            try {
                registerProducer.process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() instanceof RuntimeException failure) {
                throw failure;
            } else if (exchange.getException() != null) {
                throw new RuntimeCamelException(exchange.getException());
            }
        });
    }

    private boolean enqueue(CjWebhookEvent event) {
        ExecutorService pool = workers;
        if (pool == null) {
            return false;
        }
        try {
            pool.execute(() -> deliver(event));
            return true;
        } catch (RejectedExecutionException full) {
            return false;
        }
    }

    private void deliver(CjWebhookEvent event) {
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
            if (exchange.getException() != null) {
                if (configuration.isRemoveOnFailure()) {
                    repository.remove(event.messageId());
                }
                getExceptionHandler().handleException("Error processing CJ webhook " + event.messageId(),
                        exchange, exchange.getException());
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
