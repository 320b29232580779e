package io.camelcj.routes.orders.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of {@code products} in a create-order request: a CJ variant ({@code vid} or {@code sku}), a quantity and
 * optionally the store's own line item id. Unknown fields are kept and sent to CJ.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class OrderRequestLine {

    private String vid;
    private String sku;
    private Integer quantity;
    private BigDecimal unitPrice;
    private String storeLineItemId;
    private String podProperties;
    private final Map<String, Object> unknownFields = new LinkedHashMap<>();

    public String getVid() {
        return vid;
    }

    public void setVid(String vid) {
        this.vid = vid;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public String getStoreLineItemId() {
        return storeLineItemId;
    }

    public void setStoreLineItemId(String storeLineItemId) {
        this.storeLineItemId = storeLineItemId;
    }

    public String getPodProperties() {
        return podProperties;
    }

    public void setPodProperties(String podProperties) {
        this.podProperties = podProperties;
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
