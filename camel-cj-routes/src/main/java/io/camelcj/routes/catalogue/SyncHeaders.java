package io.camelcj.routes.catalogue;

/** Kafka header names on every record the catalogue sync publishes (values are UTF-8 strings). */
public final class SyncHeaders {

    /** Id of the sync run that published the record. */
    public static final String RUN_ID = "cj-sync-run-id";
    /** The CJ operation the data came from, e.g. {@code product/query}. */
    public static final String SOURCE_OPERATION = "cj-source-operation";
    /** ISO-8601 instant at which the data was read from CJ. */
    public static final String OBSERVED_AT = "cj-observed-at";
    /** Schema id of the value, e.g. {@code cj.product/v1}; also set on tombstones. */
    public static final String SCHEMA = "cj-schema";

    private SyncHeaders() {
    }
}
