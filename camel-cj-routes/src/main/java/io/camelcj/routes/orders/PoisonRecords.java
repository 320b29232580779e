package io.camelcj.routes.orders;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.camelcj.routes.orders.OrderHeaders.DeadLetterType;
import io.camelcj.routes.support.CanonicalJson;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import io.camelcj.routes.support.KafkaHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one bad record from halting order placement (issue 16, finding 1): a record over {@code max-record-size} is
 * dead-lettered before any CJ call; a dead-letter record Kafka refuses (too large, its headers too large) is
 * replaced by a bounded summary (key, source, size, reason, a truncated prefix); and a record whose outcome still
 * cannot be written is skipped after {@code max-deliveries} deliveries, with an error, instead of being delivered
 * again forever ({@code breakOnFirstError} seeks back to it each time).
 */
final class PoisonRecords {

    /** Exchange property: the record's size in bytes, as measured before parsing. */
    static final String SIZE = "CjOrderRecordSize";
    /** Characters of the record kept in a summary. */
    static final int PREFIX_CHARS = 1024;
    /** Characters kept of the key and of any header value in a summary. */
    static final int TEXT_CHARS = 256;

    private static final Logger LOG = LoggerFactory.getLogger(PoisonRecords.class);

    private final int maxRecordSize;
    private final int maxDeliveries;
    /** Deliveries per source (topic/partition/offset) not yet committed; bounded by the records in flight. */
    private final Map<String, Integer> deliveries = new ConcurrentHashMap<>();

    PoisonRecords(int maxRecordSize, int maxDeliveries) {
        this.maxRecordSize = maxRecordSize;
        this.maxDeliveries = maxDeliveries;
    }

    /** Counts a delivery of the record; true when it came more often than allowed and must be skipped. */
    boolean overDelivered(String source) {
        return deliveries.merge(source, 1, Integer::sum) > maxDeliveries;
    }

    int deliveries(String source) {
        return deliveries.getOrDefault(source, 0);
    }

    /** The record got its outcome (or was skipped): forget it. */
    void done(String source) {
        deliveries.remove(source);
    }

    /** True (and the exchange made a {@link DeadLetterType#TOO_LARGE} summary) when the record is too large. */
    boolean rejectIfTooLarge(Exchange exchange, String value) {
        int size = value == null ? 0 : value.getBytes(StandardCharsets.UTF_8).length;
        exchange.setProperty(SIZE, size);
        if (size <= maxRecordSize) {
            return false;
        }
        summarize(exchange, DeadLetterType.TOO_LARGE, "the record has " + size + " bytes, more than max-record-size ("
                + maxRecordSize + "); nothing was sent to CJ");
        return true;
    }

    /** After Kafka refused the dead-letter record: the same outcome as a bounded summary. */
    void summarizeAfterRefusal(Exchange exchange) {
        Exception refusal = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String type = exchange.getIn().getHeader(OrderHeaders.ERROR_TYPE, String.class);
        String reason = exchange.getIn().getHeader(OrderHeaders.ERROR_REASON, String.class);
        summarize(exchange, type == null ? DeadLetterType.TOO_LARGE : DeadLetterType.valueOf(type),
                reason + " (the record itself could not be dead-lettered: "
                        + (refusal == null ? "refused" : refusal.getClass().getSimpleName() + ": "
                        + refusal.getMessage()) + ")");
    }

    /** A record delivered {@code max-deliveries} times without an outcome that could be written: moved past. */
    void skip(Exchange exchange, String source) {
        Object key = exchange.getIn().getHeader(KafkaHeaders.KEY);
        LOG.error("Order record {} (key {}, {} bytes) skipped: no outcome could be written in {} deliveries; it is"
                        + " neither placed nor dead-lettered, re-drive it by hand", source, truncate(key), size(exchange),
                maxDeliveries);
    }

    private void summarize(Exchange exchange, DeadLetterType type, String reason) {
        Message in = exchange.getIn();
        String value = in.getBody(String.class);
        Object key = in.getHeader(KafkaHeaders.KEY);
        String source = in.getHeader(OrderHeaders.SOURCE, String.class);
        String boundedReason = truncate(reason);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("summary", true);
        summary.put("key", truncate(key));
        summary.put("source", source);
        summary.put("size", size(exchange));
        summary.put("errorType", type.name());
        summary.put("reason", boundedReason);
        summary.put("deliveries", deliveries(source));
        summary.put("prefix", value == null ? null : value.substring(0, Math.min(PREFIX_CHARS, value.length())));
        summary.put("truncated", value != null && value.length() > PREFIX_CHARS);
        // the input record's own headers may be what made the record too large: keep only the route's, bounded
        String orderNumber = in.getHeader(OrderHeaders.ORDER_NUMBER, String.class);
        String field = in.getHeader(OrderHeaders.ERROR_FIELD, String.class);
        String violations = in.getHeader(OrderHeaders.VIOLATIONS, String.class);
        in.removeHeaders("*", KafkaHeaders.TOPIC, KafkaHeaders.PARTITION, KafkaHeaders.OFFSET,
                KafkaHeaders.MANUAL_COMMIT);
        in.setBody(CanonicalJson.write(summary));
        if (key != null) {
            in.setHeader(KafkaHeaders.KEY, truncate(key));
        }
        if (orderNumber != null) {
            in.setHeader(OrderHeaders.ORDER_NUMBER, truncate(orderNumber));
        }
        in.setHeader(OrderHeaders.SOURCE, source);
        if (field != null) {
            in.setHeader(OrderHeaders.ERROR_FIELD, truncate(field));
        }
        if (violations != null) {
            in.setHeader(OrderHeaders.VIOLATIONS, truncate(violations));
        }
        in.setHeader(OrderHeaders.ERROR_TYPE, type.name());
        in.setHeader(OrderHeaders.ERROR_REASON, boundedReason);
        in.setHeader(OrderHeaders.SUMMARY, "true");
        exchange.setProperty(OrderPushProcessor.TARGET, OrderPushProcessor.TARGET_DEAD_LETTER);
        LOG.warn("Order record {} to the dead-letter topic as a summary: {} {}", source, type, boundedReason);
    }

    private static Object size(Exchange exchange) {
        return exchange.getProperty(SIZE);
    }

    private static String truncate(Object text) {
        if (text == null) {
            return null;
        }
        String s = text.toString();
        return s.length() <= TEXT_CHARS ? s : s.substring(0, TEXT_CHARS) + "…";
    }
}
