package org.mbcnav.server.web;

import org.mbcnav.server.api.Role;

/** A signed-in browser: the API token it signed in with (by id), its role, and its CSRF token. */
record WebSession(String id, String tokenId, Role role, String patientId, String csrf, long expiresAtNanos) {
}
