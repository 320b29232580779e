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

import io.camelcj.routes.support.CjEndpointOptions;
import io.camelcj.routes.support.RouteOption;
import io.camelcj.routes.support.RouteValues;
import org.apache.camel.CamelContext;

import static io.camelcj.routes.catalogue.CatalogueSyncOptions.*;

/**
 * The catalogue sync's configuration, read from properties under {@code camel.cj.sync}; each option is declared
 * in {@link CatalogueSyncOptions} (see {@code src/docs/catalogue-sync.md} for the full reference). Every value is validated when the route is built; a bad
 * value fails start-up with a message naming the property.
 */
public final class CatalogueSyncConfig {

    public static final String PREFIX = FAMILY.prefix();

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
    private final CjEndpointOptions.Endpoint cj;
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
    private final boolean listingPrefetch;
    private final Optional<String> routePolicy;
    private final List<String> webhookTopics;
    private final String webhookGroupId;
    private final Duration retryBudget;
    private final Duration retryPause;
    private final Duration retryPauseMax;
    private final Duration rateLimitPause;
    private final Duration retryAfter;

    private CatalogueSyncConfig(RouteValues v) {
        enabled = v.get(ENABLED);
        cron = requireCron(v, CRON, v.get(CRON));
        timeZone = v.get(TIME_ZONE);
        if (!TimeZone.getTimeZone(timeZone).getID().equals(timeZone)) {
            throw v.invalid(TIME_ZONE, "expected a time zone id such as UTC or Europe/Paris, got '" + timeZone + "'");
        }
        incrementalCron = v.find(INCREMENTAL_CRON).map(c -> requireCron(v, INCREMENTAL_CRON, c));
        incrementalOverlap = v.get(INCREMENTAL_OVERLAP);
        runOnStartup = v.get(RUN_ON_STARTUP);
        startupDelay = v.get(STARTUP_DELAY);
        scope = new SyncScope(v.get(SCOPE_KEYWORD), v.get(SCOPE_CATEGORY_IDS),
                v.find(SCOPE_COUNTRY_CODE).map(c -> c.toUpperCase(Locale.ROOT)).orElse(null),
                v.get(SCOPE_MIN_PRICE), v.get(SCOPE_MAX_PRICE), parseParams(v));
        if (scope.minPrice() != null && scope.maxPrice() != null
                && scope.minPrice().compareTo(scope.maxPrice()) > 0) {
            throw v.invalid(SCOPE_MAX_PRICE, "expected a price not below " + SCOPE_MIN_PRICE.key() + " ("
                    + scope.minPrice().toPlainString() + "), got '" + scope.maxPrice().toPlainString() + "'");
        }
        topics = new SyncTopics(v.get(TOPICS_CATEGORIES), v.get(TOPICS_PRODUCTS), v.get(TOPICS_VARIANTS),
                v.get(TOPICS_INVENTORY), v.get(TOPICS_RUNS));
        kafkaOptions = v.find(KAFKA_OPTIONS).orElse("");
        cj = CatalogueSyncOptions.CJ.endpoint(v);
        pageSize = v.get(PAGE_SIZE);
        maxPages = v.get(MAX_PAGES);
        splitOrder = parseSplitOrder(v);
        inventoryRefresh = v.get(INVENTORY_REFRESH);
        detailRefreshAfter = v.find(DETAIL_REFRESH_AFTER);
        confirmDisappearance = v.get(TOMBSTONES_CONFIRM);
        tombstoneAfterMissedRuns = v.get(TOMBSTONES_AFTER_MISSED_RUNS);
        ignoredListingFields = v.get(FINGERPRINT_IGNORED_FIELDS);
        publishCategories = v.get(CATEGORIES);
        stateType = v.get(STATE_TYPE);
        stateFile = Path.of(v.get(STATE_FILE));
        stateFsync = v.get(STATE_FSYNC);
        rebuildStateFromTopics = v.get(STATE_REBUILD_FROM_TOPICS);
        progressInterval = v.get(PROGRESS_INTERVAL);
        maxProductErrors = v.get(MAX_PRODUCT_ERRORS);
        detailConcurrency = v.get(DETAIL_CONCURRENCY);
        listingPrefetch = v.get(LISTING_PREFETCH);
        routePolicy = v.find(ROUTE_POLICY).map(r -> r.startsWith("#") ? r.substring(1) : r);
        webhookTopics = v.get(WEBHOOKS_TOPICS);
        webhookGroupId = v.get(WEBHOOKS_GROUP_ID);
        retryBudget = v.get(RETRY_BUDGET);
        retryPause = v.get(RETRY_PAUSE);
        retryPauseMax = v.get(RETRY_PAUSE_MAX);
        if (retryPauseMax.compareTo(retryPause) < 0) {
            throw v.invalid(RETRY_PAUSE_MAX, "expected at least " + RETRY_PAUSE.key() + " (" + retryPause + "), got "
                    + retryPauseMax);
        }
        rateLimitPause = v.get(RATE_LIMIT_PAUSE);
        retryAfter = v.get(RETRY_AFTER);
    }

    public static CatalogueSyncConfig from(RouteValues values) {
        return new CatalogueSyncConfig(values);
    }

    /** Reads the configuration through the context's properties (unknown {@code camel.cj.*} keys are refused). */
    public static CatalogueSyncConfig from(CamelContext context) {
        return from(FAMILY.read(context));
    }

    public static CatalogueSyncConfig fromMap(Map<String, String> properties) {
        return from(FAMILY.read(properties));
    }

    private static String requireCron(RouteValues v, RouteOption<String> option, String value) {
        int fields = value.trim().split("\\s+").length;
        if (fields < 6 || fields > 7) {
            throw v.invalid(option, "expected a Quartz cron expression with 6 or 7 fields, e.g. '0 0 */6 * * ?', got '"
                    + value + "'");
        }
        return value;
    }

    private static Map<String, String> parseParams(RouteValues v) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : v.find(SCOPE_LIST_PARAMS).orElse("").split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw v.invalid(SCOPE_LIST_PARAMS, "expected listV2 parameters as name=value&name=value, got '"
                        + pair + "'");
            }
            out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        for (String reserved : List.of("page", "size", "orderBy", "sort")) {
            if (out.containsKey(reserved)) {
                throw v.invalid(SCOPE_LIST_PARAMS, "'" + reserved + "' is set by the sync itself");
            }
        }
        return out;
    }

    private static List<SplitKind> parseSplitOrder(RouteValues v) {
        List<SplitKind> out = new ArrayList<>();
        for (String r : v.get(PARTITION_BY)) {
            try {
                SplitKind k = SplitKind.valueOf(r.toUpperCase(Locale.ROOT));
                if (!out.contains(k)) {
                    out.add(k);
                }
            } catch (IllegalArgumentException e) {
                throw v.invalid(PARTITION_BY, "expected a comma-separated list of category, price, time, got '"
                        + r + "'");
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
    /** How the sync reaches cj: ({@code camel.cj.sync.cj.*}). */
    public CjEndpointOptions.Endpoint cj() { return cj; }
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
    /** Whether the next listV2 page is asked for while the current page's products are fetched. */
    public boolean listingPrefetch() { return listingPrefetch; }
    /** Bean name(s) of route policies for the sync routes, e.g. a ClusteredRoutePolicy (leader only). */
    public Optional<String> routePolicy() { return routePolicy; }
    /** Kafka topics of the webhook feed (PRODUCT, VARIANT, STOCK messages) that mark products stale; none: off. */
    public List<String> webhookTopics() { return webhookTopics; }
    public String webhookGroupId() { return webhookGroupId; }
    /** Waiting a run may spend on retries of failed CJ calls. */
    public Duration retryBudget() { return retryBudget; }
    public Duration retryPause() { return retryPause; }
    public Duration retryPauseMax() { return retryPauseMax; }
    public Duration rateLimitPause() { return rateLimitPause; }
    /** Back-off before a FAILED run is resumed. */
    public Duration retryAfter() { return retryAfter; }

    /** listV2's hard bound on one query: pages × page size. */
    public long reachableBound() {
        return (long) pageSize * maxPages;
    }
}
