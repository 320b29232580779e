package io.camelcj.component.cj.client;

import io.camelcj.component.cj.CjApiException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The account's {@code setting/get} answer, read once and kept for {@link #REFRESH}: the one read that both the
 * pacing ({@code setting.qpsLimit}) and the quota windows ({@code setting.quotaLimits}) use. A failed read is not
 * kept: the caller decides when to ask again.
 */
final class AccountSettingCache {

    /** How long an answer is used before it is read again (tiers and quotas change rarely). */
    static final Duration REFRESH = Duration.ofHours(1);

    private final Clock clock;
    private Object data;
    private Instant readAt;

    AccountSettingCache(Clock clock) {
        this.clock = clock;
    }

    /**
     * The {@code data} of setting/get, read through {@code reader} when none is kept or it is older than
     * {@link #REFRESH}; concurrent callers wait for one read.
     *
     * @throws CjApiException when the read failed (nothing is kept)
     */
    synchronized Object data(Supplier<Object> reader) {
        Instant now = clock.instant();
        if (data == null || readAt.plus(REFRESH).isBefore(now)) {
            Object read = reader.get();
            data = read == null ? java.util.Map.of() : read;
            readAt = now;
        }
        return data;
    }

    /** True when {@link #data} would read setting/get now. */
    synchronized boolean due() {
        return data == null || readAt.plus(REFRESH).isBefore(clock.instant());
    }
}
