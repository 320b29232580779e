package io.camelcj.component.cj.model;

import java.math.BigDecimal;

/** The account balance (shopping/pay/getBalance), USD. Unknown fields are kept in {@link #other()}. */
public final class CjBalance extends CjModel {

    private BigDecimal amount;
    private BigDecimal noWithdrawalAmount;
    private BigDecimal freezeAmount;

    public BigDecimal getAmount() {
        return amount;
    }

    /** Bonus amount. */
    public BigDecimal getNoWithdrawalAmount() {
        return noWithdrawalAmount;
    }

    public BigDecimal getFreezeAmount() {
        return freezeAmount;
    }
}
