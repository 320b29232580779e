package io.camelcj.component.cj.client;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.throttle.QuotaWindow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountQuotasTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:20:00Z");
    private final AtomicInteger reads = new AtomicInteger();

    private Object settings(String quotaLimits) {
        reads.incrementAndGet();
        try {
            return CjJson.newMapper().readValue("{\"openId\":1,\"setting\":{\"quotaLimits\":" + quotaLimits
                    + ",\"qpsLimit\":1}}", Object.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theMostSpecificQuotaOfAnOperationIsFoundAndSettingsAreReadOnce() {
        AccountQuotas quotas = new AccountQuotas();
        String limits = "[{\"quotaUrl\":\"/api2.0/v1/*\",\"quotaLimit\":1000,\"quotaType\":4},"
                + "{\"quotaUrl\":\"/api2.0/v1/product/query\",\"quotaLimit\":50,\"quotaType\":5}]";

        AccountQuotas.Quota query = quotas.quotaFor("product/query", () -> settings(limits)).orElseThrow();
        AccountQuotas.Quota list = quotas.quotaFor("product/listV2", () -> settings(limits)).orElseThrow();

        assertThat(query.window()).isEqualTo(QuotaWindow.HOUR);
        assertThat(query.coversEveryOperation()).isFalse();
        assertThat(list.window()).isEqualTo(QuotaWindow.DAY);
        assertThat(list.coversEveryOperation()).isTrue();
        assertThat(reads).hasValue(1);
    }

    @Test
    void noQuotasOrUnreadableSettingsGiveNone() {
        AccountQuotas quotas = new AccountQuotas();
        assertThat(quotas.quotaFor("product/query", () -> {
            throw new CjApiException("setting/get", CjErrorCategory.TRANSIENT, "down");
        })).isEmpty();
        assertThat(quotas.quotaFor("product/query", () -> settings("[]"))).isEmpty();
        assertThat(reads).hasValue(1);
    }

    @Test
    void aBlockedOperationFailsWithoutARequestUntilItsReset() {
        AccountQuotas quotas = new AccountQuotas();
        Instant reset = QuotaWindow.HOUR.nextReset(NOW);
        quotas.block("product/query", new CjApiException("product/query", 200, 1600201, "Quota has been used up",
                "r", CjErrorCategory.DAILY_LIMIT, false, reset, null));

        assertThatThrownBy(() -> quotas.failIfBlocked("product/query", NOW))
                .isInstanceOfSatisfying(CjApiException.class, e -> {
                    assertThat(e.getCategory()).isEqualTo(CjErrorCategory.DAILY_LIMIT);
                    assertThat(e.getResetAt()).isEqualTo(reset);
                    assertThat(e.getCjCode()).isEqualTo(1600201);
                });
        assertThatCode(() -> quotas.failIfBlocked("product/listV2", NOW)).doesNotThrowAnyException();
        assertThatCode(() -> quotas.failIfBlocked("product/query", reset)).doesNotThrowAnyException();
    }
}
