package io.camelcj.routes.catalogue;

/** Kafka topic names the sync publishes to. */
public record SyncTopics(String categories, String products, String variants, String inventory, String runs) {

    public static SyncTopics defaults() {
        return new SyncTopics("cj.categories", "cj.products", "cj.variants", "cj.inventory", "cj.sync.runs");
    }
}
