package io.camelcj.simulator;

/** A CJ error answer: thrown by handlers, turned into the operation's error envelope. */
final class CjError extends RuntimeException {

    /**
     * "Param error": every error example of the reference answers bad parameters with 1600100 (Appendix 1 names
     * the code "Interface is offline"; the examples win, the component has to tell the two apart by message).
     */
    static final int PARAM_ERROR = 1600100;
    /** Appendix 1: "{param} can not be empty". */
    static final int EMPTY_VALUE = 16900403;

    final int code;
    /** true: the body carries only code and message (the live rate-limit answer). */
    final boolean bare;
    final int httpStatus;
    final Object data;

    CjError(int code, String message) {
        this(code, message, false, 200, null);
    }

    CjError(int code, String message, boolean bare, int httpStatus, Object data) {
        super(message, null, false, false);
        this.code = code;
        this.bare = bare;
        this.httpStatus = httpStatus;
        this.data = data;
    }

    static CjError param(String message) {
        return new CjError(PARAM_ERROR, "Param error: " + message);
    }

    static CjError empty(String field) {
        return new CjError(EMPTY_VALUE, field + " can not be empty");
    }

    static CjError tooLong(String field, int max) {
        return param(field + " length must be less than or equal to " + max);
    }
}
