package io.camelcj.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * One request as the simulator saw it. {@code account} is {@link SimAccount#idOf(String)} of the caller
 * (null when unauthenticated); {@code code} is the {@code code} of the answer body, 200 for a success body
 * without code, null when there was no CJ body (HTTP fault, connection reset). Secrets are masked in params.
 */
public record SimRequest(String operation, Map<String, Object> params, String account, int httpStatus,
                         Integer code, Instant at) {
}
