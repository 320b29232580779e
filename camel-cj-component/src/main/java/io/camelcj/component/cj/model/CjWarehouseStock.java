package io.camelcj.component.cj.model;

import com.fasterxml.jackson.annotation.JsonAlias;

import java.util.List;

/**
 * Stock in one warehouse area (stock/queryByVid, stock/queryBySku, getInventoryByPid inventories).
 * Unknown fields are kept in {@link #other()}.
 */
public final class CjWarehouseStock extends CjModel {

    private String vid;
    private String areaId;
    private String areaEn;
    private String countryCode;
    private String countryNameEn;
    private Long storageNum;
    // the variant inventories of getInventoryByPid use both spellings (table vs example): accept both here too
    @JsonAlias("totalInventory")
    private Long totalInventoryNum;
    @JsonAlias("cjInventory")
    private Long cjInventoryNum;
    @JsonAlias("factoryInventory")
    private Long factoryInventoryNum;
    private List<CjInventory.Stock> stock;

    public String getVid() {
        return vid;
    }

    public String getAreaId() {
        return areaId;
    }

    public String getAreaEn() {
        return areaEn;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getCountryNameEn() {
        return countryNameEn;
    }

    public Long getStorageNum() {
        return storageNum;
    }

    public Long getTotalInventoryNum() {
        return totalInventoryNum;
    }

    public Long getCjInventoryNum() {
        return cjInventoryNum;
    }

    public Long getFactoryInventoryNum() {
        return factoryInventoryNum;
    }

    public List<CjInventory.Stock> getStock() {
        return stock;
    }
}
