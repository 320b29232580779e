package io.camelcj.component.cj.model;

import com.fasterxml.jackson.annotation.JsonAlias;

import java.math.BigDecimal;
import java.util.List;

/** An order as shopping/order/list and getOrderDetail return it. Unknown fields are kept in {@link #other()}. */
public final class CjOrder extends CjModel {

    private String orderId;
    private String orderNum;
    private String cjOrderId;
    private String shippingCountryCode;
    private String shippingProvince;
    private String shippingCity;
    private String shippingPhone;
    private String shippingAddress;
    private String shippingCustomerName;
    private String remark;
    private BigDecimal orderWeight;
    private String orderStatus;
    private BigDecimal orderAmount;
    private BigDecimal productAmount;
    private BigDecimal postageAmount;
    private String logisticName;
    private String trackNumber;
    private String createDate;
    private String paymentDate;
    private String storageId;
    private String storageName;
    // getOrderDetail with features=LOGISTICS_TIMELINESS: the table says logisticsTimeliness, the feature's
    // description logisticTimelines
    @JsonAlias("logisticTimelines")
    private LogisticsTimeliness logisticsTimeliness;

    public String getOrderId() {
        return orderId;
    }

    /** Your orderNumber. */
    public String getOrderNum() {
        return orderNum;
    }

    public String getCjOrderId() {
        return cjOrderId;
    }

    public String getShippingCountryCode() {
        return shippingCountryCode;
    }

    public String getShippingProvince() {
        return shippingProvince;
    }

    public String getShippingCity() {
        return shippingCity;
    }

    public String getShippingPhone() {
        return shippingPhone;
    }

    public String getShippingAddress() {
        return shippingAddress;
    }

    public String getShippingCustomerName() {
        return shippingCustomerName;
    }

    public String getRemark() {
        return remark;
    }

    public BigDecimal getOrderWeight() {
        return orderWeight;
    }

    /** CREATED, IN_CART, UNPAID, UNSHIPPED, SHIPPED, DELIVERED, CANCELLED. */
    public String getOrderStatus() {
        return orderStatus;
    }

    /** USD. */
    public BigDecimal getOrderAmount() {
        return orderAmount;
    }

    public BigDecimal getProductAmount() {
        return productAmount;
    }

    public BigDecimal getPostageAmount() {
        return postageAmount;
    }

    public String getLogisticName() {
        return logisticName;
    }

    /** Arrives after shipping (not in the create answer). */
    public String getTrackNumber() {
        return trackNumber;
    }

    /** yyyy-MM-dd HH:mm:ss, no zone. */
    public String getCreateDate() {
        return createDate;
    }

    public String getPaymentDate() {
        return paymentDate;
    }

    public String getStorageId() {
        return storageId;
    }

    public String getStorageName() {
        return storageName;
    }

    /** Only with {@code features=LOGISTICS_TIMELINESS}; null otherwise. */
    public LogisticsTimeliness getLogisticsTimeliness() {
        return logisticsTimeliness;
    }

    /** The carriers CJ can ship this order with and how long each takes. */
    public static final class LogisticsTimeliness extends CjModel {
        private List<LogisticsMode> logisticsModes;

        public List<LogisticsMode> getLogisticsModes() {
            return logisticsModes;
        }
    }

    /** One carrier: its name and arrival time ("3-7 Days"). */
    public static final class LogisticsMode extends CjModel {
        // the table names it logisticsName; the order itself spells logisticName
        @JsonAlias("logisticName")
        private String logisticsName;
        private String arrivalTime;

        public String getLogisticsName() {
            return logisticsName;
        }

        public String getArrivalTime() {
            return arrivalTime;
        }
    }
}
