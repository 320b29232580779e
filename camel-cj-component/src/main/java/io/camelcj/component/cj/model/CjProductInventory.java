package io.camelcj.component.cj.model;

import java.util.List;

/** The answer of product/stock/getInventoryByPid. Unknown fields are kept in {@link #other()}. */
public final class CjProductInventory extends CjModel {

    private List<CjWarehouseStock> inventories;
    private List<VariantInventory> variantInventories;

    /** Per warehouse area. */
    public List<CjWarehouseStock> getInventories() {
        return inventories;
    }

    /** Per variant. */
    public List<VariantInventory> getVariantInventories() {
        return variantInventories;
    }

    /** The stock of one variant by country. */
    public static final class VariantInventory extends CjModel {
        private String vid;
        private List<CjInventory> inventory;

        public String getVid() {
            return vid;
        }

        public List<CjInventory> getInventory() {
            return inventory;
        }
    }
}
