package io.camelcj.routes.orders.model;

/**
 * Where the optional payment flow (addCart, addCartConfirm, saveGenerateParentOrder, payBalanceV2) left an order.
 */
public enum PaymentState {
    /** Paid from the CJ balance (CJ status UNSHIPPED or later). */
    PAID(true),
    /** CJ answered 1604000: the balance is too low. Top up and re-drive the order record; payment resumes. */
    PARKED_INSUFFICIENT_BALANCE(false),
    /** CJ refused a payment step for another reason (code and message in the status). Needs a person. */
    FAILED(false),
    /** Transient failures exhausted the attempts; re-driving the order record resumes where CJ's status says. */
    INCOMPLETE(false),
    /** The order is cancelled at CJ; nothing to pay. */
    NOT_PAYABLE(true);

    private final boolean isFinal;

    PaymentState(boolean isFinal) {
        this.isFinal = isFinal;
    }

    /** Whether re-driving the order would not change anything. */
    public boolean isFinal() {
        return isFinal;
    }
}
