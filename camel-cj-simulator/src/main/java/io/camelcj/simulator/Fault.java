package io.camelcj.simulator;

import java.time.Duration;
import java.util.Objects;

/** A scripted misbehaviour of the simulated API, applied by {@link FaultInjector}. */
public final class Fault {

    enum Kind { HTTP_STATUS, CJ_CODE, LATENCY, CONNECTION_RESET, RATE_LIMITED, DAILY_LIMIT, POINTS_EXHAUSTED, AFTER_PROCESSING }

    final Kind kind;
    final int status;
    final int code;
    final String message;
    final Duration delay;
    final Fault inner;

    private Fault(Kind kind, int status, int code, String message, Duration delay, Fault inner) {
        this.kind = kind;
        this.status = status;
        this.code = code;
        this.message = message;
        this.delay = delay;
        this.inner = inner;
    }

    /** Answer with this HTTP status and a small non-JSON gateway body (e.g. 500, 502, 503). */
    public static Fault httpStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status code: " + status);
        }
        return new Fault(Kind.HTTP_STATUS, status, 0, null, null, null);
    }

    /** Answer HTTP 200 with the operation's error envelope carrying this CJ code. */
    public static Fault cjCode(int code, String message) {
        return new Fault(Kind.CJ_CODE, 200, code, Objects.requireNonNull(message, "message"), null, null);
    }

    /** 1600000 "System busy, please contact CJ IT". */
    public static Fault systemBusy() {
        return cjCode(1600000, "System busy, please contact CJ IT");
    }

    /** Wait this long, then handle the request normally (use a delay above the client's read timeout to time it out). */
    public static Fault latency(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        return new Fault(Kind.LATENCY, 0, 0, null, delay, null);
    }

    /** Close the connection without any answer. */
    public static Fault connectionReset() {
        return new Fault(Kind.CONNECTION_RESET, 0, 0, null, null, null);
    }

    /** The per-second rate-limit answer {"code":1600200,"message":"Too Many Requests, QPS limit is ..."}. */
    public static Fault rateLimited() {
        return new Fault(Kind.RATE_LIMITED, 0, 1600200, null, null, null);
    }

    /** 1600200 with the daily-limit message (only the message tells it apart from the per-second one). */
    public static Fault dailyLimit() {
        return new Fault(Kind.DAILY_LIMIT, 0, 1600200, null, null, null);
    }

    /** 16900500 "Insufficient API points". */
    public static Fault pointsExhausted() {
        return new Fault(Kind.POINTS_EXHAUSTED, 0, 16900500, null, null, null);
    }

    /**
     * Handle the request for real (an order really gets created), then answer with {@code fault} instead of the
     * real answer: e.g. {@code afterProcessing(connectionReset())} or {@code afterProcessing(latency(30s))}.
     */
    public static Fault afterProcessing(Fault fault) {
        Objects.requireNonNull(fault, "fault");
        if (fault.kind == Kind.AFTER_PROCESSING) {
            throw new IllegalArgumentException("afterProcessing cannot be nested");
        }
        return new Fault(Kind.AFTER_PROCESSING, 0, 0, null, null, fault);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case HTTP_STATUS -> "httpStatus(" + status + ")";
            case CJ_CODE -> "cjCode(" + code + ")";
            case LATENCY -> "latency(" + delay + ")";
            case CONNECTION_RESET -> "connectionReset()";
            case RATE_LIMITED -> "rateLimited()";
            case DAILY_LIMIT -> "dailyLimit()";
            case POINTS_EXHAUSTED -> "pointsExhausted()";
            case AFTER_PROCESSING -> "afterProcessing(" + inner + ")";
        };
    }
}
