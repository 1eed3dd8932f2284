package org.mbcnav.store;

/** The database could not do what was asked (unreachable, full, a constraint broken). */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
