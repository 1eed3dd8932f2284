package org.mbcnav.store;

import java.time.Instant;

/** An audit event as chained: its sequence number, time, the previous hash and its own. */
public record AuditRecord(long seq, Instant at, AuditEvent event, String prevHash, String hash) {

    /** The hash of a record: SHA-256 over the previous hash and every field, in a fixed order. */
    static String hashOf(long seq, long atMillis, AuditEvent e, String prevHash) {
        StringBuilder b = new StringBuilder(prevHash);
        for (Object field : new Object[] {seq, atMillis, e.actor(), e.role(), e.action(), e.patientId(), e.remote(),
                e.outcome(), e.detail()}) {
            String s = field == null ? "" : field.toString();
            // Length-prefixed so that no two different field lists give the same text.
            b.append('|').append(s.length()).append(':').append(s);
        }
        return Hashes.sha256(b.toString());
    }
}
