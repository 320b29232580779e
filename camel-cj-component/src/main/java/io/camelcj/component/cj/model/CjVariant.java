package io.camelcj.component.cj.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.List;

/**
 * A variant of a product (product/query variants, product/variant/query, queryByVid).
 * Unknown fields are kept in {@link #other()}.
 */
public final class CjVariant extends CjModel {

    private String vid;
    private String pid;
    private String variantName;
    private String variantNameEn;
    private String variantSku;
    private String variantUnit;
    private String variantProperty;
    @JsonDeserialize(using = JsonStringList.class)
    private List<String> variantKey;
    private BigDecimal variantLength;
    private BigDecimal variantWidth;
    private BigDecimal variantHeight;
    private BigDecimal variantVolume;
    private BigDecimal variantWeight;
    private BigDecimal variantSellPrice;
    private BigDecimal variantSugSellPrice;
    private String variantStandard;
    private String createTime;
    private List<CjInventory> inventories;

    public String getVid() {
        return vid;
    }

    public String getPid() {
        return pid;
    }

    public String getVariantName() {
        return variantName;
    }

    public String getVariantNameEn() {
        return variantNameEn;
    }

    public String getVariantSku() {
        return variantSku;
    }

    public String getVariantUnit() {
        return variantUnit;
    }

    public String getVariantProperty() {
        return variantProperty;
    }

    /** "Black" or a JSON array in a string ("[\"XS\"]"). */
    public List<String> getVariantKey() {
        return variantKey;
    }

    /** mm */
    public BigDecimal getVariantLength() {
        return variantLength;
    }

    /** mm */
    public BigDecimal getVariantWidth() {
        return variantWidth;
    }

    /** mm */
    public BigDecimal getVariantHeight() {
        return variantHeight;
    }

    /** mm3 */
    public BigDecimal getVariantVolume() {
        return variantVolume;
    }

    /** Grams. */
    public BigDecimal getVariantWeight() {
        return variantWeight;
    }

    /** USD. */
    public BigDecimal getVariantSellPrice() {
        return variantSellPrice;
    }

    public BigDecimal getVariantSugSellPrice() {
        return variantSugSellPrice;
    }

    public String getVariantStandard() {
        return variantStandard;
    }

    public String getCreateTime() {
        return createTime;
    }

    /** Often null on product/query: use getInventoryByPid. */
    public List<CjInventory> getInventories() {
        return inventories;
    }
}
