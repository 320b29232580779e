package io.camelcj.component.cj.model;

import java.math.BigDecimal;

/** A shipping option of logistic/freightCalculate. Unknown fields are kept in {@link #other()}. */
public final class CjFreightQuote extends CjModel {

    private String logisticName;
    private String logisticAging;
    private BigDecimal logisticPrice;
    private BigDecimal logisticPriceCn;

    public String getLogisticName() {
        return logisticName;
    }

    /** Days, e.g. "2-5". */
    public String getLogisticAging() {
        return logisticAging;
    }

    /** USD. */
    public BigDecimal getLogisticPrice() {
        return logisticPrice;
    }

    /** CNY. */
    public BigDecimal getLogisticPriceCn() {
        return logisticPriceCn;
    }
}
