package io.camelcj.routes.catalogue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import io.camelcj.routes.support.CjEndpointOptions;
import io.camelcj.routes.support.OptionType;
import io.camelcj.routes.support.RouteOption;
import io.camelcj.routes.support.RouteOptions;

/**
 * Every option of the catalogue sync ({@code camel.cj.sync.*}), declared once; {@code src/docs/catalogue-sync.md}
 * explains them at length.
 */
public final class CatalogueSyncOptions {

    public static final RouteOptions FAMILY = new RouteOptions("camel.cj.sync",
            "Catalogue sync: CJ categories, products, variants and inventory to compacted Kafka topics");

    private static final OptionType<String> TEXT = OptionType.string();

    public static final RouteOption<Boolean> ENABLED = FAMILY.add("enabled", OptionType.bool(), true,
            "Whether the sync routes are added.");
    public static final RouteOption<String> CRON = FAMILY.add("cron", TEXT, "0 0 */6 * * ?",
            "Quartz cron (6 or 7 fields) of the full runs.");
    public static final RouteOption<String> TIME_ZONE = FAMILY.add("time-zone", TEXT, "UTC",
            "Time zone of the cron expressions.");
    public static final RouteOption<String> INCREMENTAL_CRON = FAMILY.add("incremental.cron", TEXT, null,
            "Quartz cron of incremental runs (products changed since the last run); unset: none.");
    public static final RouteOption<Duration> INCREMENTAL_OVERLAP = FAMILY.add("incremental.overlap",
            OptionType.duration(), Duration.ofHours(1), "How far an incremental run looks back before the last run.");
    public static final RouteOption<Boolean> RUN_ON_STARTUP = FAMILY.add("run-on-startup", OptionType.bool(), false,
            "Also run once shortly after start.");
    public static final RouteOption<Duration> STARTUP_DELAY = FAMILY.add("startup-delay", OptionType.duration(),
            Duration.ofSeconds(5), "Delay of the start-up run.");
    public static final RouteOption<String> SCOPE_KEYWORD = FAMILY.add("scope.keyword", TEXT, null,
            "listV2 keyWord filter.");
    public static final RouteOption<List<String>> SCOPE_CATEGORY_IDS = FAMILY.add("scope.category-ids",
            OptionType.list(), List.of(), "Category ids to sync (comma-separated); empty: all.");
    public static final RouteOption<String> SCOPE_COUNTRY_CODE = FAMILY.add("scope.country-code", TEXT, null,
            "listV2 countryCode filter (warehouse country).");
    public static final RouteOption<BigDecimal> SCOPE_MIN_PRICE = FAMILY.add("scope.min-price", OptionType.decimal(),
            null, "Lowest sell price.");
    public static final RouteOption<BigDecimal> SCOPE_MAX_PRICE = FAMILY.add("scope.max-price", OptionType.decimal(),
            null, "Highest sell price.");
    public static final RouteOption<String> SCOPE_LIST_PARAMS = FAMILY.add("scope.list-params", TEXT, null,
            "Further listV2 parameters as name=value&name=value (not page, size, orderBy, sort).");
    public static final RouteOption<String> TOPICS_CATEGORIES = FAMILY.add("topics.categories", TEXT,
            SyncTopics.defaults().categories(), "Topic of the category records.");
    public static final RouteOption<String> TOPICS_PRODUCTS = FAMILY.add("topics.products", TEXT,
            SyncTopics.defaults().products(), "Topic of the product records.");
    public static final RouteOption<String> TOPICS_VARIANTS = FAMILY.add("topics.variants", TEXT,
            SyncTopics.defaults().variants(), "Topic of the variant records.");
    public static final RouteOption<String> TOPICS_INVENTORY = FAMILY.add("topics.inventory", TEXT,
            SyncTopics.defaults().inventory(), "Topic of the inventory records.");
    public static final RouteOption<String> TOPICS_RUNS = FAMILY.add("topics.runs", TEXT,
            SyncTopics.defaults().runs(), "Topic of the run summaries.");
    public static final RouteOption<String> KAFKA_OPTIONS = FAMILY.add("kafka.options", TEXT, null,
            "Extra camel-kafka endpoint options, e.g. brokers=host:9092&lingerMs=5.");
    public static final RouteOption<Integer> PAGE_SIZE = FAMILY.add("page-size", OptionType.integer(1, 100), 100,
            "listV2 page size.");
    public static final RouteOption<Integer> MAX_PAGES = FAMILY.add("max-pages", OptionType.integer(1, 1000), 1000,
            "listV2 pages reachable by one query (CJ's bound); larger scopes are partitioned.");
    public static final RouteOption<List<String>> PARTITION_BY = FAMILY.add("partition-by", OptionType.list(),
            List.of("category", "price", "time"),
            "How a scope too large for one query is split, in order: category, price, time.");
    public static final RouteOption<InventoryRefresh> INVENTORY_REFRESH = FAMILY.add("inventory-refresh",
            OptionType.enumOf(InventoryRefresh.class), InventoryRefresh.LISTING_TOTALS,
            "When inventory is fetched for an unchanged product.");
    public static final RouteOption<Duration> DETAIL_REFRESH_AFTER = FAMILY.add("detail-refresh-after",
            OptionType.duration(), null, "Re-fetch details of an unchanged product after this long; unset: never.");
    public static final RouteOption<Boolean> TOMBSTONES_CONFIRM = FAMILY.add("tombstones.confirm", OptionType.bool(),
            true, "Ask product/query before writing a tombstone for a product no longer listed.");
    public static final RouteOption<Integer> TOMBSTONES_AFTER_MISSED_RUNS = FAMILY.add("tombstones.after-missed-runs",
            OptionType.integer(1, 1000), 2, "Runs a product may be missing before its tombstone.");
    public static final RouteOption<List<String>> FINGERPRINT_IGNORED_FIELDS = FAMILY.add(
            "fingerprint.ignored-fields", OptionType.list(), List.of(),
            "listV2 fields left out of the change fingerprint.");
    public static final RouteOption<Boolean> CATEGORIES = FAMILY.add("categories", OptionType.bool(), true,
            "Publish the category tree.");
    public static final RouteOption<CatalogueSyncConfig.StateType> STATE_TYPE = FAMILY.add("state.type",
            OptionType.enumOf(CatalogueSyncConfig.StateType.class), CatalogueSyncConfig.StateType.FILE,
            "Where the sync state lives.");
    public static final RouteOption<String> STATE_FILE = FAMILY.add("state.file", TEXT, "cj-catalogue-sync.state",
            "The state file (state.type=file).");
    public static final RouteOption<Boolean> STATE_FSYNC = FAMILY.add("state.fsync", OptionType.bool(), true,
            "fsync the state file on each checkpoint.");
    public static final RouteOption<Boolean> STATE_REBUILD_FROM_TOPICS = FAMILY.add("state.rebuild-from-topics",
            OptionType.bool(), true, "Rebuild a missing state from the compacted topics.");
    public static final RouteOption<Duration> PROGRESS_INTERVAL = FAMILY.add("progress-interval",
            OptionType.duration(), Duration.ofSeconds(30), "Time between two progress log lines.");
    public static final RouteOption<Integer> MAX_PRODUCT_ERRORS = FAMILY.add("max-product-errors",
            OptionType.integer(0, Integer.MAX_VALUE), 100, "Products that may fail in one run before it gives up.");
    public static final RouteOption<Integer> DETAIL_CONCURRENCY = FAMILY.add("detail-concurrency",
            OptionType.integer(1, 64), 4, "Products of a page handled at once (their calls still queue at the"
                    + " account's rate limiter).");
    public static final RouteOption<Boolean> LISTING_PREFETCH = FAMILY.add("listing-prefetch", OptionType.bool(), true,
            "Ask for the next listV2 page while the products of the current one are fetched (one page ahead), so that"
                    + " no permit of the account goes unused at a page boundary.");
    public static final RouteOption<String> ROUTE_POLICY = FAMILY.add("route-policy", TEXT, null,
            "Bean name(s) of route policies for the sync routes, e.g. a ClusteredRoutePolicy (leader only).");
    public static final RouteOption<List<String>> WEBHOOKS_TOPICS = FAMILY.add("webhooks.topics", OptionType.list(),
            List.of(), "Webhook topics (PRODUCT, VARIANT, STOCK) that mark products stale; empty: off.");
    public static final RouteOption<String> WEBHOOKS_GROUP_ID = FAMILY.add("webhooks.group-id", TEXT,
            "cj-catalogue-sync", "Kafka consumer group of the webhook topics.");
    public static final RouteOption<Duration> RETRY_BUDGET = FAMILY.add("retry-budget", OptionType.duration(),
            Duration.ofMinutes(10), "Time one run may spend waiting to retry failed CJ calls (per-second limits,"
                    + " 5xx, time-outs); only when it is spent does such a failure count.");
    public static final RouteOption<Duration> RETRY_PAUSE = FAMILY.add("retry-pause", OptionType.duration(),
            Duration.ofSeconds(1), "First pause before retrying a transient failure, doubling each time.");
    public static final RouteOption<Duration> RETRY_PAUSE_MAX = FAMILY.add("retry-pause-max", OptionType.duration(),
            Duration.ofSeconds(30), "Longest pause before retrying a transient failure.");
    public static final RouteOption<Duration> RATE_LIMIT_PAUSE = FAMILY.add("rate-limit-pause",
            OptionType.duration(), Duration.ofSeconds(1), "Pause after a per-second 1600200 before the call is"
                    + " sent again (plus up to half of it at random).");
    public static final RouteOption<Duration> RETRY_AFTER = FAMILY.add("retry-after", OptionType.duration(),
            Duration.ofMinutes(5), "A FAILED run is resumed after this back-off (an account block: after its reset)"
                    + " instead of at the next cron.");
    /** The sync retries its calls itself, against a run-level budget: the component's retries are off by default. */
    public static final CjEndpointOptions CJ = CjEndpointOptions.addTo(FAMILY, 0, null);

    private CatalogueSyncOptions() {
    }
}
