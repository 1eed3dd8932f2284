package org.mbcnav.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Courses of treatment: per patient, events appended one at a time and never changed or removed
 * (only the retention purge of a deleted patient removes them). An append is checked against
 * the course version the caller validated the event against, so two clients appending at once
 * cannot both store an event checked against a course that no longer exists.
 */
public final class CourseStore {
    /** The state code both H2 and PostgreSQL give a primary-key violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database db;

    public CourseStore(Database db) {
        this.db = db;
    }

    /**
     * Appends an event. expectedVersion is the course version (number of events) the event was
     * checked against: 0 starts the course (pinned to patientVersion), null appends to whatever
     * is current. Throws Conflict when the course has moved on.
     */
    public StoredCourseEvent append(String patientId, int patientVersion, String type, String date, String document,
                                    String actor, Integer expectedVersion) {
        Instant now = db.clock().instant();
        return db.transaction(c -> {
            int version = lockedVersion(c, patientId);
            if (expectedVersion != null && expectedVersion != version) {
                throw new Conflict("the course of patient '" + patientId + "' is at version " + version + ", not "
                        + expectedVersion);
            }
            try {
                if (version == 0) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO courses (patient_id, version, patient_version,"
                            + " created_ms, created_by, updated_ms) VALUES (?,?,?,?,?,?)")) {
                        s.setString(1, patientId);
                        s.setInt(2, 1);
                        s.setInt(3, patientVersion);
                        s.setLong(4, now.toEpochMilli());
                        s.setString(5, actor);
                        s.setLong(6, now.toEpochMilli());
                        s.executeUpdate();
                    }
                } else {
                    try (PreparedStatement s = c.prepareStatement(
                            "UPDATE courses SET version=?, updated_ms=? WHERE patient_id=? AND version=?")) {
                        s.setInt(1, version + 1);
                        s.setLong(2, now.toEpochMilli());
                        s.setString(3, patientId);
                        s.setInt(4, version);
                        if (s.executeUpdate() != 1) {
                            throw new Conflict("the course of patient '" + patientId + "' changed while appending");
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO course_events (patient_id, seq, event_type,"
                        + " event_date, document, created_ms, created_by) VALUES (?,?,?,?,?,?,?)")) {
                    s.setString(1, patientId);
                    s.setInt(2, version);
                    s.setString(3, type);
                    s.setString(4, date);
                    s.setString(5, document);
                    s.setLong(6, now.toEpochMilli());
                    s.setString(7, actor);
                    s.executeUpdate();
                }
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    // Another writer started the course or stored this seq first.
                    throw new Conflict("the course of patient '" + patientId + "' changed while appending");
                }
                throw e;
            }
            return new StoredCourseEvent(patientId, version, type, date, document, now, actor);
        });
    }

    /** The course with all its events, unless there is none or the patient is deleted. */
    public Optional<StoredCourse> get(String patientId) {
        return db.read(c -> {
            StoredCourse head;
            try (PreparedStatement s = c.prepareStatement("SELECT k.version, k.patient_version, k.created_ms, k.created_by"
                    + " FROM courses k JOIN patients p ON p.id = k.patient_id WHERE k.patient_id=? AND p.deleted_ms IS NULL")) {
                s.setString(1, patientId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    head = new StoredCourse(patientId, r.getInt(1), r.getInt(2), Instant.ofEpochMilli(r.getLong(3)),
                            r.getString(4), List.of());
                }
            }
            List<StoredCourseEvent> events = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT seq, event_type, event_date, document, created_ms, created_by"
                    + " FROM course_events WHERE patient_id=? AND seq < ? ORDER BY seq")) {
                s.setString(1, patientId);
                s.setInt(2, head.version());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        events.add(new StoredCourseEvent(patientId, r.getInt(1), r.getString(2), r.getString(3),
                                r.getString(4), Instant.ofEpochMilli(r.getLong(5)), r.getString(6)));
                    }
                }
            }
            return Optional.of(new StoredCourse(patientId, head.version(), head.patientVersion(), head.createdAt(),
                    head.createdBy(), events));
        });
    }

    /** The current version under a row lock (0 when the patient has no course yet). */
    private static int lockedVersion(Connection c, String patientId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM courses WHERE patient_id=? FOR UPDATE")) {
            s.setString(1, patientId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }
}
