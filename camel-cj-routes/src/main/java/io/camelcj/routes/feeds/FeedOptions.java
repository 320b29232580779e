package io.camelcj.routes.feeds;

import java.time.Duration;
import java.util.List;

import io.camelcj.routes.support.CjEndpointOptions;
import io.camelcj.routes.support.CloudEventOptions;
import io.camelcj.routes.support.OptionType;
import io.camelcj.routes.support.RouteOption;
import io.camelcj.routes.support.RouteOptions;
import io.camelcj.routes.support.RouteValues;

/** The options both polling feeds have, declared once and added to each feed's family with its own defaults. */
public final class FeedOptions {

    public final RouteOption<Boolean> enabled;
    public final RouteOption<String> sourceTopic;
    public final RouteOption<String> topic;
    public final RouteOption<Duration> interval;
    public final RouteOption<String> triggerUri;
    public final RouteOption<String> groupId;
    public final RouteOption<Integer> batchSize;
    public final RouteOption<List<String>> finalStatuses;
    public final RouteOption<Boolean> restoreStateOnStart;
    public final CjEndpointOptions cj;
    public final CloudEventOptions cloudEvents;

    FeedOptions(RouteOptions family, String name, String sourceTopic, String topic, Duration interval,
                int batchSize, int maxBatchSize, List<String> finalStatuses) {
        enabled = family.add("enabled", OptionType.bool(), true, "Whether the " + name + " feed runs.");
        this.sourceTopic = family.add("source-topic", OptionType.string(), sourceTopic,
                "Topic whose records name what the feed follows.");
        this.topic = family.add("topic", OptionType.string(), topic, "Topic the feed writes its changes to.");
        this.interval = family.add("interval", OptionType.duration(), interval, "Time between two polls.");
        triggerUri = family.add("trigger-uri", OptionType.string(), null, "A consumer endpoint that triggers the"
                + " polls instead of the interval (e.g. a clustered quartz, or direct: for manual polls).");
        groupId = family.add("group-id", OptionType.string(), "cj-" + name + "-feed",
                "Kafka consumer group of the source topic.");
        this.batchSize = family.add("batch-size", OptionType.integer(1, maxBatchSize), batchSize,
                "Ids sent in one CJ call.");
        this.finalStatuses = family.add("final-statuses", OptionType.list(), finalStatuses,
                "Statuses after which an entry is reported once more and then no longer followed.");
        restoreStateOnStart = family.add("restore-state-on-start", OptionType.bool(), null, "Re-read the source and"
                + " output topics at the first poll; default: on with the in-memory store.");
        cj = CjEndpointOptions.addTo(family);
        cloudEvents = CloudEventOptions.addTo(family, "urn:camel-cj:" + name);
    }

    /**
     * The trigger: {@code trigger-uri} when set, else a quartz simple trigger every {@code interval} that never
     * overlaps itself.
     */
    String triggerUri(RouteValues values, String name) {
        return values.find(triggerUri).orElseGet(() -> "quartz:cj-feeds/" + name
                + "?stateful=true&trigger.repeatCount=-1&trigger.repeatInterval=" + values.get(interval).toMillis());
    }

    /** The Kafka consumer of the feed's source topic (its own consumer group, from the start the first time). */
    String sourceUri(RouteValues values, String topicName) {
        return "kafka:" + topicName + "?groupId=" + values.get(groupId) + "&autoOffsetReset=earliest";
    }
}
