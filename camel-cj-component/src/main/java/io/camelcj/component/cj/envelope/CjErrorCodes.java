package io.camelcj.component.cj.envelope;

import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.api.CjOperation;

import java.util.Locale;
import java.util.Map;

import static io.camelcj.component.cj.CjErrorCategory.AUTHENTICATION;
import static io.camelcj.component.cj.CjErrorCategory.DAILY_LIMIT;
import static io.camelcj.component.cj.CjErrorCategory.DUPLICATE_ORDER;
import static io.camelcj.component.cj.CjErrorCategory.INSUFFICIENT_BALANCE;
import static io.camelcj.component.cj.CjErrorCategory.INVALID_PARAMETER;
import static io.camelcj.component.cj.CjErrorCategory.NOT_FOUND;
import static io.camelcj.component.cj.CjErrorCategory.PERMANENT;
import static io.camelcj.component.cj.CjErrorCategory.POINTS_EXHAUSTED;
import static io.camelcj.component.cj.CjErrorCategory.RATE_LIMIT;
import static io.camelcj.component.cj.CjErrorCategory.TRANSIENT;

/**
 * The one table mapping CJ error codes (Appendix 1 of the reference, plus field notes) to a
 * {@link CjErrorCategory}. Every layer asks this class; nothing else interprets codes.
 */
public final class CjErrorCodes {

    /** Access token rejected: refresh once and replay. */
    public static final int TOKEN_INVALID = 1600001;
    /** Refresh token dead: obtain a new token with the API key. */
    public static final int REFRESH_TOKEN_INVALID = 1600003;
    /** Too many requests: per-second limit, or the daily limit when the message says so. */
    public static final int TOO_MANY_REQUESTS = 1600200;
    public static final int DUPLICATE_ORDER_CODE = 1603003;
    /** webhook/set: "Webhook already have settings" (the account is registered already). */
    public static final int WEBHOOK_ALREADY_SET = 1606000;
    /** Field notes: "Insufficient API points" since the 2026 points budget. */
    public static final int POINTS_EXHAUSTED_CODE = 16900500;

    /** "Quota has been used up": a quota of setting/get, which may be for one URL and any window. */
    public static final int QUOTA_USED_UP = 1600201;
    static final int SYSTEM_BUSY = 1600000;
    static final int PARAM_ERROR_OR_OFFLINE = 1600100;
    static final int PARAM_ERROR = 1600300;
    private static final String ADD_TO_MY_PRODUCT = CjOperation.ADD_TO_MY_PRODUCT.path();

    private static final Map<Integer, CjErrorCategory> TABLE = Map.ofEntries(
            Map.entry(SYSTEM_BUSY, TRANSIENT),
            Map.entry(TOKEN_INVALID, AUTHENTICATION),
            Map.entry(1600002, AUTHENTICATION),       // token empty
            Map.entry(REFRESH_TOKEN_INVALID, AUTHENTICATION),
            Map.entry(1600004, AUTHENTICATION),
            Map.entry(1600005, AUTHENTICATION),       // wrong API key
            Map.entry(1600006, AUTHENTICATION),
            Map.entry(1600007, AUTHENTICATION),
            Map.entry(1600008, AUTHENTICATION),
            Map.entry(1600009, AUTHENTICATION),
            Map.entry(1600010, INVALID_PARAMETER),
            Map.entry(1600011, INVALID_PARAMETER),
            Map.entry(1600012, AUTHENTICATION),
            Map.entry(1600013, NOT_FOUND),            // store info does not exist
            Map.entry(1600030, AUTHENTICATION),
            Map.entry(1600031, AUTHENTICATION),       // invalid platform token
            Map.entry(PARAM_ERROR_OR_OFFLINE, INVALID_PARAMETER), // refined by its message, see refine()
            Map.entry(1600101, PERMANENT),            // interface not found
            Map.entry(TOO_MANY_REQUESTS, RATE_LIMIT),
            Map.entry(QUOTA_USED_UP, DAILY_LIMIT),
            Map.entry(PARAM_ERROR, INVALID_PARAMETER),
            Map.entry(1600301, TRANSIENT),            // read timed out
            Map.entry(1601000, AUTHENTICATION),       // user not found
            Map.entry(1602000, NOT_FOUND),
            Map.entry(1602001, NOT_FOUND),
            Map.entry(1602002, NOT_FOUND),            // product removed from shelves
            Map.entry(1602003, NOT_FOUND),            // variant removed from shelves
            Map.entry(1602004, PERMANENT),            // infringement report not created
            Map.entry(1603000, PERMANENT),
            Map.entry(1603001, PERMANENT),
            Map.entry(1603002, PERMANENT),
            Map.entry(DUPLICATE_ORDER_CODE, DUPLICATE_ORDER),
            Map.entry(1603100, NOT_FOUND),
            Map.entry(1603101, PERMANENT),
            Map.entry(1603102, PERMANENT),
            Map.entry(1604000, INSUFFICIENT_BALANCE),
            Map.entry(1604001, PERMANENT),            // balance payment restricted
            Map.entry(1605000, INVALID_PARAMETER),    // logistic not found
            Map.entry(1605001, INVALID_PARAMETER),
            Map.entry(1605002, INVALID_PARAMETER),
            Map.entry(1606000, PERMANENT),
            Map.entry(1606001, INVALID_PARAMETER),
            Map.entry(1607000, INVALID_PARAMETER),
            Map.entry(1607001, INVALID_PARAMETER),
            Map.entry(1607002, INVALID_PARAMETER),
            Map.entry(1607003, INVALID_PARAMETER),
            Map.entry(16070002, INVALID_PARAMETER),
            Map.entry(1607004, PERMANENT),
            Map.entry(1607006, PERMANENT),
            Map.entry(1607007, PERMANENT),
            Map.entry(1607008, PERMANENT),
            Map.entry(1607009, PERMANENT),
            Map.entry(1607010, PERMANENT),
            Map.entry(1608001, NOT_FOUND),            // warehouse info not found (warehouse/detail)
            Map.entry(16900202, INVALID_PARAMETER),   // method not supported
            Map.entry(16900203, INVALID_PARAMETER),   // content type not supported
            Map.entry(16900204, INVALID_PARAMETER),   // body missing
            Map.entry(16900205, INVALID_PARAMETER),   // not JSON
            Map.entry(16900403, INVALID_PARAMETER),   // {param} can not be empty
            Map.entry(POINTS_EXHAUSTED_CODE, POINTS_EXHAUSTED));

    private CjErrorCodes() {
    }

    /**
     * The category of a failed envelope of {@code operation} (its path). A body that is not a JSON envelope
     * (a gateway's HTML page, an empty or cut body) is judged by its HTTP status alone.
     */
    public static CjErrorCategory categorise(String operation, Envelope env) {
        boolean unreadable = env.root() == null;
        if (env.code() == null && unreadable) {
            return withoutEnvelope(env.httpStatus());
        }
        return categorise(operation, env.code(), env.message(), env.httpStatus());
    }

    /** 1600001: the access token was rejected (revoked, logged out elsewhere): renew it once and replay. */
    public static boolean isAccessTokenRejected(Integer code) {
        return code != null && code == TOKEN_INVALID;
    }

    /** The live answer's wording (field notes): "Too Many Requests, QPS limit is 1 time/1second". */
    private static final java.util.regex.Pattern STATED_QPS = java.util.regex.Pattern.compile(
            "QPS limit is (\\d+) times?\\s*/\\s*(\\d+(?:\\.\\d+)?)\\s*seconds?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The per-second limit a 1600200's message states (requests per second), 0 when it states none: the field
     * notes saw "QPS limit is 1 time/1second", which tells the account's real tier.
     */
    public static double statedQpsLimit(Integer code, String message) {
        if (code == null || code != TOO_MANY_REQUESTS || message == null) {
            return 0;
        }
        java.util.regex.Matcher m = STATED_QPS.matcher(message);
        if (!m.find()) {
            return 0;
        }
        double seconds = Double.parseDouble(m.group(2));
        return seconds > 0 ? Integer.parseInt(m.group(1)) / seconds : 0;
    }

    /** 1600201: a quota listed by setting/get is used up (its window says when it resets). */
    public static boolean isQuotaUsedUp(Integer code) {
        return code != null && code == QUOTA_USED_UP;
    }

    /** 1600003: the refresh token is dead; only getAccessToken with the API key can help. */
    public static boolean isRefreshTokenDead(Integer code) {
        return code != null && code == REFRESH_TOKEN_INVALID;
    }

    /**
     * The category of a failed answer. {@code code} may be null (error bodies without a code). The message
     * only tells apart the meanings of codes CJ overloads (1600200 daily vs per second, 1600100 "Param
     * error" vs "Interface is offline", 1600300 "order not found", which has no code of its own).
     */
    public static CjErrorCategory categorise(String operation, Integer code, String message, int httpStatus) {
        if (code == null) {
            return byHttpStatus(httpStatus);
        }
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        CjErrorCategory forOperation = operationMeaning(operation, code, m);
        if (forOperation != null) {
            return forOperation;
        }
        CjErrorCategory known = TABLE.get(code);
        if (known != null) {
            return refine(code, known, m);
        }
        CjErrorCategory family = byFamily(code);
        if (family != null) {
            return family;
        }
        // a code outside every family of Appendix 1 (e.g. 804, 806, 1001): on an error status the status
        // says more; on a 2xx CJ refused deliberately, so the same request would be refused again
        return httpStatus >= 200 && httpStatus < 300 ? PERMANENT : byHttpStatus(httpStatus);
    }

    /** Codes whose meaning the reference gives for one operation only. */
    private static CjErrorCategory operationMeaning(String operation, int code, String m) {
        if (code == SYSTEM_BUSY && ADD_TO_MY_PRODUCT.equals(operation) && !m.contains("busy")) {
            // the reference's only error example: 1600000 "The product has been added to My Products."
            // a no-op, not a busy system: repeating it changes nothing
            return PERMANENT;
        }
        return null;
    }

    private static CjErrorCategory refine(int code, CjErrorCategory category, String m) {
        if (code == TOO_MANY_REQUESTS && m.contains("daily")) {
            return DAILY_LIMIT; // field notes: 1600200 also reports the daily limit; only the message differs
        }
        if (code == PARAM_ERROR_OR_OFFLINE) {
            // Appendix 1 says "Interface is offline", every error example "Param error": only a parameter
            // error may condemn the request; an outage (or a message that says neither) is retried
            return m.contains("param") ? INVALID_PARAMETER : TRANSIENT;
        }
        if (code == PARAM_ERROR && m.contains("not found")) {
            return NOT_FOUND; // getOrderDetail answers an unknown order with 1600300 "order not found"
        }
        return category;
    }

    /**
     * Codes no table row names, by the block of Appendix 1 they fall in, so that a code CJ adds lands
     * with its neighbours rather than in PERMANENT.
     */
    private static CjErrorCategory byFamily(int code) {
        if (code >= 1600000 && code <= 1600099) {
            return AUTHENTICATION;     // token, API key and account authorisation
        }
        if (code >= 1600100 && code <= 1600199) {
            return TRANSIENT;          // interface availability
        }
        if (code >= 1600200 && code <= 1600299) {
            return RATE_LIMIT;         // frequency: wait, then try again
        }
        if (code >= 1600300 && code <= 1600399) {
            return INVALID_PARAMETER;
        }
        if (code >= 1601000 && code <= 1601999) {
            return AUTHENTICATION;     // user
        }
        if ((code >= 1602000 && code <= 1602999) || (code >= 1608000 && code <= 1608999)) {
            return NOT_FOUND;          // product, variant, warehouse
        }
        if ((code >= 1603000 && code <= 1604999) || (code >= 1607004 && code <= 1607999)) {
            return PERMANENT;          // an order, payment or dispute step refused for its own reasons
        }
        if ((code >= 1605000 && code <= 1607003) || (code >= 16900200 && code <= 16900499)) {
            return INVALID_PARAMETER;  // logistics, webhook settings, request format, empty parameters
        }
        if (code >= 16900500 && code <= 16900599) {
            return POINTS_EXHAUSTED;
        }
        return null;
    }

    /** A body that is not a JSON envelope: an HTML page of a gateway or proxy, an empty or cut body. */
    private static CjErrorCategory withoutEnvelope(int status) {
        if (status >= 200 && status < 300) {
            return TRANSIENT; // a 2xx we cannot read is no success we can trust, yet may work next time
        }
        return byHttpStatus(status);
    }

    private static CjErrorCategory byHttpStatus(int status) {
        if (status == 401 || status == 403) {
            return AUTHENTICATION;
        }
        if (status == 429) {
            return RATE_LIMIT;
        }
        if (status == 408 || status == 425 || status >= 500) {
            return TRANSIENT;
        }
        if (status == 404 || status == 405 || status == 410 || (status >= 300 && status < 400)) {
            return PERMANENT; // not an API path (wrong baseUrl, a removed operation): no fault of the request's data
        }
        if (status >= 400) {
            return INVALID_PARAMETER;
        }
        return PERMANENT; // a failed answer on a 2xx without any code: CJ refused and said no more
    }
}
