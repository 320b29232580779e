package io.camelcj.simulator;

import java.math.BigDecimal;
import java.util.List;

/** Read-only view of the simulated catalogue, for tests and examples. "Live" means not delisted. */
public interface SimCatalogue {

    /** Ids of all live products, in catalogue order. */
    List<String> productIds();

    /** Variant ids of a product (empty if the product does not exist). */
    List<String> variantIds(String pid);

    int productCount();

    int variantCount();

    /** Ids of the level-3 categories (the ones products belong to). */
    List<String> categoryIds();

    /** Product SKU (SPU) of a product, e.g. "CJHOOD1234567". */
    String productSku(String pid);

    /** Variant SKU of a variant, e.g. "CJHOOD1234567-Black-XL". */
    String variantSku(String vid);

    /** Current (lowest) sell price of a product in USD. */
    BigDecimal sellPrice(String pid);

    /** Current sell price of a variant in USD. */
    BigDecimal variantSellPrice(String vid);

    /** Total stock of a variant over all warehouses. */
    int stock(String vid);

    /** Listing time of a product in epoch milliseconds (listV2 {@code createAt}). */
    long listedAt(String pid);

    boolean isDelisted(String pid);
}
