package io.camelcj.routes.orders.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One order record of the input topic: our create-order request (CJ's answer describing an order is the
 * component's {@code io.camelcj.component.cj.model.CjOrder}, a different thing). The field names are those of CJ's {@code shopping/order/createOrderV3}
 * (and V2) request body, so the record is the request CJ receives once the route's defaults are applied.
 * <p>
 * Fields this class does not know are kept ({@link #getUnknownFields()}) and sent to CJ unchanged: CJ adds request
 * fields from time to time ({@code shopLogisticsType} and {@code storageId} arrived in 2025-11) and they must not
 * be lost on the way.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class OrderRequest {

    @JsonProperty("orderNumber")
    private String orderNumber;
    @JsonProperty("shippingZip")
    private String shippingZip;
    @JsonProperty("shippingCountry")
    private String shippingCountry;
    @JsonProperty("shippingCountryCode")
    private String shippingCountryCode;
    @JsonProperty("shippingProvince")
    private String shippingProvince;
    @JsonProperty("shippingCity")
    private String shippingCity;
    @JsonProperty("shippingCounty")
    private String shippingCounty;
    @JsonProperty("shippingPhone")
    private String shippingPhone;
    @JsonProperty("shippingCustomerName")
    private String shippingCustomerName;
    @JsonProperty("shippingAddress")
    private String shippingAddress;
    @JsonProperty("shippingAddress2")
    private String shippingAddress2;
    @JsonProperty("houseNumber")
    private String houseNumber;
    @JsonProperty("email")
    private String email;
    @JsonProperty("taxId")
    private String taxId;
    @JsonProperty("remark")
    private String remark;
    @JsonProperty("consigneeID")
    private String consigneeID;
    @JsonProperty("shopAmount")
    private BigDecimal shopAmount;
    @JsonProperty("logisticName")
    private String logisticName;
    @JsonProperty("fromCountryCode")
    private String fromCountryCode;
    @JsonProperty("platform")
    private String platform;
    @JsonProperty("iossType")
    private Integer iossType;
    @JsonProperty("iossNumber")
    private String iossNumber;
    @JsonProperty("shopLogisticsType")
    private Integer shopLogisticsType;
    @JsonProperty("storageId")
    private String storageId;
    @JsonProperty("payType")
    private Integer payType;
    @JsonProperty("products")
    private List<OrderRequestLine> products;

    private final Map<String, Object> unknownFields = new LinkedHashMap<>();

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getShippingZip() {
        return shippingZip;
    }

    public void setShippingZip(String shippingZip) {
        this.shippingZip = shippingZip;
    }

    public String getShippingCountry() {
        return shippingCountry;
    }

    public void setShippingCountry(String shippingCountry) {
        this.shippingCountry = shippingCountry;
    }

    public String getShippingCountryCode() {
        return shippingCountryCode;
    }

    public void setShippingCountryCode(String shippingCountryCode) {
        this.shippingCountryCode = shippingCountryCode;
    }

    public String getShippingProvince() {
        return shippingProvince;
    }

    public void setShippingProvince(String shippingProvince) {
        this.shippingProvince = shippingProvince;
    }

    public String getShippingCity() {
        return shippingCity;
    }

    public void setShippingCity(String shippingCity) {
        this.shippingCity = shippingCity;
    }

    public String getShippingCounty() {
        return shippingCounty;
    }

    public void setShippingCounty(String shippingCounty) {
        this.shippingCounty = shippingCounty;
    }

    public String getShippingPhone() {
        return shippingPhone;
    }

    public void setShippingPhone(String shippingPhone) {
        this.shippingPhone = shippingPhone;
    }

    public String getShippingCustomerName() {
        return shippingCustomerName;
    }

    public void setShippingCustomerName(String shippingCustomerName) {
        this.shippingCustomerName = shippingCustomerName;
    }

    public String getShippingAddress() {
        return shippingAddress;
    }

    public void setShippingAddress(String shippingAddress) {
        this.shippingAddress = shippingAddress;
    }

    public String getShippingAddress2() {
        return shippingAddress2;
    }

    public void setShippingAddress2(String shippingAddress2) {
        this.shippingAddress2 = shippingAddress2;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(String taxId) {
        this.taxId = taxId;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    public String getConsigneeID() {
        return consigneeID;
    }

    public void setConsigneeID(String consigneeID) {
        this.consigneeID = consigneeID;
    }

    public BigDecimal getShopAmount() {
        return shopAmount;
    }

    public void setShopAmount(BigDecimal shopAmount) {
        this.shopAmount = shopAmount;
    }

    public String getLogisticName() {
        return logisticName;
    }

    public void setLogisticName(String logisticName) {
        this.logisticName = logisticName;
    }

    public String getFromCountryCode() {
        return fromCountryCode;
    }

    public void setFromCountryCode(String fromCountryCode) {
        this.fromCountryCode = fromCountryCode;
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public Integer getIossType() {
        return iossType;
    }

    public void setIossType(Integer iossType) {
        this.iossType = iossType;
    }

    public String getIossNumber() {
        return iossNumber;
    }

    public void setIossNumber(String iossNumber) {
        this.iossNumber = iossNumber;
    }

    public Integer getShopLogisticsType() {
        return shopLogisticsType;
    }

    public void setShopLogisticsType(Integer shopLogisticsType) {
        this.shopLogisticsType = shopLogisticsType;
    }

    public String getStorageId() {
        return storageId;
    }

    public void setStorageId(String storageId) {
        this.storageId = storageId;
    }

    public Integer getPayType() {
        return payType;
    }

    public void setPayType(Integer payType) {
        this.payType = payType;
    }

    public List<OrderRequestLine> getProducts() {
        return products;
    }

    public void setProducts(List<OrderRequestLine> products) {
        this.products = products;
    }

    @JsonAnyGetter
    public Map<String, Object> getUnknownFields() {
        return unknownFields;
    }

    @JsonAnySetter
    public void putUnknownField(String name, Object value) {
        unknownFields.put(name, value);
    }
}
