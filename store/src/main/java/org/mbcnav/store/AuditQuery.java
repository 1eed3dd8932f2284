package org.mbcnav.store;

/** Filters for reading the audit log; null means any. afterSeq pages forward. */
public record AuditQuery(String patientId, String actor, String action, Long fromMillis, Long toMillis, long afterSeq,
                         int limit) {
}
