package io.camelcj.component.cj.client;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjErrorCategory;

import java.time.Instant;

/** The last outcome of an account's calls, for health checks. Holds no secrets and no bodies. */
public final class AccountStatus {

    /**
     * The last failure.
     *
     * @param at        when it happened
     * @param operation operation path
     * @param category  its category
     * @param cjCode    CJ code or null
     * @param message   exception message (contains no secrets)
     */
    public record Failure(Instant at, String operation, CjErrorCategory category, Integer cjCode, String message) {
    }

    private volatile Instant lastSuccess;
    private volatile Failure lastFailure;
    private volatile Long pointsRemaining;

    void success(Instant at, Long points) {
        lastSuccess = at;
        if (points != null) {
            pointsRemaining = points;
        }
    }

    void failure(Instant at, CjApiException e) {
        lastFailure = new Failure(at, e.getOperation(), e.getCategory(), e.getCjCode(), e.getMessage());
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }

    public Failure lastFailure() {
        return lastFailure;
    }

    /** The {@code pointsInfo.remaining} of the latest answer that carried one, or null. */
    public Long pointsRemaining() {
        return pointsRemaining;
    }

    /** Whether the latest call of the account failed (a failure more recent than the last success). */
    public boolean lastCallFailed() {
        Failure f = lastFailure;
        Instant s = lastSuccess;
        return f != null && (s == null || f.at().isAfter(s));
    }
}
