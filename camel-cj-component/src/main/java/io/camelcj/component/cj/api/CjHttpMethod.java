package io.camelcj.component.cj.api;

/** HTTP methods used by CJ API 2.0. */
public enum CjHttpMethod {
    GET, POST, PATCH, DELETE
}
