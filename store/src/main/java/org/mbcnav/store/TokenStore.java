package org.mbcnav.store;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * API tokens: 256 random bits, shown once; only their SHA-256 is stored, so a copy of the
 * database gives no one a working token.
 */
public final class TokenStore {
    public static final String PREFIX = "mbcnav_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;

    public TokenStore(Database db) {
        this.db = db;
    }

    /** A new token and its record. */
    public record Issued(String token, ApiToken record) {
    }

    public Issued issue(String role, String patientId, String label) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String id = UUID.randomUUID().toString();
        Instant now = db.clock().instant();
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO api_tokens"
                    + " (id, token_hash, role, patient_id, label, created_ms) VALUES (?,?,?,?,?,?)")) {
                s.setString(1, id);
                s.setString(2, Hashes.sha256(token));
                s.setString(3, role);
                s.setString(4, patientId);
                s.setString(5, label);
                s.setLong(6, now.toEpochMilli());
                return s.executeUpdate();
            }
        });
        return new Issued(token, new ApiToken(id, role, patientId, label, now, null));
    }

    /** The live (not revoked) token record for a presented token. */
    public Optional<ApiToken> find(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, role, patient_id, label, created_ms, revoked_ms"
                    + " FROM api_tokens WHERE token_hash=? AND revoked_ms IS NULL")) {
                s.setString(1, Hashes.sha256(token));
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(row(r)) : Optional.empty();
                }
            }
        });
    }

    /** Whether the token with this id exists and is not revoked: web sessions end with their token. */
    public boolean active(String id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM api_tokens WHERE id=? AND revoked_ms IS NULL")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    public List<ApiToken> list() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, role, patient_id, label, created_ms, revoked_ms"
                    + " FROM api_tokens ORDER BY created_ms, id");
                 ResultSet r = s.executeQuery()) {
                List<ApiToken> out = new ArrayList<>();
                while (r.next()) {
                    out.add(row(r));
                }
                return out;
            }
        });
    }

    public boolean revoke(String id) {
        long now = db.clock().millis();
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE api_tokens SET revoked_ms=? WHERE id=? AND revoked_ms IS NULL")) {
                s.setLong(1, now);
                s.setString(2, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Whether any token exists at all: the first start makes an admin token when none does. */
    public boolean any() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM api_tokens");
                 ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        });
    }

    private static ApiToken row(ResultSet r) throws SQLException {
        long revoked = r.getLong(6);
        Instant revokedAt = r.wasNull() ? null : Instant.ofEpochMilli(revoked);
        return new ApiToken(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                Instant.ofEpochMilli(r.getLong(5)), revokedAt);
    }
}
