package io.camelcj.component.cj.http;

/** Status and raw body of an HTTP answer. */
public record HttpResult(int status, byte[] body) {
}
