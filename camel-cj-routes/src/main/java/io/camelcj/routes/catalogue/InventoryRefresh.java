package io.camelcj.routes.catalogue;

/**
 * When per-variant inventory is fetched again ({@code product/stock/getInventoryByPid}, one call per product).
 * listV2 shows only a product's inventory totals, so stock moves inside a product are invisible to a listing walk.
 */
public enum InventoryRefresh {
    /** With the product's details, and whenever listV2's inventory totals for the product change (default). */
    LISTING_TOTALS,
    /** Only with the product's details (the product's listing changed, or its details are due). */
    WITH_PRODUCT,
    /** Every run, for every product: one extra call per product per run. */
    ALWAYS
}
