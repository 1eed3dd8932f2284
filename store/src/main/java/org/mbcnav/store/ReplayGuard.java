package org.mbcnav.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Remembers each JWT id (per issuer) until its token expires, in the database, so that a token
 * replayed to any server of a scaled-out deployment is refused.
 */
public final class ReplayGuard {
    private final Database db;

    public ReplayGuard(Database db) {
        this.db = db;
    }

    /** True the first time an (issuer, jti) is seen; false for a replay. */
    public boolean firstUse(String issuer, String jti, long expiresMillis) {
        long now = db.clock().millis();
        return db.transaction(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM jwt_seen WHERE expires_ms < ?")) {
                d.setLong(1, now);
                d.executeUpdate();
            }
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM jwt_seen WHERE issuer=? AND jti=?")) {
                q.setString(1, issuer);
                q.setString(2, jti);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return false;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO jwt_seen (issuer, jti, expires_ms) VALUES (?,?,?)")) {
                s.setString(1, issuer);
                s.setString(2, jti);
                s.setLong(3, expiresMillis);
                s.executeUpdate();
                return true;
            } catch (SQLException e) {
                // Two servers saw the same token at the same moment: the primary key lets one win.
                if ("23505".equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        });
    }
}
