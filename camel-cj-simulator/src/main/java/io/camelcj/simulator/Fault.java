package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A scripted misbehaviour of the simulated API, picked by {@link FaultInjector}. Each fault is its own class that
 * applies itself to a call ({@link #apply}); a new fault is one class named {@code <Type>Fault} in this package with
 * a {@code static <Type>Fault fromJson(JsonNode)} for the admin API (found by its name, no table to extend) and a
 * line in simulator.md.
 */
public abstract class Fault {

    private static final Pattern TYPE = Pattern.compile("[a-z][A-Za-z0-9]*");

    Fault() {
    }

    /** Answers (or drops) the call in place of its normal answer. */
    abstract void apply(FaultExchange call) throws IOException, InterruptedException;

    /** Answer with this HTTP status and a small non-JSON gateway body (e.g. 500, 502, 503). */
    public static Fault httpStatus(int status) {
        return new HttpStatusFault(status);
    }

    /** Answer HTTP 200 with the operation's error envelope carrying this CJ code. */
    public static Fault cjCode(int code, String message) {
        return new CjCodeFault(code, message);
    }

    /** 1600000 "System busy, please contact CJ IT". */
    public static Fault systemBusy() {
        return new SystemBusyFault();
    }

    /** Wait this long, then handle the request normally (use a delay above the client's read timeout to time it out). */
    public static Fault latency(Duration delay) {
        return new LatencyFault(delay);
    }

    /** Close the connection without any answer. */
    public static Fault connectionReset() {
        return new ConnectionResetFault();
    }

    /** The per-second rate-limit answer {"code":1600200,"message":"Too Many Requests, QPS limit is ..."}. */
    public static Fault rateLimited() {
        return new RateLimitedFault();
    }

    /** 1600200 with the daily-limit message (only the message tells it apart from the per-second one). */
    public static Fault dailyLimit() {
        return new DailyLimitFault();
    }

    /** 16900500 "Insufficient API points". */
    public static Fault pointsExhausted() {
        return new PointsExhaustedFault();
    }

    /** 1600301 "Read timed out" (CJ's back end timed out; try again later). */
    public static Fault readTimedOut() {
        return new ReadTimedOutFault();
    }

    /**
     * Handle the request for real (an order really gets created), then answer with {@code fault} instead of the
     * real answer: e.g. {@code afterProcessing(connectionReset())} or {@code afterProcessing(latency(30s))}.
     */
    public static Fault afterProcessing(Fault fault) {
        return new AfterProcessingFault(fault);
    }

    /**
     * The admin API's fault JSON {"type":"httpStatus","status":503}: {@code type} names the class
     * ({@code httpStatus} → {@code HttpStatusFault}), whose {@code fromJson} reads the other fields.
     */
    static Fault fromJson(JsonNode json) {
        String type = json.path("type").asText("");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("fault type is required (e.g. \"httpStatus\"), got \"" + type + "\"");
        }
        String className = Fault.class.getPackageName() + "." + Character.toUpperCase(type.charAt(0)) + type.substring(1) + "Fault";
        try {
            Class<?> c = Class.forName(className);
            Method fromJson = c.getDeclaredMethod("fromJson", JsonNode.class);
            if (!Fault.class.isAssignableFrom(c) || !Modifier.isStatic(fromJson.getModifiers())) {
                throw new IllegalArgumentException("unknown fault type " + type);
            }
            return (Fault) fromJson.invoke(null, json);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new IllegalArgumentException("unknown fault type " + type);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalArgumentException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(className + ".fromJson is not accessible", e);
        }
    }
}
