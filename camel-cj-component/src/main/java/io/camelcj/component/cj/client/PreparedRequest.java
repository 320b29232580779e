package io.camelcj.component.cj.client;

import io.camelcj.component.cj.api.ApiOperation;

/**
 * A validated request ready to be sent any number of times (bodies are fully buffered, so retries
 * can replay them).
 *
 * @param operation     the catalogue row
 * @param query         the encoded query string, empty when none
 * @param contentType   the body's Content-Type, null without body
 * @param body          the body bytes, null without body
 * @param platformToken the {@code platformToken} header value, or null
 */
record PreparedRequest(ApiOperation operation, String query, String contentType, byte[] body, String platformToken) {

    @Override
    public String toString() {
        return "PreparedRequest[" + operation.path() + "?" + query + "]";
    }
}
