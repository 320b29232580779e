package io.camelcj.component.cj.model;

import com.fasterxml.jackson.annotation.JsonAlias;

import java.util.List;

/**
 * Stock of a variant in one country (variant inventories, getInventoryByPid variantInventories).
 * Unknown fields are kept in {@link #other()}.
 */
public final class CjInventory extends CjModel {

    private String countryCode;
    // getInventoryByPid: the example says totalInventory/cjInventory/factoryInventory, the table the *Num names
    @JsonAlias("totalInventoryNum")
    private Long totalInventory;
    @JsonAlias("cjInventoryNum")
    private Long cjInventory;
    @JsonAlias("factoryInventoryNum")
    private Long factoryInventory;
    private String verifiedWarehouse;
    private List<Stock> stock;

    public String getCountryCode() {
        return countryCode;
    }

    public Long getTotalInventory() {
        return totalInventory;
    }

    public Long getCjInventory() {
        return cjInventory;
    }

    public Long getFactoryInventory() {
        return factoryInventory;
    }

    /** 1 verified, 2 unverified. */
    public String getVerifiedWarehouse() {
        return verifiedWarehouse;
    }

    /** Per sub-warehouse. */
    public List<Stock> getStock() {
        return stock;
    }

    /** Stock of one sub-warehouse. */
    public static final class Stock extends CjModel {
        private String stockId;
        private Long inventory;
        private Long factoryInventory;

        public String getStockId() {
            return stockId;
        }

        public Long getInventory() {
            return inventory;
        }

        public Long getFactoryInventory() {
            return factoryInventory;
        }
    }
}
