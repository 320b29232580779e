package io.camelcj.routes.catalogue;

/** How a listV2 scope holding more than the reachable bound (pages × page size) is partitioned. */
public enum SplitKind {
    /** One partition per third-level category (from product/getCategory). */
    CATEGORY,
    /** Two price bands split at the middle of the scope's price range. */
    PRICE,
    /** Two listing-time windows split at the middle of the scope's creation-time range. */
    TIME
}
