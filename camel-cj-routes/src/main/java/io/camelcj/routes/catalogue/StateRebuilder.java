package io.camelcj.routes.catalogue;

/** Refills an empty state store from what was already published (see {@link KafkaTopicStateLoader}). */
@FunctionalInterface
public interface StateRebuilder {

    /** Returns the number of products restored. */
    long rebuild(CatalogueStateStore store);
}
