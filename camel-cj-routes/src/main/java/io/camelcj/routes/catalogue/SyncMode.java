package io.camelcj.routes.catalogue;

/** What a sync run walks. */
public enum SyncMode {
    /** The whole scope: detects new, changed and disappeared products (tombstones). */
    FULL,
    /**
     * Only products listed since the last completed run (listV2 {@code timeStart}), minus an overlap. Cheap and quick,
     * but it sees neither changes to older products nor disappearances: schedule full runs as well.
     */
    INCREMENTAL
}
