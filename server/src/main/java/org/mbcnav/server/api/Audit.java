package org.mbcnav.server.api;

import org.mbcnav.store.AuditEvent;
import org.mbcnav.store.AuditLog;

/** Writes one audit record for a request: who, what, which patient, from where, and the outcome. */
public final class Audit {
    private final AuditLog log;

    public Audit(AuditLog log) {
        this.log = log;
    }

    public void record(Caller caller, String action, String patientId, String outcome) {
        record(caller, action, patientId, outcome, null);
    }

    public void record(Caller caller, String action, String patientId, String outcome, String detail) {
        log.append(new AuditEvent(caller.id(), caller.role().wire(), action, patientId, caller.remote(), outcome, detail));
    }

    public AuditLog log() {
        return log;
    }
}
