package org.mbcnav.fhirexport;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Entry identifiers that depend only on the content (name-based UUIDs), so that the same plan
 * is always exported byte for byte the same.
 */
final class Ids {
    private final String scope;

    Ids(String scope) {
        this.scope = scope;
    }

    String urn(String key) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((scope + "|" + key).getBytes(StandardCharsets.UTF_8));
    }
}
