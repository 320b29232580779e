package io.camelcj.routes.feeds;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import io.camelcj.routes.support.CanonicalJson;
import io.camelcj.routes.support.RouteProperties;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;

/** The shape both polling feeds share: trigger, poll, publish each change, then remember it. */
final class FeedRoutes {

    private static final String CHANGE = "CamelCjFeedChange";

    private FeedRoutes() {
    }

    /**
     * The trigger: {@code trigger-uri} when set (any consumer endpoint, e.g. a clustered quartz or a
     * {@code direct:} for manual polls), else a quartz simple trigger every {@code interval} that never
     * overlaps itself.
     */
    static String triggerUri(RouteProperties properties, String name, Duration defaultInterval) {
        return properties.string("trigger-uri").orElseGet(() -> "quartz:cj-feeds/" + name
                + "?stateful=true&trigger.repeatCount=-1&trigger.repeatInterval="
                + properties.duration("interval", defaultInterval).toMillis());
    }

    /**
     * The Kafka consumer of a feed's source topic. A feed whose state lives in memory re-reads the whole
     * topic at every start ({@code seekTo=BEGINNING}) to rebuild what it follows; with a persistent store it
     * resumes from its consumer group's offsets. Property {@code replay-source-on-start} overrides.
     */
    static String sourceUri(RouteProperties properties, String topic, String defaultGroup, boolean inMemoryState) {
        boolean replay = properties.bool("replay-source-on-start", inMemoryState);
        return "kafka:" + topic + "?groupId=" + properties.string("group-id", defaultGroup)
                + (replay ? "&seekTo=BEGINNING" : "&autoOffsetReset=earliest");
    }

    /**
     * from(trigger) → poll → for each change: JSON to {@code topic} with its key, then {@code recorded}. A
     * change whose publication failed is not recorded, so the next poll reports it again.
     */
    @SuppressWarnings("unchecked")
    static <T> void pollAndPublish(RouteBuilder builder, String routeId, String triggerUri,
                                   Supplier<List<T>> poll, Function<T, String> key, String topic,
                                   Consumer<T> recorded) {
        builder.from(triggerUri).routeId(routeId)
                .process(exchange -> exchange.getMessage().setBody(poll.get()))
                .split(builder.body()).stopOnException()
                    .process(exchange -> {
                        T change = (T) exchange.getMessage().getBody();
                        exchange.setProperty(CHANGE, change);
                        exchange.getMessage().setHeader(KafkaConstants.KEY, key.apply(change));
                        exchange.getMessage().setBody(CanonicalJson.write(change));
                    })
                    .to("kafka:" + topic)
                    .process(exchange -> recorded.accept((T) exchange.getProperty(CHANGE)))
                .end();
    }
}
