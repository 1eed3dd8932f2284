package org.mbcnav.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Patients and every version of them. A change writes a new version and moves the current
 * pointer in one transaction; a delete is soft (the patient disappears from reads) until the
 * retention period has passed and {@link #purgeDeleted} removes the documents for good.
 */
public final class PatientStore {
    private final Database db;

    public PatientStore(Database db) {
        this.db = db;
    }

    /**
     * Creates the patient (expectedVersion 0) or writes a new version of it. A deleted patient
     * written again is restored. expectedVersion null means "whatever is current".
     */
    public StoredPatient save(String id, String document, String format, String actor, Integer expectedVersion) {
        try {
            return write(id, document, format, actor, expectedVersion);
        } catch (StoreException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            // Another request created the same id at the same moment (there was no row to lock).
            if (expectedVersion != null) {
                throw new Conflict("patient '" + id + "' already exists (created at the same moment)");
            }
            return write(id, document, format, actor, null);
        }
    }

    private StoredPatient write(String id, String document, String format, String actor, Integer expectedVersion) {
        Instant now = db.clock().instant();
        return db.transaction(c -> {
            // Locked, so that concurrent writes of one patient queue instead of both taking the
            // same next version number (which failed one of them with a duplicate key).
            Optional<StoredPatient> current = current(c, id, true, true);
            int version = current.map(StoredPatient::version).orElse(0);
            if (expectedVersion != null && expectedVersion != version) {
                throw new Conflict(expectedVersion == 0
                        ? "patient '" + id + "' already exists (version " + version + ")"
                        : "patient '" + id + "' is at version " + version + ", not " + expectedVersion);
            }
            int next = version + 1;
            String kind = current.isEmpty() ? "create" : current.get().deleted() ? "restore" : "update";
            try (PreparedStatement s = c.prepareStatement("INSERT INTO patient_versions"
                    + " (patient_id, version, document, format, created_ms, created_by, change_kind) VALUES (?,?,?,?,?,?,?)")) {
                s.setString(1, id);
                s.setInt(2, next);
                s.setString(3, document);
                s.setString(4, format);
                s.setLong(5, now.toEpochMilli());
                s.setString(6, actor);
                s.setString(7, kind);
                s.executeUpdate();
            }
            String sql = current.isEmpty()
                    ? "INSERT INTO patients (version, document, format, updated_ms, updated_by, deleted_ms, id) VALUES (?,?,?,?,?,?,?)"
                    : "UPDATE patients SET version=?, document=?, format=?, updated_ms=?, updated_by=?, deleted_ms=? WHERE id=?";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setInt(1, next);
                s.setString(2, document);
                s.setString(3, format);
                s.setLong(4, now.toEpochMilli());
                s.setString(5, actor);
                s.setNull(6, java.sql.Types.BIGINT);
                s.setString(7, id);
                s.executeUpdate();
            }
            return new StoredPatient(id, next, document, format, now, actor, null, kind);
        });
    }

    /** The current version, unless deleted. */
    public Optional<StoredPatient> get(String id) {
        return db.read(c -> current(c, id, false));
    }

    /** Soft delete: true if the patient existed and was not already deleted. */
    public boolean delete(String id, String actor) {
        Instant now = db.clock().instant();
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE patients SET deleted_ms=?, updated_by=? WHERE id=? AND deleted_ms IS NULL")) {
                s.setLong(1, now.toEpochMilli());
                s.setString(2, actor);
                s.setString(3, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Every version, oldest first; empty when the patient is unknown or deleted. */
    public List<StoredPatient> versions(String id) {
        return db.read(c -> {
            if (current(c, id, false).isEmpty()) {
                return List.of();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT patient_id, version, document, format, created_ms,"
                    + " created_by, change_kind FROM patient_versions WHERE patient_id=? ORDER BY version")) {
                s.setString(1, id);
                List<StoredPatient> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new StoredPatient(r.getString(1), r.getInt(2), r.getString(3), r.getString(4),
                                Instant.ofEpochMilli(r.getLong(5)), r.getString(6), null, r.getString(7)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Current patients whose id or document contains the text (case-insensitive), ordered by id.
     * text null or blank lists all.
     */
    public List<StoredPatient> search(String text, int limit, int offset) {
        return db.read(c -> {
            boolean filter = text != null && !text.isBlank();
            String sql = "SELECT id, version, document, format, updated_ms, updated_by, deleted_ms FROM patients"
                    + " WHERE deleted_ms IS NULL" + (filter ? " AND (LOWER(id) LIKE ? OR LOWER(document) LIKE ?)" : "")
                    + " ORDER BY id LIMIT ? OFFSET ?";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                if (filter) {
                    String like = "%" + escapeLike(text.toLowerCase()) + "%";
                    s.setString(i++, like);
                    s.setString(i++, like);
                }
                s.setInt(i++, limit);
                s.setInt(i, offset);
                List<StoredPatient> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(row(r));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Removes, for good, the versions, plans and courses of patients deleted longer ago than retention.
     * Returns how many patients were purged. The audit log keeps its rows (it holds no documents).
     */
    public int purgeDeleted(Duration retention) {
        long cutoff = db.clock().instant().minus(retention).toEpochMilli();
        return db.transaction(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM patients WHERE deleted_ms IS NOT NULL AND deleted_ms < ?")) {
                s.setLong(1, cutoff);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            for (String id : ids) {
                for (String table : List.of("plans WHERE patient_id=?", "course_events WHERE patient_id=?",
                        "courses WHERE patient_id=?", "patient_versions WHERE patient_id=?", "patients WHERE id=?")) {
                    try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table)) {
                        s.setString(1, id);
                        s.executeUpdate();
                    }
                }
            }
            return ids.size();
        });
    }

    /** Whether a row exists for the id at all, deleted or not (a purged id is free again). */
    public boolean exists(String id) {
        return db.read(c -> current(c, id, true).isPresent());
    }

    private static Optional<StoredPatient> current(Connection c, String id, boolean includeDeleted) throws SQLException {
        return current(c, id, includeDeleted, false);
    }

    private static Optional<StoredPatient> current(Connection c, String id, boolean includeDeleted, boolean lock)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, version, document, format, updated_ms, updated_by,"
                + " deleted_ms FROM patients WHERE id=?" + (lock ? " FOR UPDATE" : ""))) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                StoredPatient p = row(r);
                return p.deleted() && !includeDeleted ? Optional.empty() : Optional.of(p);
            }
        }
    }

    /** A unique-key violation (SQLState 23505 on H2 and PostgreSQL) anywhere in the causes. */
    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static StoredPatient row(ResultSet r) throws SQLException {
        long deleted = r.getLong(7);
        Instant deletedAt = r.wasNull() ? null : Instant.ofEpochMilli(deleted);
        return new StoredPatient(r.getString(1), r.getInt(2), r.getString(3), r.getString(4),
                Instant.ofEpochMilli(r.getLong(5)), r.getString(6), deletedAt, null);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
