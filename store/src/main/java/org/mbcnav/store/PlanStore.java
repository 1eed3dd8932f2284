package org.mbcnav.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plans, written once and never changed; read back one by one or as a patient's history. */
public final class PlanStore {
    private static final String COLUMNS =
            "id, patient_id, patient_version, as_of, knowledge_version, created_ms, created_by, document, course_seq, reason";
    private static final int REASON_CHARS = 500;

    private final Database db;

    public PlanStore(Database db) {
        this.db = db;
    }

    public StoredPlan add(String id, String patientId, int patientVersion, String asOf, String knowledgeVersion,
                          String actor, String document) {
        return add(id, patientId, patientVersion, asOf, knowledgeVersion, actor, document, null, null);
    }

    /** A plan made by re-planning after course event courseSeq, for the reason given (cut to 500 characters). */
    public StoredPlan add(String id, String patientId, int patientVersion, String asOf, String knowledgeVersion,
                          String actor, String document, Integer courseSeq, String reason) {
        Instant now = db.clock().instant();
        String why = reason == null || reason.length() <= REASON_CHARS ? reason : reason.substring(0, REASON_CHARS - 3) + "...";
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO plans (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                s.setString(1, id);
                s.setString(2, patientId);
                s.setInt(3, patientVersion);
                s.setString(4, asOf);
                s.setString(5, knowledgeVersion);
                s.setLong(6, now.toEpochMilli());
                s.setString(7, actor);
                s.setString(8, document);
                if (courseSeq == null) {
                    s.setNull(9, java.sql.Types.INTEGER);
                } else {
                    s.setInt(9, courseSeq);
                }
                s.setString(10, why);
                s.executeUpdate();
            }
            return new StoredPlan(id, patientId, patientVersion, asOf, knowledgeVersion, now, actor, document, courseSeq, why);
        });
    }

    /** The plan, unless its patient is deleted. */
    public Optional<StoredPlan> get(String id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + prefixed() + " FROM plans p JOIN patients t"
                    + " ON t.id = p.patient_id WHERE p.id=? AND t.deleted_ms IS NULL")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(row(r)) : Optional.empty();
                }
            }
        });
    }

    /** A patient's plans, oldest first. */
    public List<StoredPlan> history(String patientId) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM plans WHERE patient_id=? ORDER BY created_ms, id")) {
                s.setString(1, patientId);
                List<StoredPlan> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(row(r));
                    }
                }
                return out;
            }
        });
    }

    private static String prefixed() {
        return "p." + COLUMNS.replace(", ", ", p.");
    }

    private static StoredPlan row(ResultSet r) throws SQLException {
        int seq = r.getInt(9);
        Integer courseSeq = r.wasNull() ? null : seq;
        return new StoredPlan(r.getString(1), r.getString(2), r.getInt(3), r.getString(4), r.getString(5),
                Instant.ofEpochMilli(r.getLong(6)), r.getString(7), r.getString(8), courseSeq, r.getString(10));
    }
}
