package io.camelcj.component.cj.envelope;

import io.camelcj.component.cj.CjErrorCategory;

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

    private static final Map<Integer, CjErrorCategory> TABLE = Map.ofEntries(
            Map.entry(1600000, TRANSIENT),            // system busy
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
            // Appendix 1 says "Interface is offline", yet every error example of the reference answers
            // a bad parameter with 1600100 "Param error": treat it as a parameter problem (not retried).
            Map.entry(1600100, INVALID_PARAMETER),
            Map.entry(1600101, PERMANENT),            // interface not found
            Map.entry(TOO_MANY_REQUESTS, RATE_LIMIT),
            Map.entry(1600201, DAILY_LIMIT),          // quota used up
            Map.entry(1600300, INVALID_PARAMETER),
            Map.entry(1600301, TRANSIENT),            // read timed out
            Map.entry(1601000, AUTHENTICATION),       // user not found
            Map.entry(1602000, NOT_FOUND),
            Map.entry(1602001, NOT_FOUND),
            Map.entry(1602002, NOT_FOUND),            // product removed from shelves
            Map.entry(1602003, NOT_FOUND),            // variant removed from shelves
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
            Map.entry(16900202, INVALID_PARAMETER),   // method not supported
            Map.entry(16900203, INVALID_PARAMETER),   // content type not supported
            Map.entry(16900204, INVALID_PARAMETER),   // body missing
            Map.entry(16900205, INVALID_PARAMETER),   // not JSON
            Map.entry(16900403, INVALID_PARAMETER),   // {param} can not be empty
            Map.entry(POINTS_EXHAUSTED_CODE, POINTS_EXHAUSTED));

    private CjErrorCodes() {
    }

    /**
     * The category of a failed answer. {@code code} may be null (error bodies without a code);
     * the message only refines codes CJ overloads (1600200 daily vs per-second, 1600300 "not found").
     */
    public static CjErrorCategory categorise(Integer code, String message, int httpStatus) {
        if (code != null) {
            CjErrorCategory known = TABLE.get(code);
            if (known != null) {
                return refine(code, known, message);
            }
        }
        return byHttpStatus(httpStatus);
    }

    private static CjErrorCategory refine(int code, CjErrorCategory category, String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (code == TOO_MANY_REQUESTS && m.contains("daily")) {
            return DAILY_LIMIT; // field notes: 1600200 also reports the daily limit; only the message differs
        }
        if (code == 1600300 && m.contains("not found")) {
            return NOT_FOUND;   // getOrderDetail answers an unknown order with 1600300 "order not found"
        }
        return category;
    }

    private static CjErrorCategory byHttpStatus(int status) {
        if (status == 401 || status == 403) {
            return AUTHENTICATION;
        }
        if (status == 429) {
            return RATE_LIMIT;
        }
        if (status == 408 || status >= 500) {
            return TRANSIENT;
        }
        if (status >= 400) {
            return INVALID_PARAMETER;
        }
        return PERMANENT;
    }
}
