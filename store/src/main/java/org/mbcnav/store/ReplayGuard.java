package org.mbcnav.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Remembers each JWT id (per issuer) until its token expires, in the database, so that a token
 * replayed to any server of a scaled-out deployment is refused. Claims are group-committed.
 */
public final class ReplayGuard implements AutoCloseable {
    private static final long PURGE_EVERY_MILLIS = 60_000;

    private record Claim(String issuer, String jti, long expiresMillis) {
    }

    private final Database db;
    private final GroupCommit<Claim, Boolean> writer;
    private volatile long lastPurge;

    public ReplayGuard(Database db) {
        this.db = db;
        this.writer = new GroupCommit<>(db, "jti-writer", this::write);
    }

    /** True the first time an (issuer, jti) is seen; false for a replay. */
    public boolean firstUse(String issuer, String jti, long expiresMillis) {
        Claim claim = new Claim(issuer, jti, expiresMillis);
        try {
            return writer.submit(claim);
        } catch (DatabaseUnavailable e) {
            throw e;
        } catch (StoreException e) {
            // Another server inserted one of the batch's ids at the same moment; decide this one alone.
            return db.transaction(c -> write(c, List.of(claim)).get(0));
        }
    }

    private List<Boolean> write(Connection c, List<Claim> batch) throws SQLException {
        long now = db.clock().millis();
        if (now - lastPurge > PURGE_EVERY_MILLIS) {
            lastPurge = now;
            try (PreparedStatement d = c.prepareStatement("DELETE FROM jwt_seen WHERE expires_ms < ?")) {
                d.setLong(1, now);
                d.executeUpdate();
            }
        }
        List<Boolean> results = new ArrayList<>();
        Set<String> inBatch = new HashSet<>();
        try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM jwt_seen WHERE issuer=? AND jti=?");
             PreparedStatement s = c.prepareStatement("INSERT INTO jwt_seen (issuer, jti, expires_ms) VALUES (?,?,?)")) {
            for (Claim claim : batch) {
                boolean fresh = inBatch.add(claim.issuer() + "\u0000" + claim.jti());
                if (fresh) {
                    q.setString(1, claim.issuer());
                    q.setString(2, claim.jti());
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        fresh = r.getLong(1) == 0;
                    }
                }
                if (fresh) {
                    s.setString(1, claim.issuer());
                    s.setString(2, claim.jti());
                    s.setLong(3, claim.expiresMillis());
                    s.addBatch();
                }
                results.add(fresh);
            }
            s.executeBatch();
        }
        return results;
    }

    @Override
    public void close() {
        writer.close();
    }
}
