package io.camelcj.observability.metrics;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.camelcj.component.cj.auth.TokenState;
import io.camelcj.component.cj.client.CjAccount;
import io.camelcj.component.cj.throttle.LimiterStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/** The meters of one CJ account, read from its limiter, token manager and status when the registry asks. */
final class AccountMeters {

    private AccountMeters() {
    }

    static void bind(MeterRegistry registry, CjAccount account) {
        Tags tags = Tags.of("account", account.accountId());
        FunctionCounter.builder(CjMeterNames.RATE_LIMITED, account, a -> a.limiter().stats().backOffs())
                .description("CJ 1600200 'too many requests' answers").tags(tags).register(registry);
        FunctionTimer.builder(CjMeterNames.LIMITER_WAIT, account,
                        a -> a.limiter().stats().permitsGranted(),
                        a -> a.limiter().stats().totalWait().toNanos(), TimeUnit.NANOSECONDS)
                .description("Time CJ calls waited for a rate-limiter permit").tags(tags).register(registry);
        Gauge.builder(CjMeterNames.LIMITER_QUEUE, account, a -> a.limiter().stats().queueLength())
                .description("Calls waiting for a rate-limiter permit").tags(tags).register(registry);
        Gauge.builder(CjMeterNames.LIMITER_RATE, account, a -> a.limiter().rate())
                .description("Rate-limiter permits per second").baseUnit("permits/s").tags(tags).register(registry);
        FunctionCounter.builder(CjMeterNames.LIMITER_TIMEOUTS, account, a -> stats(a).timeouts())
                .description("Permit requests that gave up after maxPermitWait").tags(tags).register(registry);
        FunctionCounter.builder(CjMeterNames.LIMITER_BLOCKED, account, a -> stats(a).blockedRejections())
                .description("Permit requests refused because the account was blocked").tags(tags).register(registry);
        Gauge.builder(CjMeterNames.BLOCKED_UNTIL, account,
                        a -> a.limiter().blockedUntil().map(Instant::getEpochSecond).orElse(0L))
                .description("Epoch seconds until which the account is blocked, 0 when it is not")
                .baseUnit("seconds").tags(tags).register(registry);
        Gauge.builder(CjMeterNames.POINTS_REMAINING, account, AccountMeters::points)
                .description("CJ API points remaining (pointsInfo.remaining of the latest answer)").tags(tags)
                .register(registry);
        FunctionCounter.builder(CjMeterNames.TOKEN_RENEWALS, account, a -> a.tokens().refreshCount())
                .description("Access tokens renewed").tags(tags.and("kind", "refresh")).register(registry);
        FunctionCounter.builder(CjMeterNames.TOKEN_RENEWALS, account, a -> a.tokens().obtainCount())
                .description("Access tokens renewed").tags(tags.and("kind", "obtain")).register(registry);
        Gauge.builder(CjMeterNames.TOKEN_EXPIRY, account, AccountMeters::secondsToExpiry)
                .description("Seconds until the access token expires").baseUnit("seconds").tags(tags)
                .register(registry);
    }

    private static LimiterStats stats(CjAccount account) {
        return account.limiter().stats();
    }

    private static double points(CjAccount account) {
        Long points = account.status().pointsRemaining();
        return points == null ? Double.NaN : points;
    }

    private static double secondsToExpiry(CjAccount account) {
        TokenState state = account.tokens().state();
        if (state.accessTokenExpiry() == null) {
            return Double.NaN;
        }
        return state.accessTokenExpiry().getEpochSecond() - account.settings().clock().instant().getEpochSecond();
    }
}
