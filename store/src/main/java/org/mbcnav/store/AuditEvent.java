package org.mbcnav.store;

/**
 * One access to patient data or to the service's security: who (actor and role), what
 * (action), which patient (null when none), from where (remote address), and the outcome
 * ("ok", "denied", "not-found", "invalid", "error"). detail never holds patient data.
 */
public record AuditEvent(String actor, String role, String action, String patientId, String remote, String outcome,
                         String detail) {
    /**
     * Values longer than their audit_log column (a patient id from a request path can be any
     * length) are cut and say so, so that the access is still recorded rather than the write
     * failing and taking the request with it.
     */
    public AuditEvent {
        actor = fit(actor, 200);
        role = fit(role, 16);
        action = fit(action, 64);
        patientId = fit(patientId, 128);
        remote = fit(remote, 100);
        outcome = fit(outcome, 32);
        detail = fit(detail, 500);
    }

    static String fit(String value, int columnWidth) {
        if (value == null || value.length() <= columnWidth) {
            return value;
        }
        String mark = "...(" + value.length() + " chars)";
        int end = columnWidth - mark.length();
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + mark;
    }
}
