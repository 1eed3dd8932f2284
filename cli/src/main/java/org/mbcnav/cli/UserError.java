package org.mbcnav.cli;

/** A mistake the user can fix (a missing file, an unknown option id): exit 2 with the message. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
