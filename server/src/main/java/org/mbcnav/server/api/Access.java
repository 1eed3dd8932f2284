package org.mbcnav.server.api;

/**
 * The one rule beyond roles: a patient token reads its own record only. A refusal is audited,
 * and says nothing about whether the other record exists.
 */
public final class Access {
    private final Audit audit;

    public Access(Audit audit) {
        this.audit = audit;
    }

    public void requirePatient(Caller caller, String action, String patientId) {
        if (caller.role() == Role.PATIENT && !patientId.equals(caller.patientId())) {
            audit.record(caller, action, patientId, "denied");
            throw ApiProblem.forbidden("a patient token gives access to its own record only");
        }
    }
}
