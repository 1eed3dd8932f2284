package org.mbcnav.server.api;

import org.mbcnav.io.LocatedTree;

/**
 * A patient as received: the declared media type, the text, and the parsed tree (JSON or YAML),
 * from a REST body or assembled from CDS Hooks prefetch into a FHIR Bundle.
 */
public record PatientPayload(String mediaType, String text, LocatedTree tree) {

    /** FHIR content is told by its resourceType field or its media type, never by a file name. */
    public boolean isFhir() {
        return tree.root().has("resourceType") || mediaType.contains("fhir");
    }
}
