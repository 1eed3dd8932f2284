package org.mbcnav.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** CDS Hooks feedback. Reports are idempotent: the same report twice is stored once. */
public final class FeedbackStore {
    private final Database db;

    public FeedbackStore(Database db) {
        this.db = db;
    }

    /** Stores the reports in one transaction; returns how many were new. */
    public int record(List<Feedback> reports) {
        return db.transaction(c -> {
            int added = 0;
            for (Feedback f : reports) {
                try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM cds_feedback"
                        + " WHERE service_id=? AND card=? AND outcome=? AND outcome_at=?")) {
                    q.setString(1, f.serviceId());
                    q.setString(2, f.card());
                    q.setString(3, f.outcome());
                    q.setString(4, f.outcomeAt());
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        if (r.getLong(1) > 0) {
                            continue;
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO cds_feedback (service_id, card, outcome,"
                        + " outcome_at, reason_system, reason_code, user_comment, accepted, actor, received_ms)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                    s.setString(1, f.serviceId());
                    s.setString(2, f.card());
                    s.setString(3, f.outcome());
                    s.setString(4, f.outcomeAt());
                    s.setString(5, f.reasonSystem());
                    s.setString(6, f.reasonCode());
                    s.setString(7, f.userComment());
                    s.setString(8, f.acceptedSuggestions());
                    s.setString(9, f.actor());
                    s.setLong(10, f.receivedAt().toEpochMilli());
                    s.executeUpdate();
                    added++;
                }
            }
            return added;
        });
    }

    public List<Feedback> all() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT service_id, card, outcome, outcome_at, reason_system,"
                    + " reason_code, user_comment, accepted, actor, received_ms FROM cds_feedback ORDER BY received_ms, card");
                 ResultSet r = s.executeQuery()) {
                List<Feedback> out = new ArrayList<>();
                while (r.next()) {
                    out.add(new Feedback(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                            Instant.ofEpochMilli(r.getLong(10))));
                }
                return out;
            }
        });
    }
}
