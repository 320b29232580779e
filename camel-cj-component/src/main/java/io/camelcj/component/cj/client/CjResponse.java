package io.camelcj.component.cj.client;

import io.camelcj.component.cj.api.ApiOperation;
import io.camelcj.component.cj.envelope.Envelope;

/**
 * A successful answer.
 *
 * @param operation the operation called
 * @param envelope  the envelope as received
 * @param recovered true when a create-order call ended ambiguously and this answer is the order found
 *                  by looking it up (not the create's own answer)
 */
public record CjResponse(ApiOperation operation, Envelope envelope, boolean recovered) {
}
