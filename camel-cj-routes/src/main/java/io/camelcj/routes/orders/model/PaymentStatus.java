package io.camelcj.routes.orders.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The payment flow's state of one order, with CJ's code, message and requestId when a step was refused.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentStatus(PaymentState state, String payId, String reason, Integer cjCode, String cjMessage,
        String cjRequestId) {

    public static PaymentStatus paid(String payId) {
        return new PaymentStatus(PaymentState.PAID, payId, null, null, null, null);
    }
}
