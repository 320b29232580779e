package io.camelcj.routes.orders;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.camelcj.routes.orders.placement.RetrySchedule;
import io.camelcj.routes.support.RouteProperties;
import io.camelcj.routes.orders.validation.CjCodeList;

/**
 * Configuration of the order push route, read from {@code camel.cj.orders.*} properties.
 *
 * @param routeId              route id ({@code routeId}, default {@code cj-order-push})
 * @param inputTopic           order records ({@code inputTopic}, default {@code cj.orders.in})
 * @param resultTopic          result records ({@code resultTopic}, default {@code cj.orders.out})
 * @param deadLetterTopic      dead-letter records ({@code deadLetterTopic}, default {@code cj.orders.dlq})
 * @param groupId              Kafka consumer group ({@code groupId}, default {@code camel-cj-order-push})
 * @param autoOffsetReset      where a new consumer group starts ({@code autoOffsetReset}, {@code earliest} (default):
 *                             no order produced before the first start is missed; {@code latest})
 * @param createOperation      {@code createOrderV3} (default) or {@code createOrderV2} ({@code createOperation})
 * @param defaults             {@code logisticName}, {@code fromCountryCode}, {@code platform} for orders without them
 * @param paymentEnabled       pay each order from the balance ({@code paymentEnabled}, default false)
 * @param lookupBeforeCreate   ask CJ for the orderNumber before every first create ({@code
 *                             lookupBeforeCreate}, default false: CJ's own duplicate check (1603003) already
 *                             refuses a second order and is resolved by a look-up, so a look-up on every order
 *                             would double the calls per order; retries after an ambiguous create always look up)
 * @param retry                {@code maxAttempts} (6), {@code initialBackoffMs} (1000), {@code maxBackoffMs} (30000)
 * @param accountBlockedPause  pause before redelivering when the account cannot call CJ at all
 *                             ({@code accountBlockedPauseMs}, default 60000)
 * @param maxPollRecords       records per Kafka poll ({@code maxPollRecords}, default 20: retries may hold a record
 *                             for minutes, and the poll must return within {@code maxPollIntervalMs})
 * @param maxPollIntervalMs    Kafka {@code max.poll.interval.ms} ({@code maxPollIntervalMs}, default 900000)
 * @param pollTimeoutMs        Kafka poll time-out ({@code pollTimeoutMs}, default 5000)
 * @param consumersCount       Kafka consumer threads ({@code consumersCount}, default 1)
 * @param placedOrderCapacity  orders remembered by the default in-memory placed-order store (default 20000, about 1 KB each)
 * @param learnFromResultTopic fill the placed-order store from the result topic, read from its beginning at start
 *                             and followed afterwards ({@code learnFromResultTopic}, default true), so that a new
 *                             process or another instance knows what was placed without asking CJ
 */
public record OrderPushSettings(
        String routeId,
        String inputTopic,
        String resultTopic,
        String deadLetterTopic,
        String groupId,
        String autoOffsetReset,
        String createOperation,
        OrderDefaults defaults,
        boolean paymentEnabled,
        boolean lookupBeforeCreate,
        RetrySchedule retry,
        Duration accountBlockedPause,
        int maxPollRecords,
        int maxPollIntervalMs,
        int pollTimeoutMs,
        int consumersCount,
        int placedOrderCapacity,
        boolean learnFromResultTopic) {

    public static final String PREFIX = "camel.cj.orders.";
    private static final Set<String> CREATE_OPERATIONS = Set.of("createOrderV3", "createOrderV2");
    private static final Set<String> OFFSET_RESETS = Set.of("earliest", "latest");

    public OrderPushSettings {
        if (!CREATE_OPERATIONS.contains(createOperation)) {
            throw new IllegalArgumentException(PREFIX + "createOperation must be createOrderV3 or createOrderV2, got '"
                    + createOperation + "'");
        }
        if (!OFFSET_RESETS.contains(autoOffsetReset)) {
            throw new IllegalArgumentException(PREFIX + "autoOffsetReset must be earliest or latest, got '"
                    + autoOffsetReset + "'");
        }
        if (defaults.platform() != null && !CjCodeList.PLATFORMS.contains(defaults.platform())) {
            throw new IllegalArgumentException(PREFIX + "platform '" + defaults.platform()
                    + "' is not a platform of CJ's Appendix 3");
        }
        if (defaults.fromCountryCode() != null && !CjCodeList.COUNTRIES.contains(defaults.fromCountryCode())) {
            throw new IllegalArgumentException(PREFIX + "fromCountryCode '" + defaults.fromCountryCode()
                    + "' is not a two-letter country code of CJ's Appendix 2");
        }
    }

    /** Reads the settings; {@code property} answers the value of a full property name. */
    public static OrderPushSettings from(Function<String, Optional<String>> property) {
        RouteProperties p = new RouteProperties(PREFIX.substring(0, PREFIX.length() - 1), property);
        return new OrderPushSettings(
                p.string("routeId", "cj-order-push"),
                p.string("inputTopic", "cj.orders.in"),
                p.string("resultTopic", "cj.orders.out"),
                p.string("deadLetterTopic", "cj.orders.dlq"),
                p.string("groupId", "camel-cj-order-push"),
                p.string("autoOffsetReset", "earliest"),
                p.string("createOperation", "createOrderV3"),
                new OrderDefaults(p.string("logisticName", null), p.string("fromCountryCode", null),
                        p.string("platform", null)),
                p.bool("paymentEnabled", false),
                p.bool("lookupBeforeCreate", false),
                new RetrySchedule(p.integer("maxAttempts", 6, 1, 100),
                        Duration.ofMillis(p.integer("initialBackoffMs", 1000, 0, Integer.MAX_VALUE)),
                        Duration.ofMillis(p.integer("maxBackoffMs", 30000, 0, Integer.MAX_VALUE))),
                Duration.ofMillis(p.integer("accountBlockedPauseMs", 60000, 0, Integer.MAX_VALUE)),
                p.integer("maxPollRecords", 20, 1, 10000),
                p.integer("maxPollIntervalMs", 900000, 1000, Integer.MAX_VALUE),
                p.integer("pollTimeoutMs", 5000, 1, Integer.MAX_VALUE),
                p.integer("consumersCount", 1, 1, 1000),
                p.integer("placedOrderCapacity", 20000, 1, Integer.MAX_VALUE),
                p.bool("learnFromResultTopic", true));
    }
}
