package io.camelcj.routes.catalogue;

/** Outcome of a sync run, as reported on {@code cj.sync.runs}. */
public enum RunStatus {
    /** Every partition walked, every product handled. */
    SUCCEEDED,
    /** Completed, but some products failed (retried next run) or part of the scope could not be covered. */
    PARTIAL,
    /** Aborted (CJ limits, Kafka down, crash...); the checkpoint is kept and the next run resumes. */
    FAILED,
    /** Not run: another run of this sync was still in progress. */
    SKIPPED
}
