package io.camelcj.cluster;

/**
 * A shared store could not read or write PostgreSQL. The message names the store and what it was doing, never a
 * value (tokens and order data do not belong in logs).
 */
public final class ClusterStoreException extends RuntimeException {

    public ClusterStoreException(String message, Throwable cause) {
        super(message + (cause != null ? ": " + cause.getClass().getSimpleName() + sqlState(cause) : ""), cause);
    }

    private static String sqlState(Throwable cause) {
        return cause instanceof java.sql.SQLException s && s.getSQLState() != null ? " (SQLState " + s.getSQLState() + ")" : "";
    }
}
