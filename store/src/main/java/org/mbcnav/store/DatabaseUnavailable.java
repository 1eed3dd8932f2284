package org.mbcnav.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * The database cannot be reached (connection refused or lost, no pooled connection within the
 * wait, the server shutting down or out of resources). Unlike other store failures this one is
 * expected to pass: callers should answer "try again later", and the pool reconnects by itself.
 */
public final class DatabaseUnavailable extends StoreException {
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * True when the failure, or any cause of it, says the database could not be reached rather
     * than that the statement was wrong: SQLState class 08 (connection exception), 53
     * (insufficient resources: disk full, out of memory, too many connections), 57P01-57P03
     * (PostgreSQL shutting down or starting), H2's 90067 (connection broken) and 90098 (database
     * closed), and the pool's own "no connection available in time".
     */
    static boolean isConnectionFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLTransientConnectionException) {
                return true;
            }
            if (c instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    String state = n.getSQLState();
                    if (state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                            || state.equals("90067") || state.equals("90098"))) {
                        return true;
                    }
                }
            }
            if (c instanceof java.net.ConnectException || c instanceof java.net.SocketException) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }
}
