package io.camelcj.routes.catalogue;

/** A sync run could not complete; its checkpoint is kept and the next run resumes from it. */
public class CatalogueSyncException extends RuntimeException {

    public CatalogueSyncException(String message, Throwable cause) {
        super(message, cause);
    }

    public CatalogueSyncException(String message) {
        super(message);
    }
}
