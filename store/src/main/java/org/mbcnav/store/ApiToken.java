package org.mbcnav.store;

import java.time.Instant;

/** An API token as stored (never the token itself). patientId is set for the patient role only. */
public record ApiToken(String id, String role, String patientId, String label, Instant createdAt, Instant revokedAt) {
}
