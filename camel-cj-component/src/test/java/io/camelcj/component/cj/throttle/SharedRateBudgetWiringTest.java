package io.camelcj.component.cj.throttle;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the limiter takes part in a {@link SharedRateBudget} (the PostgreSQL one is tested in camel-cj-cluster). */
class SharedRateBudgetWiringTest {

    /** Records what the limiter tells it; can be told to answer with a block. */
    private static final class RecordingBudget implements SharedRateBudget {
        final List<String> calls = new ArrayList<>();
        CjApiException answer;

        @Override
        public void acquire(String accountId, double permitsPerSecond, CjRateWindow window, Duration maxWait) {
            calls.add("acquire " + accountId + " " + permitsPerSecond + " " + window.requests() + "/" + window.nanos());
            if (answer != null) {
                throw answer;
            }
        }

        @Override
        public void block(String accountId, Instant resetAt, CjErrorCategory category, String reason) {
            calls.add("block " + accountId + " " + category);
        }

        @Override
        public void backOff(String accountId, Duration pause) {
            calls.add("backOff " + accountId + " " + pause.toMillis());
        }

        @Override
        public void answered(String accountId, String operation) {
            calls.add("answered " + accountId + " " + operation);
        }
    }

    @Test
    void withoutABudgetNothingIsShared() {
        AccountRateLimiter limiter = new AccountRateLimiter("cj-a", 100, Duration.ofSeconds(1), Ticker.system());
        limiter.acquire();
        assertThat(limiter.stats().permitsGranted()).isEqualTo(1);
    }

    @Test
    void everyPermitAlsoTakesTheSharedBudgetAndWhatCjSaysIsPassedOn() {
        RecordingBudget budget = new RecordingBudget();
        AccountRateLimiter limiter = new AccountRateLimiter("cj-a", 100, Duration.ofSeconds(1), Ticker.system());
        limiter.share(budget);
        limiter.acquire();
        limiter.answered("product/query");
        limiter.backOff(Duration.ofMillis(250));
        limiter.blockUntil(Instant.now().plusSeconds(60), CjErrorCategory.POINTS_EXHAUSTED, "points");
        assertThat(budget.calls).containsExactly("acquire cj-a 100.0 100/1000000000", "answered cj-a product/query", "backOff cj-a 250", "block cj-a POINTS_EXHAUSTED");
        assertThatThrownBy(limiter::acquire).isInstanceOf(CjApiException.class); // blocked locally too
    }

    @Test
    void aBlockAnotherNodeRecordedIsAdoptedLocally() {
        RecordingBudget budget = new RecordingBudget();
        Instant reset = Instant.now().plusSeconds(3600);
        budget.answer = new CjApiException(null, 0, null, "blocked elsewhere", null, CjErrorCategory.DAILY_LIMIT, false,
                reset, null);
        AccountRateLimiter limiter = new AccountRateLimiter("cj-a", 100, Duration.ofSeconds(1), Ticker.system());
        limiter.share(budget);
        assertThatThrownBy(limiter::acquire).isSameAs(budget.answer);
        assertThat(limiter.blockedUntil()).contains(reset);
        assertThatThrownBy(limiter::acquire)
                .isInstanceOfSatisfying(CjApiException.class, e -> assertThat(e.getCategory()).isEqualTo(CjErrorCategory.DAILY_LIMIT));
        assertThat(budget.calls).as("the second call fails before reaching the shared budget").hasSize(1);
    }
}
