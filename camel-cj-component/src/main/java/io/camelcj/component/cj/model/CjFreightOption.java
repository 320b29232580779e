package io.camelcj.component.cj.model;

import java.math.BigDecimal;

/**
 * A shipping option of logistic/freightCalculateTip. A successful answer can still carry options that
 * cannot be used: each has its own {@code error}/{@code errorEn} (field notes), see {@link #hasError()}.
 * Unknown fields are kept in {@link #other()}.
 */
public final class CjFreightOption extends CjModel {

    private String optionId;
    private String channelId;
    private Option option;
    private String arrivalTime;
    private BigDecimal postage;
    private BigDecimal discountFee;
    private BigDecimal wrapPostage;
    private BigDecimal remoteFee;
    private String error;
    private String errorEn;
    private String message;

    /** Whether CJ marked this option as unusable for the request (e.g. over the channel's weight limit). */
    public boolean hasError() {
        return (error != null && !error.isBlank()) || (errorEn != null && !errorEn.isBlank());
    }

    public String getOptionId() {
        return optionId;
    }

    public String getChannelId() {
        return channelId;
    }

    /** The channel: {@code enName} is the logisticName to order with. */
    public Option getOption() {
        return option;
    }

    /** Days, e.g. "12-50". */
    public String getArrivalTime() {
        return arrivalTime;
    }

    /** USD. */
    public BigDecimal getPostage() {
        return postage;
    }

    public BigDecimal getDiscountFee() {
        return discountFee;
    }

    public BigDecimal getWrapPostage() {
        return wrapPostage;
    }

    public BigDecimal getRemoteFee() {
        return remoteFee;
    }

    public String getError() {
        return error;
    }

    public String getErrorEn() {
        return errorEn;
    }

    public String getMessage() {
        return message;
    }

    /** The logistics channel of an option. */
    public static final class Option extends CjModel {
        private String id;
        private String enName;
        private String cnName;
        private String arrivalTime;

        public String getId() {
            return id;
        }

        public String getEnName() {
            return enName;
        }

        public String getCnName() {
            return cnName;
        }

        public String getArrivalTime() {
            return arrivalTime;
        }
    }
}
