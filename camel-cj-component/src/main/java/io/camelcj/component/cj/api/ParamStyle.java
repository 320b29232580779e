package io.camelcj.component.cj.api;

/** How an operation's parameters travel. */
public enum ParamStyle {
    /** URL query string; multi-valued parameters as repeated keys ({@code features=a&features=b}). */
    QUERY,
    /** A JSON object in the request body. */
    JSON_BODY,
    /** multipart/form-data: form fields plus one file part (the waybill uploads). */
    MULTIPART
}
