package io.camelcj.component.cj.client;

import io.camelcj.component.cj.envelope.PlainJson;
import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.throttle.QuotaWindow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The request quotas of one account ({@code setting.quotaLimits} of {@code setting/get}: a URL, a limit and
 * a window), taken from the account's one {@link AccountSettingCache} when a quota is first used up, and the
 * operations blocked because theirs is.
 * A quota for one URL blocks that operation until its own window resets; a quota for {@code /api2.0/v1/*}
 * (every URL) blocks the whole account, as the account's limiter does.
 */
final class AccountQuotas {

    private static final String API_PREFIX = "/api2.0/v1/";

    /** One {@code quotaLimits} entry. */
    record Quota(String url, QuotaWindow window) {

        boolean covers(String operationPath) {
            String path = API_PREFIX + operationPath;
            return url.endsWith("*") ? path.startsWith(url.substring(0, url.length() - 1)) : url.equals(path);
        }

        boolean coversEveryOperation() {
            return url.equals(API_PREFIX + "*");
        }
    }

    private final AccountSettingCache setting;
    private final Map<String, CjApiException> blockedOperations = new ConcurrentHashMap<>();

    AccountQuotas(AccountSettingCache setting) {
        this.setting = setting;
    }

    /** Quotas with a cache of their own (tests). */
    AccountQuotas() {
        this(new AccountSettingCache(java.time.Clock.systemUTC()));
    }

    /**
     * The quota {@code operationPath} falls under, the most specific first; reads {@code setting/get}
     * through {@code settings} the first time. Empty when the account lists none or they cannot be read.
     */
    Optional<Quota> quotaFor(String operationPath, Supplier<Object> settings) {
        return read(settings).stream().filter(q -> q.covers(operationPath))
                .min((a, b) -> Integer.compare(b.url().length(), a.url().length()));
    }

    private List<Quota> read(Supplier<Object> settings) {
        Object data;
        try {
            data = setting.data(settings);
        } catch (CjApiException e) {
            return List.of(); // not kept: asked again at the next used-up quota
        }
        List<Quota> read = new ArrayList<>();
        if (PlainJson.field(PlainJson.field(data, "setting"), "quotaLimits") instanceof List<?> limits) {
            for (Object limit : limits) {
                Object quotaUrl = PlainJson.field(limit, "quotaUrl");
                String url = quotaUrl == null ? "" : quotaUrl.toString();
                Long quotaType = PlainJson.wholeNumber(PlainJson.field(limit, "quotaType"));
                Optional<QuotaWindow> window = QuotaWindow.ofQuotaType(quotaType == null ? -1 : quotaType.intValue());
                if (!url.isEmpty() && window.isPresent()) {
                    read.add(new Quota(url, window.get()));
                }
            }
        }
        return read;
    }

    /** Blocks one operation until its quota resets: later calls fail with {@code failure} without a request. */
    void block(String operationPath, CjApiException failure) {
        blockedOperations.put(operationPath, failure);
    }

    /** @throws CjApiException the failure that blocked {@code operationPath}, until its reset */
    void failIfBlocked(String operationPath, Instant now) {
        CjApiException blocked = blockedOperations.get(operationPath);
        if (blocked == null) {
            return;
        }
        if (now.isBefore(blocked.getResetAt())) {
            throw new CjApiException(operationPath, 0, blocked.getCjCode(), "the quota of " + operationPath
                    + " is used up; requests resume at " + blocked.getResetAt(), null, CjErrorCategory.DAILY_LIMIT,
                    false, blocked.getResetAt(), null);
        }
        blockedOperations.remove(operationPath, blocked);
    }
}
