package io.camelcj.component.cj.model;

/**
 * A product as product/listV2 lists it (listV2 uses id/nameEn/bigImage/sku, not the detail names).
 * Unknown fields are kept in {@link #other()}.
 */
public final class CjListedProduct extends CjModel {

    private String id;
    private String nameEn;
    private String sku;
    private String spu;
    private String bigImage;
    private PriceRange sellPrice;
    private PriceRange nowPrice;
    private PriceRange discountPrice;
    private Integer listedNum;
    private String categoryId;
    private String threeCategoryName;
    private String twoCategoryId;
    private String twoCategoryName;
    private String oneCategoryId;
    private String oneCategoryName;
    private Integer addMarkStatus;
    private String productType;
    private String supplierName;
    private Long createAt;
    private Long warehouseInventoryNum;
    private Long totalVerifiedInventory;
    private Long totalUnVerifiedInventory;
    private String description;
    private String deliveryCycle;
    private String saleStatus;

    public String getId() {
        return id;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getSku() {
        return sku;
    }

    public String getSpu() {
        return spu;
    }

    public String getBigImage() {
        return bigImage;
    }

    /** Sell price in USD; may be a range. */
    public PriceRange getSellPrice() {
        return sellPrice;
    }

    public PriceRange getNowPrice() {
        return nowPrice;
    }

    public PriceRange getDiscountPrice() {
        return discountPrice;
    }

    public Integer getListedNum() {
        return listedNum;
    }

    public String getCategoryId() {
        return categoryId;
    }

    public String getThreeCategoryName() {
        return threeCategoryName;
    }

    public String getTwoCategoryId() {
        return twoCategoryId;
    }

    public String getTwoCategoryName() {
        return twoCategoryName;
    }

    public String getOneCategoryId() {
        return oneCategoryId;
    }

    public String getOneCategoryName() {
        return oneCategoryName;
    }

    /** 1 = free shipping. */
    public Integer getAddMarkStatus() {
        return addMarkStatus;
    }

    public String getProductType() {
        return productType;
    }

    public String getSupplierName() {
        return supplierName;
    }

    /** Listing time, epoch milliseconds. */
    public Long getCreateAt() {
        return createAt;
    }

    public Long getWarehouseInventoryNum() {
        return warehouseInventoryNum;
    }

    public Long getTotalVerifiedInventory() {
        return totalVerifiedInventory;
    }

    public Long getTotalUnVerifiedInventory() {
        return totalUnVerifiedInventory;
    }

    public String getDescription() {
        return description;
    }

    public String getDeliveryCycle() {
        return deliveryCycle;
    }

    /** A string here, a number in product/list. */
    public String getSaleStatus() {
        return saleStatus;
    }
}
