package org.mbcnav.server.web;

import org.mbcnav.server.api.Role;

/**
 * A signed-in browser: the API token it signed in with (by id), its role, and its CSRF token.
 * expiresAtMillis moves with each request (idle timeout); endsAtMillis is fixed at sign-in (absolute timeout).
 */
record WebSession(String id, String tokenId, Role role, String patientId, String csrf, long expiresAtMillis,
                  long endsAtMillis) {
}
