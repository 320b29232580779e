package io.camelcj.component.cj.client;

import io.camelcj.component.cj.envelope.PlainJson;
import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.throttle.AccountRateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Knows the account's rate when {@code qps} was not given: {@code setting/get}'s {@code setting.qpsLimit}, read
 * through the account's one {@link AccountSettingCache} before the first call and again after
 * {@link AccountSettingCache#REFRESH}, capped at {@link AccountSettings#HIGHEST_TIER_QPS} (the reference's highest
 * tier; its example shows 100, which no tier allows). The limiter paces at {@link AccountSettings#FALLBACK_QPS}
 * until then, and stays there with a warning while setting/get fails. The adaptive pacing corrects a wrong value.
 */
final class AccountRateSource {

    private static final Logger LOG = LoggerFactory.getLogger(AccountRateSource.class);
    /** After a failed setting/get, the next attempt waits this long (calls go on at the fallback rate). */
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

    private final String accountId;
    private final AccountSettingCache setting;
    private final AccountRateLimiter limiter;
    private final Clock clock;
    private volatile Instant nextRead = Instant.MIN;
    private double applied;

    AccountRateSource(String accountId, AccountSettingCache setting, AccountRateLimiter limiter, Clock clock) {
        this.accountId = accountId;
        this.setting = setting;
        this.limiter = limiter;
        this.clock = clock;
    }

    /** Reads setting/get through {@code reader} when it is due; cheap otherwise. Never throws. */
    void refresh(Supplier<Object> reader) {
        if (clock.instant().isBefore(nextRead)) {
            return;
        }
        synchronized (this) {
            Instant now = clock.instant();
            if (now.isBefore(nextRead)) {
                return;
            }
            try {
                apply(setting.data(reader));
                nextRead = now.plus(AccountSettingCache.REFRESH);
            } catch (CjApiException e) {
                nextRead = now.plus(RETRY_AFTER_FAILURE);
                LOG.warn("CJ account {}: setting/get failed ({}); pacing at {}/s, the lowest tier, until it answers"
                        + " (next attempt in {} min)", accountId, e.getMessage(), limiter.allowedRate(),
                        RETRY_AFTER_FAILURE.toMinutes());
            }
        }
    }

    private void apply(Object data) {
        double limit = PlainJson.number(PlainJson.field(PlainJson.field(data, "setting"), "qpsLimit"), 0);
        if (!(limit > 0)) {
            LOG.warn("CJ account {}: setting/get gives no qpsLimit; pacing at {}/s", accountId, limiter.allowedRate());
            return;
        }
        double rate = Math.min(limit, AccountSettings.HIGHEST_TIER_QPS);
        if (rate != applied) {
            applied = rate;
            LOG.info("CJ account {}: setting/get gives qpsLimit {}; pacing from {}/s", accountId, limit, rate);
            limiter.setAllowedRate(rate);
        }
    }
}
