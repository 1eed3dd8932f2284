package org.mbcnav.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The append-only, hash-chained audit log. Appends are group-committed (GroupCommit): callers
 * wait until their record is committed. The chain head is a locked
 * row, so several servers over one database append in turn and the chain stays linear.
 */
public final class AuditLog implements AutoCloseable {
    private final Database db;
    private final GroupCommit<AuditEvent, Long> writer;

    public AuditLog(Database db) {
        this.db = db;
        this.writer = new GroupCommit<>(db, "audit-writer", this::write);
    }

    /** Appends and returns the record's sequence number once it is committed. */
    public long append(AuditEvent event) {
        return writer.submit(event);
    }

    private List<Long> write(Connection c, List<AuditEvent> batch) throws SQLException {
        long seq;
        String hash;
        try (PreparedStatement s = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id=1 FOR UPDATE");
             ResultSet r = s.executeQuery()) {
            r.next();
            seq = r.getLong(1);
            hash = r.getString(2);
        }
        List<Long> seqs = new ArrayList<>();
        long now = db.clock().millis();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (seq, at_ms, actor, role, action,"
                + " patient_id, remote, outcome, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            for (AuditEvent e : batch) {
                seq++;
                String next = AuditRecord.hashOf(seq, now, e, hash);
                s.setLong(1, seq);
                s.setLong(2, now);
                s.setString(3, e.actor());
                s.setString(4, e.role());
                s.setString(5, e.action());
                s.setString(6, e.patientId());
                s.setString(7, e.remote());
                s.setString(8, e.outcome());
                s.setString(9, e.detail());
                s.setString(10, hash);
                s.setString(11, next);
                s.addBatch();
                seqs.add(seq);
                hash = next;
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE audit_head SET seq=?, hash=? WHERE id=1")) {
            s.setLong(1, seq);
            s.setString(2, hash);
            s.executeUpdate();
        }
        return seqs;
    }

    /** Records matching the query, in sequence order. */
    public List<AuditRecord> query(AuditQuery q) {
        List<AuditRecord> out = new ArrayList<>();
        scan(q, out::add);
        return out;
    }

    /** Streams matching records (for export) without holding them all in memory. */
    public void scan(AuditQuery q, Consumer<AuditRecord> sink) {
        StringBuilder sql = new StringBuilder("SELECT seq, at_ms, actor, role, action, patient_id, remote, outcome,"
                + " detail, prev_hash, hash FROM audit_log WHERE seq > ?");
        List<Object> args = new ArrayList<>();
        args.add(q.afterSeq());
        if (q.patientId() != null) {
            sql.append(" AND patient_id = ?");
            args.add(q.patientId());
        }
        if (q.actor() != null) {
            sql.append(" AND actor = ?");
            args.add(q.actor());
        }
        if (q.action() != null) {
            sql.append(" AND action = ?");
            args.add(q.action());
        }
        if (q.fromMillis() != null) {
            sql.append(" AND at_ms >= ?");
            args.add(q.fromMillis());
        }
        if (q.toMillis() != null) {
            sql.append(" AND at_ms < ?");
            args.add(q.toMillis());
        }
        sql.append(" ORDER BY seq LIMIT ?");
        args.add(q.limit());
        db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                s.setFetchSize(500);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        sink.accept(row(r));
                    }
                }
            }
            return null;
        });
    }

    /** The result of checking the whole chain: ok, how many records, and the first broken seq. */
    public record Verification(boolean intact, long records, Long brokenAt, String headHash) {
    }

    /** Recomputes every hash from the first record and compares it with the stored chain and head. */
    public Verification verify() {
        return db.read(c -> {
            String expectedPrev = null;
            long count = 0;
            long lastSeq = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT seq, at_ms, actor, role, action, patient_id, remote,"
                    + " outcome, detail, prev_hash, hash FROM audit_log ORDER BY seq")) {
                s.setFetchSize(1000);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        AuditRecord rec = row(r);
                        if (expectedPrev == null) {
                            expectedPrev = rec.prevHash();
                        }
                        String computed = AuditRecord.hashOf(rec.seq(), rec.at().toEpochMilli(), rec.event(), rec.prevHash());
                        if (rec.seq() != lastSeq + 1 || !rec.prevHash().equals(expectedPrev) || !computed.equals(rec.hash())) {
                            return new Verification(false, count, rec.seq(), null);
                        }
                        expectedPrev = rec.hash();
                        lastSeq = rec.seq();
                        count++;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id=1");
                 ResultSet r = s.executeQuery()) {
                r.next();
                boolean headOk = r.getLong(1) == lastSeq && (count == 0 || r.getString(2).equals(expectedPrev));
                return new Verification(headOk, count, headOk ? null : lastSeq + 1, r.getString(2));
            }
        });
    }

    private static AuditRecord row(ResultSet r) throws SQLException {
        AuditEvent e = new AuditEvent(r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                r.getString(8), r.getString(9));
        return new AuditRecord(r.getLong(1), Instant.ofEpochMilli(r.getLong(2)), e, r.getString(10), r.getString(11));
    }

    @Override
    public void close() {
        writer.close();
    }
}
