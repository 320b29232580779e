package io.camelcj.routes.orders;

import java.math.BigDecimal;
import java.time.Duration;

import io.camelcj.routes.support.CjEndpointOptions;
import io.camelcj.routes.support.OptionType;
import io.camelcj.routes.support.RouteOption;
import io.camelcj.routes.support.RouteOptions;

/** Every option of the order push route ({@code camel.cj.orders.*}), declared once. */
public final class OrderPushOptions {

    public static final RouteOptions FAMILY = new RouteOptions("camel.cj.orders",
            "Order push: order records from Kafka become CJ orders, each exactly once, or dead-letter records");

    public static final RouteOption<Boolean> ENABLED = FAMILY.add("enabled", OptionType.bool(), true,
            "Whether the route is added (with Camel Main's route builder scanning).");
    public static final RouteOption<String> ROUTE_ID = FAMILY.add("route-id", OptionType.string(), "cj-order-push",
            "Route id.");
    public static final RouteOption<String> INPUT_TOPIC = FAMILY.add("input-topic", OptionType.string(),
            "cj.orders.in", "Topic of the order records (key: orderNumber).");
    public static final RouteOption<String> RESULT_TOPIC = FAMILY.add("result-topic", OptionType.string(),
            "cj.orders.out", "Topic of the result records.");
    public static final RouteOption<String> DEAD_LETTER_TOPIC = FAMILY.add("dead-letter-topic", OptionType.string(),
            "cj.orders.dlq", "Topic of the dead-letter records.");
    public static final RouteOption<String> GROUP_ID = FAMILY.add("group-id", OptionType.string(),
            "camel-cj-order-push", "Kafka consumer group of the input topic.");
    public static final RouteOption<String> AUTO_OFFSET_RESET = FAMILY.add("auto-offset-reset",
            OptionType.oneOf("earliest", "latest"), "earliest",
            "Where a new consumer group starts: earliest misses no order produced before the first start.");
    public static final RouteOption<String> CREATE_OPERATION = FAMILY.add("create-operation",
            OptionType.oneOf("createOrderV3", "createOrderV2"), "createOrderV3", "The CJ create-order operation.");
    public static final RouteOption<String> LOGISTIC_NAME = FAMILY.add("logistic-name", OptionType.string(), null,
            "logisticName for orders without one.");
    public static final RouteOption<String> FROM_COUNTRY_CODE = FAMILY.add("from-country-code", OptionType.string(),
            null, "fromCountryCode (CJ's Appendix 2) for orders without one.");
    public static final RouteOption<String> PLATFORM = FAMILY.add("platform", OptionType.string(), null,
            "platform (CJ's Appendix 3) for orders without one.");
    public static final RouteOption<Boolean> PAYMENT_ENABLED = FAMILY.add("payment-enabled", OptionType.bool(), false,
            "Pay each order from the CJ balance.");
    public static final RouteOption<Boolean> LOOKUP_BEFORE_CREATE = FAMILY.add("lookup-before-create",
            OptionType.bool(), false, "Ask CJ for the orderNumber before every first create. Off by default: CJ's"
                    + " own duplicate check (1603003) refuses a second order and is resolved by a look-up.");
    public static final RouteOption<Duration> ACCOUNT_BLOCKED_PAUSE = FAMILY.add("account-blocked-pause",
            OptionType.duration(), Duration.ofMinutes(1),
            "Pause before redelivering when the account cannot call CJ at all (authentication, daily limit, points).");
    public static final RouteOption<Integer> MAX_POLL_RECORDS = FAMILY.add("max-poll-records",
            OptionType.integer(1, 10_000), 20,
            "Records per Kafka poll: a record may be held for minutes by retries, and the poll must return within"
                    + " max-poll-interval.");
    public static final RouteOption<Duration> MAX_POLL_INTERVAL = FAMILY.add("max-poll-interval",
            OptionType.duration(), Duration.ofMinutes(15), "Kafka max.poll.interval.ms.");
    public static final RouteOption<Duration> POLL_TIMEOUT = FAMILY.add("poll-timeout", OptionType.duration(),
            Duration.ofSeconds(5), "Kafka poll time-out.");
    public static final RouteOption<Integer> CONSUMERS_COUNT = FAMILY.add("consumers-count",
            OptionType.integer(1, 1000), 1, "Kafka consumer threads.");
    public static final RouteOption<Integer> PLACED_ORDER_CAPACITY = FAMILY.add("placed-order-capacity",
            OptionType.integer(1, Integer.MAX_VALUE), 20_000,
            "Orders remembered by the default in-memory placed-order store (about 1 KB each).");
    public static final RouteOption<Boolean> LEARN_FROM_RESULT_TOPIC = FAMILY.add("learn-from-result-topic",
            OptionType.bool(), true, "Fill the placed-order store from the result topic, read from its beginning at"
                    + " start, so that a new process knows what was placed without asking CJ.");
    public static final RouteOption<Integer> MAX_QUANTITY = FAMILY.add("max-quantity",
            OptionType.integer(1, Integer.MAX_VALUE), 1000,
            "Sanity bound on one line's quantity; above it the order is dead-lettered INVALID, never sent.");
    public static final RouteOption<BigDecimal> MAX_LINE_VALUE = FAMILY.add("max-line-value", OptionType.decimal(),
            new BigDecimal("10000"), "Sanity bound on quantity × unitPrice of a line that gives its unitPrice (USD);"
                    + " above it the order is dead-lettered INVALID, never sent.");
    public static final RouteOption<Integer> MAX_RECORD_SIZE = FAMILY.add("max-record-size",
            OptionType.integer(1024, 64 * 1024 * 1024), 256 * 1024,
            "Largest order record in bytes; a larger one is dead-lettered as a summary (TOO_LARGE) before any CJ call."
                    + " Keep it below the producer's max.request.size so that a record can be dead-lettered whole.");
    public static final RouteOption<Integer> MAX_DELIVERIES = FAMILY.add("max-deliveries",
            OptionType.integer(1, 1000), 5, "Deliveries of one record whose outcome (even as a summary) could not be"
                    + " written before it is skipped with an error, so that one record can never halt the route.");
    /** Order placement's own retry policy, on its cj: endpoints: 5 retries from 1 s (about 31 s in all). */
    public static final CjEndpointOptions CJ = CjEndpointOptions.addTo(FAMILY, 5, Duration.ofSeconds(1));

    private OrderPushOptions() {
    }
}
