package io.camelcj.component.cj.model;

/** Tracking of one number (logistic/trackInfo). Unknown fields are kept in {@link #other()}. */
public final class CjTracking extends CjModel {

    private String trackingNumber;
    private String logisticName;
    private String trackingFrom;
    private String trackingTo;
    private String deliveryDay;
    private String deliveryTime;
    private String trackingStatus;
    private String lastMileCarrier;
    private String lastTrackNumber;

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getLogisticName() {
        return logisticName;
    }

    public String getTrackingFrom() {
        return trackingFrom;
    }

    public String getTrackingTo() {
        return trackingTo;
    }

    public String getDeliveryDay() {
        return deliveryDay;
    }

    /** yyyy-MM-dd HH:mm:ss, believed China time. */
    public String getDeliveryTime() {
        return deliveryTime;
    }

    public String getTrackingStatus() {
        return trackingStatus;
    }

    public String getLastMileCarrier() {
        return lastMileCarrier;
    }

    public String getLastTrackNumber() {
        return lastTrackNumber;
    }
}
