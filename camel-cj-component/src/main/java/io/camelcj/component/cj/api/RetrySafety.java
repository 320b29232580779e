package io.camelcj.component.cj.api;

/** Whether an operation may be sent again after a failure that left its outcome unknown. */
public enum RetrySafety {
    /** Reads and idempotent writes: transient failures are retried with back-off. */
    SAFE,
    /** Writes that could take effect twice: only retried when CJ certainly did not process them. */
    UNSAFE,
    /** Order creation: after an ambiguous failure, look the order up by orderNumber before re-sending. */
    CREATE_ORDER
}
