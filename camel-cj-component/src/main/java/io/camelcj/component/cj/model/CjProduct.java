package io.camelcj.component.cj.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/** A product as product/query (and product/list) returns it. Unknown fields are kept in {@link #other()}. */
public final class CjProduct extends CjModel {

    private String pid;
    @JsonDeserialize(using = JsonStringList.class)
    private List<String> productName;
    private String productNameEn;
    private String productSku;
    private String productImage;
    private PriceRange productWeight;
    // product/query: the example says packingWeight, the table packWeight
    @JsonAlias("packWeight")
    private PriceRange packingWeight;
    private String productUnit;
    private String productType;
    private String categoryId;
    private String categoryName;
    private String entryCode;
    private String entryName;
    private String entryNameEn;
    @JsonDeserialize(using = JsonStringList.class)
    private List<String> materialName;
    @JsonDeserialize(using = JsonStringList.class)
    private List<String> materialNameEn;
    @JsonDeserialize(using = JsonStringList.class)
    private List<String> materialKey;
    @JsonDeserialize(using = JsonStringList.class)
    private List<String> packingName;
    @JsonDeserialize(using = JsonStringList.class)
    private List<String> packingNameEn;
    @JsonDeserialize(using = JsonStringList.class)
    private List<String> packingKey;
    @JsonDeserialize(using = JsonStringList.class)
    private List<String> productKey;
    private String productKeyEn;
    @JsonDeserialize(using = JsonStringList.class)
    private List<String> productPro;
    @JsonDeserialize(using = JsonStringList.class)
    private List<String> productProEn;
    private PriceRange sellPrice;
    private PriceRange suggestSellPrice;
    private String description;
    private Integer listedNum;
    private String status;
    private String supplierName;
    private String supplierId;
    private List<CjVariant> variants;
    private String createrTime;

    public String getPid() {
        return pid;
    }

    /** Chinese names (CJ sends a JSON array inside a string). */
    public List<String> getProductName() {
        return productName;
    }

    public String getProductNameEn() {
        return productNameEn;
    }

    public String getProductSku() {
        return productSku;
    }

    public String getProductImage() {
        return productImage;
    }

    /** Grams; "320.00" or a range "10.00-29.00". */
    public PriceRange getProductWeight() {
        return productWeight;
    }

    public PriceRange getPackingWeight() {
        return packingWeight;
    }

    public String getProductUnit() {
        return productUnit;
    }

    public String getProductType() {
        return productType;
    }

    public String getCategoryId() {
        return categoryId;
    }

    public String getCategoryName() {
        return categoryName;
    }

    /** HS code. */
    public String getEntryCode() {
        return entryCode;
    }

    public String getEntryName() {
        return entryName;
    }

    public String getEntryNameEn() {
        return entryNameEn;
    }

    public List<String> getMaterialName() {
        return materialName;
    }

    public List<String> getMaterialNameEn() {
        return materialNameEn;
    }

    public List<String> getMaterialKey() {
        return materialKey;
    }

    public List<String> getPackingName() {
        return packingName;
    }

    public List<String> getPackingNameEn() {
        return packingNameEn;
    }

    public List<String> getPackingKey() {
        return packingKey;
    }

    public List<String> getProductKey() {
        return productKey;
    }

    public String getProductKeyEn() {
        return productKeyEn;
    }

    public List<String> getProductPro() {
        return productPro;
    }

    public List<String> getProductProEn() {
        return productProEn;
    }

    /** Sell price in USD; may be a range. */
    public PriceRange getSellPrice() {
        return sellPrice;
    }

    public PriceRange getSuggestSellPrice() {
        return suggestSellPrice;
    }

    public String getDescription() {
        return description;
    }

    public Integer getListedNum() {
        return listedNum;
    }

    public String getStatus() {
        return status;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public String getSupplierId() {
        return supplierId;
    }

    public List<CjVariant> getVariants() {
        return variants;
    }

    public String getCreaterTime() {
        return createrTime;
    }
}
