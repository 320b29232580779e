package io.camelcj.routes.catalogue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import io.camelcj.routes.support.RoutePropertyException;
import io.camelcj.routes.support.RouteProperties;

/**
 * The catalogue sync's configuration, read from properties under {@code camel.cj.sync} (see
 * {@code src/docs/catalogue-sync.md} for the full reference). Every value is validated when the route is built; a bad
 * value fails start-up with a message naming the property.
 */
public final class CatalogueSyncConfig {

    public static final String PREFIX = "camel.cj.sync";

    /** Where the state lives. */
    public enum StateType { FILE, MEMORY }

    private final boolean enabled;
    private final String cron;
    private final String timeZone;
    private final Optional<String> incrementalCron;
    private final Duration incrementalOverlap;
    private final boolean runOnStartup;
    private final Duration startupDelay;
    private final SyncScope scope;
    private final SyncTopics topics;
    private final String kafkaOptions;
    private final String cjOptions;
    private final int pageSize;
    private final int maxPages;
    private final List<SplitKind> splitOrder;
    private final InventoryRefresh inventoryRefresh;
    private final Optional<Duration> detailRefreshAfter;
    private final boolean confirmDisappearance;
    private final int tombstoneAfterMissedRuns;
    private final List<String> ignoredListingFields;
    private final boolean publishCategories;
    private final StateType stateType;
    private final Path stateFile;
    private final boolean stateFsync;
    private final boolean rebuildStateFromTopics;
    private final Duration progressInterval;
    private final int maxProductErrors;
    private final int detailConcurrency;
    private final Optional<String> routePolicy;
    private final List<String> webhookTopics;
    private final String webhookGroupId;

    private CatalogueSyncConfig(RouteProperties p) {
        enabled = p.bool("enabled", true);
        cron = p.string("cron", "0 0 */6 * * ?");
        requireCron(p, "cron", cron);
        timeZone = p.string("timeZone", "UTC");
        if (!TimeZone.getTimeZone(timeZone).getID().equals(timeZone)) {
            throw p.invalid("timeZone", timeZone, "a time zone id such as UTC or Europe/Paris");
        }
        incrementalCron = p.string("incremental.cron");
        incrementalCron.ifPresent(c -> requireCron(p, "incremental.cron", c));
        incrementalOverlap = p.duration("incremental.overlap", Duration.ofHours(1));
        runOnStartup = p.bool("runOnStartup", false);
        startupDelay = p.duration("startupDelay", Duration.ofSeconds(5));
        scope = new SyncScope(p.string("scope.keyword").orElse(null), p.list("scope.categoryIds"),
                p.string("scope.countryCode").map(c -> c.toUpperCase(Locale.ROOT)).orElse(null),
                p.decimal("scope.minPrice").orElse(null), p.decimal("scope.maxPrice").orElse(null),
                parseParams(p, "scope.listParams"));
        if (scope.minPrice() != null && scope.maxPrice() != null
                && scope.minPrice().compareTo(scope.maxPrice()) > 0) {
            throw p.invalid("scope.maxPrice", scope.maxPrice().toPlainString(),
                    "a price not below camel.cj.sync.scope.minPrice (" + scope.minPrice().toPlainString() + ")");
        }
        SyncTopics d = SyncTopics.defaults();
        topics = new SyncTopics(p.string("topics.categories", d.categories()),
                p.string("topics.products", d.products()), p.string("topics.variants", d.variants()),
                p.string("topics.inventory", d.inventory()), p.string("topics.runs", d.runs()));
        kafkaOptions = p.string("kafka.options", "");
        cjOptions = p.string("cj.options", "");
        pageSize = p.integer("pageSize", 100, 1, 100);
        maxPages = p.integer("maxPages", 1000, 1, 1000);
        splitOrder = parseSplitOrder(p);
        inventoryRefresh = p.enumValue("inventoryRefresh", InventoryRefresh.class, InventoryRefresh.LISTING_TOTALS);
        detailRefreshAfter = p.duration("detailRefreshAfter");
        confirmDisappearance = p.bool("tombstones.confirm", true);
        tombstoneAfterMissedRuns = p.integer("tombstones.afterMissedRuns", 2, 1, 1000);
        ignoredListingFields = p.list("fingerprint.ignoredFields");
        publishCategories = p.bool("categories", true);
        stateType = p.enumValue("state.type", StateType.class, StateType.FILE);
        stateFile = Path.of(p.string("state.file", "cj-catalogue-sync.state"));
        stateFsync = p.bool("state.fsync", true);
        rebuildStateFromTopics = p.bool("state.rebuildFromTopics", true);
        progressInterval = p.duration("progressInterval", Duration.ofSeconds(30));
        maxProductErrors = p.integer("maxProductErrors", 100, 0, Integer.MAX_VALUE);
        detailConcurrency = p.integer("detailConcurrency", 4, 1, 64);
        routePolicy = p.string("routePolicy").map(r -> r.startsWith("#") ? r.substring(1) : r);
        webhookTopics = p.list("webhooks.topics");
        webhookGroupId = p.string("webhooks.groupId", "cj-catalogue-sync");
    }

    public static CatalogueSyncConfig from(RouteProperties properties) {
        return new CatalogueSyncConfig(properties);
    }

    public static CatalogueSyncConfig fromMap(Map<String, String> properties) {
        return from(RouteProperties.of(properties, PREFIX));
    }

    private static void requireCron(RouteProperties p, String name, String value) {
        int fields = value.trim().split("\\s+").length;
        if (fields < 6 || fields > 7) {
            throw p.invalid(name, value, "a Quartz cron expression with 6 or 7 fields, e.g. '0 0 */6 * * ?'");
        }
    }

    private static Map<String, String> parseParams(RouteProperties p, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : p.string(name, "").split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw p.invalid(name, pair, "listV2 parameters as name=value&name=value");
            }
            out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        for (String reserved : List.of("page", "size", "orderBy", "sort")) {
            if (out.containsKey(reserved)) {
                throw new RoutePropertyException(p.key(name), "'" + reserved + "' is set by the sync itself");
            }
        }
        return out;
    }

    private static List<SplitKind> parseSplitOrder(RouteProperties p) {
        List<String> raw = p.list("partitionBy");
        if (raw.isEmpty()) {
            return List.of(SplitKind.CATEGORY, SplitKind.PRICE, SplitKind.TIME);
        }
        List<SplitKind> out = new ArrayList<>();
        for (String r : raw) {
            try {
                SplitKind k = SplitKind.valueOf(r.toUpperCase(Locale.ROOT));
                if (!out.contains(k)) {
                    out.add(k);
                }
            } catch (IllegalArgumentException e) {
                throw p.invalid("partitionBy", r, "a comma-separated list of category, price, time");
            }
        }
        return List.copyOf(out);
    }

    public boolean enabled() { return enabled; }
    public String cron() { return cron; }
    public String timeZone() { return timeZone; }
    public Optional<String> incrementalCron() { return incrementalCron; }
    public Duration incrementalOverlap() { return incrementalOverlap; }
    public boolean runOnStartup() { return runOnStartup; }
    public Duration startupDelay() { return startupDelay; }
    public SyncScope scope() { return scope; }
    public SyncTopics topics() { return topics; }
    /** Extra camel-kafka endpoint options, e.g. {@code brokers=host:9092&lingerMs=5}. */
    public String kafkaOptions() { return kafkaOptions; }
    /** Extra cj: endpoint options, e.g. {@code qps=2}. */
    public String cjOptions() { return cjOptions; }
    public int pageSize() { return pageSize; }
    public int maxPages() { return maxPages; }
    public List<SplitKind> splitOrder() { return splitOrder; }
    public InventoryRefresh inventoryRefresh() { return inventoryRefresh; }
    public Optional<Duration> detailRefreshAfter() { return detailRefreshAfter; }
    public boolean confirmDisappearance() { return confirmDisappearance; }
    public int tombstoneAfterMissedRuns() { return tombstoneAfterMissedRuns; }
    public List<String> ignoredListingFields() { return ignoredListingFields; }
    public boolean publishCategories() { return publishCategories; }
    public StateType stateType() { return stateType; }
    public Path stateFile() { return stateFile; }
    public boolean stateFsync() { return stateFsync; }
    public boolean rebuildStateFromTopics() { return rebuildStateFromTopics; }
    public Duration progressInterval() { return progressInterval; }
    public int maxProductErrors() { return maxProductErrors; }
    /** Products of a page handled at once; their CJ calls still queue at the account's rate limiter. */
    public int detailConcurrency() { return detailConcurrency; }
    /** Bean name(s) of route policies for the sync routes, e.g. a ClusteredRoutePolicy (leader only). */
    public Optional<String> routePolicy() { return routePolicy; }
    /** Kafka topics of the webhook feed (PRODUCT, VARIANT, STOCK messages) that mark products stale; none: off. */
    public List<String> webhookTopics() { return webhookTopics; }
    public String webhookGroupId() { return webhookGroupId; }

    /** listV2's hard bound on one query: pages × page size. */
    public long reachableBound() {
        return (long) pageSize * maxPages;
    }
}
