package org.mbcnav.server.api;

/** The authenticated caller of one request: an API token's id, or an EHR's issuer. */
public record Caller(String id, Role role, String patientId, String remote) {
}
