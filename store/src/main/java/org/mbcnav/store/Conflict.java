package org.mbcnav.store;

/** The write contradicts what is stored (a patient that already exists, a stale version). */
public final class Conflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Conflict(String message) {
        super(message);
    }
}
