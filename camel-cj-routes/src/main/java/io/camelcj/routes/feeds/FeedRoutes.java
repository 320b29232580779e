package io.camelcj.routes.feeds;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import io.camelcj.routes.support.CanonicalJson;
import io.camelcj.routes.support.CloudEventContentTypeInterceptor;
import io.camelcj.routes.support.CloudEventHeaders;
import io.camelcj.routes.support.KafkaHeaders;
import org.apache.camel.builder.RouteBuilder;

/** The shape both polling feeds share: trigger, poll, publish each change, then remember it. */
final class FeedRoutes {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FeedRoutes.class);
    private static final String CHANGE = "CamelCjFeedChange";

    private FeedRoutes() {
    }

    /**
     * A poll that first runs {@code restore} once (again at the next poll if it failed): with in-memory state
     * the feed re-reads its source and its own output topic before it asks CJ anything.
     */
    static <T> Supplier<List<T>> afterRestore(Runnable restore, Supplier<List<T>> poll) {
        java.util.concurrent.atomic.AtomicBoolean restored = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            synchronized (restored) {
                if (!restored.get()) {
                    restore.run();
                    restored.set(true);
                }
            }
            return poll.get();
        };
    }

    /** A record of a feed's topic as the record type, null for an empty or unreadable record. */
    static <T> T readRecord(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return CanonicalJson.mapper().readValue(json, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            LOG.warn("Ignored an unreadable {} record: {}", type.getSimpleName(), e.getOriginalMessage());
            return null;
        }
    }

    /**
     * from(trigger) → poll → for each change: JSON to {@code topic} with its key (and, when
     * {@code cloudEventSource} is present, its CloudEvents headers), then {@code recorded}. A change whose
     * publication failed is not recorded, so the next poll reports it again.
     */
    @SuppressWarnings("unchecked")
    static <T> void pollAndPublish(RouteBuilder builder, String routeId, String triggerUri,
                                   Supplier<List<T>> poll, Function<T, String> key, String topic,
                                   Optional<String> cloudEventSource, Function<T, CloudEventHeaders.Event> event,
                                   Consumer<T> recorded) {
        builder.from(triggerUri).routeId(routeId)
                .process(exchange -> exchange.getMessage().setBody(poll.get()))
                .split(builder.body()).stopOnException()
                    .process(exchange -> {
                        T change = (T) exchange.getMessage().getBody();
                        exchange.setProperty(CHANGE, change);
                        exchange.getMessage().setHeader(KafkaHeaders.KEY, key.apply(change));
                        exchange.getMessage().setBody(CanonicalJson.write(change));
                        cloudEventSource.ifPresent(source ->
                                CloudEventHeaders.set(exchange.getMessage(), source, event.apply(change)));
                    })
                    .to("kafka:" + topic + cloudEventSource
                            .map(source -> "?" + CloudEventContentTypeInterceptor.ENDPOINT_OPTION).orElse(""))
                    .process(exchange -> recorded.accept((T) exchange.getProperty(CHANGE)))
                .end();
    }
}
