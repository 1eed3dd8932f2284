package org.mbcnav.store;

/**
 * One access to patient data or to the service's security: who (actor and role), what
 * (action), which patient (null when none), from where (remote address), and the outcome
 * ("ok", "denied", "not-found", "invalid", "error"). detail never holds patient data.
 */
public record AuditEvent(String actor, String role, String action, String patientId, String remote, String outcome,
                         String detail) {
}
