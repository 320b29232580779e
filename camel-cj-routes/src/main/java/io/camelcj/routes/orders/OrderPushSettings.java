package io.camelcj.routes.orders;

import static io.camelcj.routes.orders.OrderPushOptions.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.routes.orders.validation.CjCodeList;
import io.camelcj.routes.support.CjEndpointOptions;
import io.camelcj.routes.support.RouteValues;

/**
 * Configuration of the order push route, read from {@code camel.cj.orders.*} properties; each option is declared,
 * with its default and meaning, in {@link OrderPushOptions}.
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
        Duration accountBlockedPause,
        int maxPollRecords,
        Duration maxPollInterval,
        Duration pollTimeout,
        int consumersCount,
        int placedOrderCapacity,
        boolean learnFromResultTopic,
        int maxQuantity,
        BigDecimal maxLineValue,
        int maxRecordSize,
        int maxDeliveries,
        CjEndpointOptions.Endpoint cj) {

    public static final String PREFIX = FAMILY.prefix() + ".";

    /** Reads and checks the settings. */
    public static OrderPushSettings from(RouteValues v) {
        String platform = v.get(PLATFORM);
        if (platform != null && !CjCodeList.PLATFORMS.contains(platform)) {
            throw v.invalid(PLATFORM, "'" + platform + "' is not a platform of CJ's Appendix 3");
        }
        String from = v.get(FROM_COUNTRY_CODE);
        if (from != null && !CjCodeList.COUNTRIES.contains(from)) {
            throw v.invalid(FROM_COUNTRY_CODE, "'" + from + "' is not a two-letter country code of CJ's Appendix 2");
        }
        return new OrderPushSettings(v.get(ROUTE_ID), v.get(INPUT_TOPIC), v.get(RESULT_TOPIC),
                v.get(DEAD_LETTER_TOPIC), v.get(GROUP_ID), v.get(AUTO_OFFSET_RESET), v.get(CREATE_OPERATION),
                new OrderDefaults(v.get(LOGISTIC_NAME), from, platform), v.get(PAYMENT_ENABLED),
                v.get(LOOKUP_BEFORE_CREATE), v.get(ACCOUNT_BLOCKED_PAUSE), v.get(MAX_POLL_RECORDS),
                v.get(MAX_POLL_INTERVAL), v.get(POLL_TIMEOUT), v.get(CONSUMERS_COUNT), v.get(PLACED_ORDER_CAPACITY),
                v.get(LEARN_FROM_RESULT_TOPIC), v.get(MAX_QUANTITY), v.get(MAX_LINE_VALUE), v.get(MAX_RECORD_SIZE), v.get(MAX_DELIVERIES),
                CJ.endpoint(v));
    }

    /** Reads the settings from plain properties (full keys). */
    public static OrderPushSettings from(Map<String, String> properties) {
        return from(FAMILY.read(properties));
    }

    /** The configured create operation. */
    public CjOperation createOrderOperation() {
        return "createOrderV2".equals(createOperation) ? CjOperation.CREATE_ORDER_V2 : CjOperation.CREATE_ORDER_V3;
    }
}
